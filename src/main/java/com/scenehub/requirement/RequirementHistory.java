package com.scenehub.requirement;

import com.scenehub.records.RecordedStatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a requirement's history. */
@Entity
@Table(name = "requirement_history")
class RequirementHistory extends RecordedStatusChange {

    @Column(name = "requirement_id", nullable = false)
    private Long requirementId;

    protected RequirementHistory() {
    }

    RequirementHistory(Long requirementId, Instant occurredAt, String actor, RequirementStatus from, RequirementStatus to, String reason) {
        super(occurredAt, actor, from, to, reason);
        this.requirementId = requirementId;
    }
}
