package com.scenehub.opportunity;

import com.scenehub.records.StatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an opportunity's history. */
@Entity
@Table(name = "opportunity_history")
class OpportunityHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "from_status", length = 16)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 16)
    private String toStatus;

    @Column(length = 2000)
    private String reason;

    protected OpportunityHistory() {
    }

    OpportunityHistory(Long opportunityId, Instant occurredAt, String actor, OpportunityStatus from, OpportunityStatus to,
            String reason) {
        this.opportunityId = opportunityId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    StatusChange change() {
        return new StatusChange(occurredAt, actor, fromStatus, toStatus, reason);
    }
}
