package com.scenehub.matching;

/** A manager or the demand enterprise invited a provider to apply (DESIGN §6). */
public record ProviderInvited(MatchKind contextKind, Long contextId, String contextTitle, Long providerOrganisationId,
        Long supplyItemId, String supplyItemTitle, String invitedBy) {
}
