package com.scenehub.opportunity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    List<Opportunity> findByStatusInOrderByPublishedAtDescIdDesc(Collection<OpportunityStatus> statuses);

    List<Opportunity> findAllByOrderByUpdatedAtDesc();

    List<Opportunity> findByListIdOrderById(Long listId);

    long countByStatus(OpportunityStatus status);
}
