package com.scenehub.opportunity;

import java.util.Set;

/** The application window closed and evaluation began (OPEN → EVALUATING). */
public record OpportunityEvaluationStarted(Long opportunityId, String title, SelectionMode selectionMode,
        Set<Long> demandOrganisationIds) {
}
