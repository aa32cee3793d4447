package com.scenehub.requirement;

/** The owner withdrew a requirement before it was accepted. */
public record RequirementWithdrawn(Long requirementId, Long ownerOrganisationId, String title, String reason,
        Long expertUserId) {
}
