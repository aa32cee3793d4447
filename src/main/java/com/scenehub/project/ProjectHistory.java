package com.scenehub.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change of a project, shown as its timeline. */
@Entity
@Table(name = "project_history")
class ProjectHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    private ProjectStatus toStatus;

    @Column(length = 1000)
    private String note;

    protected ProjectHistory() {
    }

    ProjectHistory(Long projectId, Instant occurredAt, String actor, String action, ProjectStatus fromStatus,
            ProjectStatus toStatus, String note) {
        this.projectId = projectId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    ProjectHistoryEntry entry() {
        return new ProjectHistoryEntry(occurredAt, actor, action, fromStatus, toStatus, note);
    }
}
