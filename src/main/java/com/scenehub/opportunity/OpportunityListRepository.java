package com.scenehub.opportunity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpportunityListRepository extends JpaRepository<OpportunityList, Long> {

    @Query("select max(l.sequence) from OpportunityList l where l.year = ?1")
    Optional<Integer> maxSequence(int year);

    List<OpportunityList> findAllByOrderByYearDescSequenceDesc();

    List<OpportunityList> findByPublishedTrueOrderByYearDescSequenceDesc();
}
