package com.scenehub.opportunity;

import java.util.Set;

/** The public notice period began (EVALUATING → NOTICE). */
public record OpportunityNoticeStarted(Long opportunityId, String title, Set<Long> demandOrganisationIds) {
}
