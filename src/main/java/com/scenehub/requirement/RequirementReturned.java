package com.scenehub.requirement;

/** A manager returned a requirement to its owner for revision, with a reason. */
public record RequirementReturned(Long requirementId, Long ownerOrganisationId, String title, String reason) {
}
