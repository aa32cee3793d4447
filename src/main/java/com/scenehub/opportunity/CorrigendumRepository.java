package com.scenehub.opportunity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrigendumRepository extends JpaRepository<Corrigendum, Long> {

    List<Corrigendum> findByOpportunityIdOrderByPublishedAtAscIdAsc(Long opportunityId);
}
