package com.scenehub.supply;

import com.scenehub.records.RecordedStatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a supply item's history. */
@Entity
@Table(name = "supply_history")
class SupplyHistory extends RecordedStatusChange {

    @Column(name = "supply_item_id", nullable = false)
    private Long supplyItemId;

    protected SupplyHistory() {
    }

    SupplyHistory(Long supplyItemId, Instant occurredAt, String actor, SupplyItemStatus from, SupplyItemStatus to, String reason) {
        super(occurredAt, actor, from, to, reason);
        this.supplyItemId = supplyItemId;
    }
}
