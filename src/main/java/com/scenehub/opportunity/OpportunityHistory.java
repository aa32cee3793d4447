package com.scenehub.opportunity;

import com.scenehub.records.RecordedStatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a opportunity's history. */
@Entity
@Table(name = "opportunity_history")
class OpportunityHistory extends RecordedStatusChange {

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    protected OpportunityHistory() {
    }

    OpportunityHistory(Long opportunityId, Instant occurredAt, String actor, OpportunityStatus from, OpportunityStatus to, String reason) {
        super(occurredAt, actor, from, to, reason);
        this.opportunityId = opportunityId;
    }
}
