package com.scenehub.opportunity;

import java.util.Set;

/** The award is final: the winner may sign a project with the demand side. */
public record OpportunityAwarded(Long opportunityId, String title, Long winnerOrganisationId,
        Set<Long> demandOrganisationIds) {
}
