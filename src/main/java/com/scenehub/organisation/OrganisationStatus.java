package com.scenehub.organisation;

/** Registration state: pending until a manager verifies or rejects it. */
public enum OrganisationStatus {
    PENDING, VERIFIED, REJECTED
}
