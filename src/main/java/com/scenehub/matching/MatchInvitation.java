package com.scenehub.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider invited to apply for an opportunity (or to answer a requirement), once per context. */
@Entity
@Table(name = "match_invitation")
class MatchInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "context_kind", nullable = false, length = 16)
    private MatchKind contextKind;

    @Column(name = "context_id", nullable = false)
    private Long contextId;

    @Column(name = "context_title", nullable = false, length = 300)
    private String contextTitle;

    @Column(name = "provider_organisation_id", nullable = false)
    private Long providerOrganisationId;

    @Column(name = "supply_item_id")
    private Long supplyItemId;

    @Column(name = "invited_by", nullable = false, length = 64)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected MatchInvitation() {
    }

    MatchInvitation(MatchKind contextKind, Long contextId, String contextTitle, Long providerOrganisationId,
            Long supplyItemId, String invitedBy, Instant invitedAt) {
        this.contextKind = contextKind;
        this.contextId = contextId;
        this.contextTitle = contextTitle;
        this.providerOrganisationId = providerOrganisationId;
        this.supplyItemId = supplyItemId;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    Long getProviderOrganisationId() {
        return providerOrganisationId;
    }
}
