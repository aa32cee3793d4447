package com.scenehub.organisation;

/** A manager verified an organisation: it may now post, propose, hold or accept vouchers. */
public record OrganisationVerified(Long organisationId, String name, String verifiedBy) {
}
