package com.scenehub.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the weighted ranking: the mean over the experts who scored it (conflicted experts are
 * excluded) of each expert's total, where each criterion is scored out of its weight.
 */
public record RankedProposal(int rank, Long proposalId, Long providerOrganisationId, String providerName,
        BigDecimal price, BigDecimal score, List<BigDecimal> criterionMeans, int scorers, int eligibleExperts,
        int excludedExperts, ProposalStatus status) {

    public boolean complete() {
        return scorers == eligibleExperts && scorers > 0;
    }
}
