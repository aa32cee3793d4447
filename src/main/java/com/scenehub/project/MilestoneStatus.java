package com.scenehub.project;

/**
 * PENDING → SUBMITTED (evidence) → MET, or REJECTED (back to the provider). The final milestone
 * passes DEMAND_ACCEPTED (the demand enterprise accepted) before the acceptance expert makes it MET.
 */
public enum MilestoneStatus {
    PENDING, SUBMITTED, DEMAND_ACCEPTED, REJECTED, MET
}
