package com.scenehub.project;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A milestone of a project: deliverable, due date and payment share; evidence and decisions. */
@Entity
@Table(name = "project_milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 1000)
    private String deliverable;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "payment_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal paymentShare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MilestoneStatus status;

    @Column(name = "evidence_note", length = 2000)
    private String evidenceNote;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "demand_decided_by", length = 64)
    private String demandDecidedBy;

    @Column(name = "demand_decided_at")
    private Instant demandDecidedAt;

    @Column(name = "expert_decided_by", length = 64)
    private String expertDecidedBy;

    @Column(name = "expert_decided_at")
    private Instant expertDecidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    protected Milestone() {
    }

    Milestone(Project project, int position, MilestonePlan plan) {
        this.project = project;
        this.position = position;
        this.name = plan.name().trim();
        this.deliverable = plan.deliverable().trim();
        this.dueDate = plan.dueDate();
        this.paymentShare = plan.paymentShare();
        this.status = MilestoneStatus.PENDING;
    }

    void submit(String note, String username, Instant now) {
        if (status != MilestoneStatus.PENDING && status != MilestoneStatus.REJECTED) {
            throw new BusinessRuleException("error.milestone.not-open-for-evidence");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("error.milestone.evidence-note-required");
        }
        evidenceNote = note.trim();
        submittedBy = username;
        submittedAt = now;
        decisionNote = null;
        status = MilestoneStatus.SUBMITTED;
    }

    /** The demand enterprise's decision; for the final milestone acceptance waits for the expert. */
    void demandDecision(boolean accept, String note, boolean isFinal, String username, Instant now) {
        if (status != MilestoneStatus.SUBMITTED) {
            throw new BusinessRuleException("error.milestone.not-submitted");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new BusinessRuleException("error.reason-required");
        }
        demandDecidedBy = username;
        demandDecidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.trim();
        status = !accept ? MilestoneStatus.REJECTED : isFinal ? MilestoneStatus.DEMAND_ACCEPTED : MilestoneStatus.MET;
    }

    void expertDecision(boolean accept, String note, String username, Instant now) {
        if (status != MilestoneStatus.DEMAND_ACCEPTED) {
            throw new BusinessRuleException("error.milestone.not-awaiting-expert");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new BusinessRuleException("error.reason-required");
        }
        expertDecidedBy = username;
        expertDecidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.trim();
        status = accept ? MilestoneStatus.MET : MilestoneStatus.REJECTED;
    }

    boolean isOverdue(LocalDate today) {
        return status != MilestoneStatus.MET && dueDate.isBefore(today);
    }

    void markOverdueNotified(Instant now) {
        overdueNotifiedAt = now;
    }

    Long getId() {
        return id;
    }

    Project getProject() {
        return project;
    }

    int getPosition() {
        return position;
    }

    String getName() {
        return name;
    }

    String getDeliverable() {
        return deliverable;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    BigDecimal getPaymentShare() {
        return paymentShare;
    }

    MilestoneStatus getStatus() {
        return status;
    }

    String getEvidenceNote() {
        return evidenceNote;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getDemandDecidedBy() {
        return demandDecidedBy;
    }

    Instant getDemandDecidedAt() {
        return demandDecidedAt;
    }

    String getExpertDecidedBy() {
        return expertDecidedBy;
    }

    Instant getExpertDecidedAt() {
        return expertDecidedAt;
    }

    String getDecisionNote() {
        return decisionNote;
    }

    Instant getOverdueNotifiedAt() {
        return overdueNotifiedAt;
    }
}
