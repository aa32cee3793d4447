package com.scenehub.requirement;

/** A manager accepted a requirement: it may now be designed into an opportunity. */
public record RequirementAccepted(Long requirementId, Long ownerOrganisationId, String title, String sceneField,
        String industryField, String zoneArea, String note) {
}
