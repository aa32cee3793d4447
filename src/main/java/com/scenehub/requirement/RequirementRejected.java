package com.scenehub.requirement;

/** A manager rejected a requirement, with a reason. */
public record RequirementRejected(Long requirementId, Long ownerOrganisationId, String title, String reason) {
}
