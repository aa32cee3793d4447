package com.scenehub.supply;

/** A listed supply item was taken off the supply list, with a public reason. */
public record SupplyItemDelisted(Long supplyItemId, Long providerOrganisationId, String name, String reason) {
}
