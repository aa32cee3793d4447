package com.scenehub.supply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplyItemRepository extends JpaRepository<SupplyItem, Long> {

    List<SupplyItem> findByProviderOrganisationIdOrderByUpdatedAtDesc(Long organisationId);

    List<SupplyItem> findByStatusOrderByListedAtDescIdDesc(SupplyItemStatus status);

    List<SupplyItem> findByStatusNotOrderByUpdatedAtDesc(SupplyItemStatus status);

    long countByStatus(SupplyItemStatus status);

    long countByProviderOrganisationIdAndStatus(Long organisationId, SupplyItemStatus status);
}
