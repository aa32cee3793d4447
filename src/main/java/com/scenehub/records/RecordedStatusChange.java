package com.scenehub.records;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns every scene record's history table shares (who, when, from, to, why). Each module
 * maps its own table and adds the column naming its record, so histories stay module-internal.
 */
@MappedSuperclass
public abstract class RecordedStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected RecordedStatusChange() {
    }

    protected RecordedStatusChange(Instant occurredAt, String actor, Enum<?> from, Enum<?> to, String reason) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public StatusChange change() {
        return new StatusChange(occurredAt, actor, fromStatus, toStatus, reason);
    }
}
