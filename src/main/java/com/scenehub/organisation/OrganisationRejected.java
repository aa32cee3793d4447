package com.scenehub.organisation;

/** A manager rejected an organisation's registration, with a reason. */
public record OrganisationRejected(Long organisationId, String name, String reason, String rejectedBy) {
}
