package com.scenehub.requirement;

/** A manager assigned an expert to analyse a requirement. */
public record RequirementExpertAssigned(Long requirementId, Long ownerOrganisationId, String title,
        Long expertUserId) {
}
