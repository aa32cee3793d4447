package com.scenehub.supply;

/** A supply item was listed and is now on the public supply list. */
public record SupplyItemListed(Long supplyItemId, Long providerOrganisationId, String name) {
}
