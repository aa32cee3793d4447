package com.scenehub.opportunity;

/**
 * DESIGNING → READY → (published) OPEN → EVALUATING → NOTICE → AWARDED | FAILED | CANCELLED;
 * a published opportunity may be WITHDRAWN with a public reason.
 */
public enum OpportunityStatus {
    DESIGNING, READY, OPEN, EVALUATING, NOTICE, AWARDED, FAILED, CANCELLED, WITHDRAWN;

    public boolean published() {
        return this != DESIGNING && this != READY;
    }

    /** Still running after publication (not finished, cancelled or withdrawn). */
    public boolean active() {
        return this == OPEN || this == EVALUATING || this == NOTICE;
    }
}
