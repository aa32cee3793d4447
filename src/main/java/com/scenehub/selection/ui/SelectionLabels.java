package com.scenehub.selection.ui;

import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.selection.ProposalStatus;
import com.vaadin.flow.component.Component;

/** Translated labels and badges of the selection views. */
final class SelectionLabels {

    private SelectionLabels() {
    }

    static StatusBadge proposal(Component c, ProposalStatus status) {
        String tone = switch (status) {
            case WINNER, SHORTLISTED -> "success";
            case NOT_SELECTED, WITHDRAWN -> "error";
            case SUBMITTED -> "contrast";
            case DRAFT -> "";
        };
        return new StatusBadge(c.getTranslation("proposal.status." + status.name()), tone);
    }

    static StatusBadge opportunity(Component c, OpportunityStatus status) {
        return new StatusBadge(c.getTranslation("selection.opportunity-status." + status.name()),
                StatusBadge.tone(status.name()));
    }

    static String mode(Component c, SelectionMode mode) {
        return c.getTranslation("selection.mode." + mode.name());
    }
}
