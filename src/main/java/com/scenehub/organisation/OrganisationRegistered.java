package com.scenehub.organisation;

/** An organisation registered itself and waits for verification. */
public record OrganisationRegistered(Long organisationId, String name) {
}
