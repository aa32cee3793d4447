package com.scenehub.voucher;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueItemRepository extends JpaRepository<CatalogueItem, Long> {

    List<CatalogueItem> findByAgencyIdOrderByCategoryCodeAscTitleAsc(Long agencyId);

    List<CatalogueItem> findByActiveTrueOrderByCategoryCodeAscListPriceAsc();

    Optional<CatalogueItem> findByRequestKey(String requestKey);

    @Query("select i.listPrice from CatalogueItem i where i.active = true and i.categoryCode = ?1 order by i.listPrice")
    List<BigDecimal> activePrices(String categoryCode);
}
