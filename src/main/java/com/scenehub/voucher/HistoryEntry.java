package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded state change of a programme, voucher, order or redemption. */
@Entity
@Table(name = "voucher_history")
class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voucher_history_seq")
    @SequenceGenerator(name = "voucher_history_seq", sequenceName = "voucher_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 20)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "from_status", length = 20)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 20)
    private String toStatus;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 1000)
    private String note;

    protected HistoryEntry() {
    }

    HistoryEntry(String subjectType, Long subjectId, String fromStatus, String toStatus, String actor, Instant at,
            String note) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.occurredAt = at;
        this.note = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    HistoryView view() {
        return new HistoryView(subjectType, subjectId, fromStatus, toStatus, actor, occurredAt, note);
    }
}
