package com.scenehub.organisation;

import java.time.Instant;
import java.util.Set;

/** An organisation as other modules and views see it. */
public record OrganisationSummary(Long id, String name, String creditCode, String legalRepresentative,
        String zoneArea, String industryField, String contactName, String contactPhone, String contactEmail,
        Set<String> appliedRoles, OrganisationStatus status, String reviewNote, String reviewedBy,
        Instant reviewedAt, boolean demo, Instant createdAt) {

    public boolean verified() {
        return status == OrganisationStatus.VERIFIED;
    }
}
