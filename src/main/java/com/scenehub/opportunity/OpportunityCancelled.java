package com.scenehub.opportunity;

import java.util.Set;

/** A published opportunity was cancelled, with a reason. */
public record OpportunityCancelled(Long opportunityId, String title, String reason, Set<Long> demandOrganisationIds) {
}
