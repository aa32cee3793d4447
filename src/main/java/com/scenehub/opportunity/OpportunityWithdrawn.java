package com.scenehub.opportunity;

import java.util.Set;

/** A published opportunity was withdrawn, with a public reason. */
public record OpportunityWithdrawn(Long opportunityId, String title, String reason, Set<Long> demandOrganisationIds) {
}
