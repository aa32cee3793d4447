package com.scenehub.selection;

import com.scenehub.opportunity.OpportunityDetails;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of the selection for one opportunity, as the caller may see it. {@code sealed} is true
 * while the window is open: then no proposal content is shown to anyone but its author.
 */
public record SelectionOverview(OpportunityDetails opportunity, boolean sealed, long receivedCount,
        List<ProposalDetails> proposals, List<Long> panelExpertIds, List<String> panelExpertNames,
        List<DockingMeetingView> meetings, Long chosenProposalId, String chosenProviderName, String chosenBy,
        LocalDate noticeStarts, LocalDate noticeEnds, boolean finalised, Long projectId,
        List<ObjectionView> objections) {
}
