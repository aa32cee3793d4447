package com.scenehub.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an expert sees of one proposal on a panel: the declaration first; the proposal's content and
 * the expert's own scores only once no conflict is declared or detected.
 */
public record PanelAssignment(Long proposalId, String providerName, Declaration declaration, ProposalDetails proposal,
        List<BigDecimal> myPoints, List<String> myComments) {

    public enum Declaration { NONE, NO_CONFLICT, CONFLICT_DECLARED, CONFLICT_DETECTED }

    public boolean mayScore() {
        return declaration == Declaration.NO_CONFLICT;
    }
}
