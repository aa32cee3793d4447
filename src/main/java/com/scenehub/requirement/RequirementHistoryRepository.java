package com.scenehub.requirement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequirementHistoryRepository extends JpaRepository<RequirementHistory, Long> {

    List<RequirementHistory> findByRequirementIdOrderByOccurredAtAscIdAsc(Long requirementId);
}
