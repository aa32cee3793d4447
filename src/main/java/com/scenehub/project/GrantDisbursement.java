package com.scenehub.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment from the scene support fund against a met milestone. */
@Entity
@Table(name = "grant_disbursement")
class GrantDisbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(length = 100)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GrantDisbursement() {
    }

    GrantDisbursement(Long projectId, Long milestoneId, BigDecimal amount, String reference, String recordedBy,
            Instant recordedAt) {
        this.projectId = projectId;
        this.milestoneId = milestoneId;
        this.amount = amount;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    BigDecimal getAmount() {
        return amount;
    }
}
