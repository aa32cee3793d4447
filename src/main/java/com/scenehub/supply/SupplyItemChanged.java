package com.scenehub.supply;

/**
 * Published on every change of a supply item (content or status), so that listeners (search
 * indexes, matching) can refresh; {@code reason} is the review note of a return, rejection or delisting.
 */
public record SupplyItemChanged(Long supplyItemId, Long providerOrganisationId, String name, SupplyItemStatus status,
        SupplyItemStatus previousStatus, String reason) {
}
