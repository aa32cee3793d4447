package com.scenehub.requirement;

/** DRAFT → SUBMITTED → IN_ANALYSIS → ACCEPTED | RETURNED | REJECTED; WITHDRAWN by the owner before ACCEPTED. */
public enum RequirementStatus {
    DRAFT, SUBMITTED, IN_ANALYSIS, ACCEPTED, RETURNED, REJECTED, WITHDRAWN;

    /** The owner may edit the requirement. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The owner may still withdraw it. */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == IN_ANALYSIS || this == RETURNED;
    }
}
