package com.scenehub.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** An opportunity was published in a numbered list and is open for applications. */
public record OpportunityPublished(Long opportunityId, Long listId, String title, Set<Long> demandOrganisationIds,
        String sceneField, String industryField, String zoneArea, BigDecimal budget, SelectionMode selectionMode,
        Instant windowOpens, Instant windowCloses) {
}
