package com.scenehub.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An opportunity as other modules (matching, selection) and views see it. {@code demandOrganisationIds}
 * are the owners of the requirements it was designed from. {@code listTitle} is the batch's Chinese
 * official title; {@code listYear}/{@code listSequence} let views translate it.
 */
public record OpportunityDetails(Long id, String title, String summary, String scope, String indicators,
        Set<Long> demandOrganisationIds, Set<Long> requirementIds, String sceneField, String industryField,
        String zoneArea, BigDecimal budget, String supportPolicy, SelectionMode selectionMode, List<Criterion> criteria,
        String eligibility, Instant windowOpens, Instant windowCloses, OpportunityStatus status, Long listId,
        String listTitle, Integer listYear, Integer listSequence, boolean published, Instant publishedAt,
        Long winnerOrganisationId, String outcomeReason, boolean demo, Instant updatedAt) {

    /** Applications are accepted right now. */
    public boolean openAt(Instant now) {
        return status == OpportunityStatus.OPEN && !now.isBefore(windowOpens) && now.isBefore(windowCloses);
    }
}
