package com.scenehub.selection;

import com.scenehub.records.AttachmentSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A proposal, for its author and (after the window closes) the demand enterprise, managers and panel. */
public record ProposalDetails(Long id, Long opportunityId, String opportunityTitle, Long providerOrganisationId,
        String providerName, String approach, BigDecimal price, String schedule, String team, ProposalStatus status,
        Instant submittedAt, Instant withdrawnAt, String withdrawReason, List<AttachmentSummary> attachments,
        Instant createdAt, Instant updatedAt) {
}
