package com.scenehub.selection;

/** {@code DRAFT → SUBMITTED → SHORTLISTED | NOT_SELECTED → WINNER}, {@code WITHDRAWN} before the deadline. */
public enum ProposalStatus {
    DRAFT, SUBMITTED, SHORTLISTED, NOT_SELECTED, WINNER, WITHDRAWN;

    /** Counts as a received proposal (submitted and not withdrawn). */
    public boolean received() {
        return this == SUBMITTED || this == SHORTLISTED || this == NOT_SELECTED || this == WINNER;
    }
}
