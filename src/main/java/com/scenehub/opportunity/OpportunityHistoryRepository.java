package com.scenehub.opportunity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityHistoryRepository extends JpaRepository<OpportunityHistory, Long> {

    List<OpportunityHistory> findByOpportunityIdOrderByOccurredAtAscIdAsc(Long opportunityId);
}
