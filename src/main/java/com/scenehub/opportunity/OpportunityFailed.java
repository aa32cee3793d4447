package com.scenehub.opportunity;

import java.util.Set;

/** Selection ended without a winner (流标), with a reason. */
public record OpportunityFailed(Long opportunityId, String title, String reason, Set<Long> demandOrganisationIds) {
}
