package com.scenehub.supply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplyHistoryRepository extends JpaRepository<SupplyHistory, Long> {

    List<SupplyHistory> findBySupplyItemIdOrderByOccurredAtAscIdAsc(Long supplyItemId);
}
