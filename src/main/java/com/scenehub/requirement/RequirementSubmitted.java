package com.scenehub.requirement;

/** An enterprise submitted (or resubmitted) a requirement for analysis. */
public record RequirementSubmitted(Long requirementId, Long ownerOrganisationId, String title, String sceneField,
        String industryField, String zoneArea) {
}
