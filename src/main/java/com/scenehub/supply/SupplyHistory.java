package com.scenehub.supply;

import com.scenehub.records.StatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a supply item's history. */
@Entity
@Table(name = "supply_history")
class SupplyHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supply_item_id", nullable = false)
    private Long supplyItemId;

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

    protected SupplyHistory() {
    }

    SupplyHistory(Long supplyItemId, Instant occurredAt, String actor, SupplyItemStatus from, SupplyItemStatus to,
            String reason) {
        this.supplyItemId = supplyItemId;
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
