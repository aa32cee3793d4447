package com.scenehub.voucher;

import java.math.BigDecimal;

/** A catalogue service with its agency. */
public record CatalogueItemSummary(Long id, Long agencyId, String agencyName, String categoryCode, String title,
        String description, BigDecimal listPrice, int deliveryDays, boolean active, boolean agencySuspended) {
}
