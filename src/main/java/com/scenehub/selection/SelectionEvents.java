package com.scenehub.selection;

import java.time.LocalDate;
import java.util.List;

/** Events of the selection module (past tense), handled after commit. */
public final class SelectionEvents {

    private SelectionEvents() {
    }

    public record ProposalSubmitted(Long proposalId, Long opportunityId, String opportunityTitle,
            Long providerOrganisationId) {
    }

    public record PanelFormed(Long opportunityId, String opportunityTitle, List<Long> expertUserIds) {
    }

    public record WinnerProposed(Long opportunityId, String opportunityTitle, String providerName, LocalDate noticeEnds,
            List<Long> applicantOrganisationIds) {
    }

    public record ObjectionFiled(Long opportunityId, String opportunityTitle) {
    }

    public record SelectionFinal(Long opportunityId, String opportunityTitle, Long winnerOrganisationId,
            List<Long> otherApplicantIds, Long projectId) {
    }
}
