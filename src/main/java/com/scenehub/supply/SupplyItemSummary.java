package com.scenehub.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A supply item as other modules (matching) and views see it. Field codes are reference-data codes. */
public record SupplyItemSummary(Long id, Long providerOrganisationId, String name, String description,
        List<String> sceneFields, List<String> industryFields, int trl, BigDecimal priceMin, BigDecimal priceMax,
        String referenceCases, String certifications, SupplyItemStatus status, Instant listedAt,
        SupplyItemKind kind, Long callId, String reviewNote, Instant submittedAt, boolean demo, Instant updatedAt) {
}
