package com.scenehub.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

@Embeddable
class RequirementLink {

    @Column(name = "requirement_id", nullable = false)
    private Long requirementId;

    @Column(name = "owner_organisation_id", nullable = false)
    private Long ownerOrganisationId;

    protected RequirementLink() {
    }

    RequirementLink(Long requirementId, Long ownerOrganisationId) {
        this.requirementId = requirementId;
        this.ownerOrganisationId = ownerOrganisationId;
    }

    Long requirementId() {
        return requirementId;
    }

    Long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequirementLink other && Objects.equals(requirementId, other.requirementId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(requirementId);
    }
}
