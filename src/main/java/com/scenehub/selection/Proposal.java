package com.scenehub.selection;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A provider's proposal for an opportunity (揭榜方案 / 对接申请). */
@Entity
@Table(name = "proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(name = "provider_organisation_id", nullable = false)
    private Long providerOrganisationId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(length = 4000)
    private String approach;

    @Column(precision = 14, scale = 2)
    private BigDecimal price;

    @Column(length = 2000)
    private String schedule;

    @Column(length = 2000)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Proposal() {
    }

    Proposal(Long opportunityId, Long providerOrganisationId, String createdBy, ProposalForm form, boolean demo,
            Instant now) {
        this.opportunityId = opportunityId;
        this.providerOrganisationId = providerOrganisationId;
        this.createdBy = createdBy;
        this.status = ProposalStatus.DRAFT;
        this.demo = demo;
        this.createdAt = now;
        apply(form, now);
    }

    void edit(ProposalForm form, Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw new BusinessRuleException("error.proposal.not-draft");
        }
        apply(form, now);
    }

    private void apply(ProposalForm form, Instant now) {
        if (form.getPrice() != null && form.getPrice().signum() <= 0) {
            throw new BusinessRuleException("error.proposal.price-positive");
        }
        approach = limit(form.getApproach(), 4000);
        price = form.getPrice() == null ? null : form.getPrice().setScale(2, RoundingMode.HALF_UP);
        schedule = limit(form.getSchedule(), 2000);
        team = limit(form.getTeam(), 2000);
        updatedAt = now;
    }

    void submit(Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw new BusinessRuleException("error.proposal.not-draft");
        }
        if (blank(approach)) {
            throw new BusinessRuleException("error.proposal.approach-required");
        }
        if (price == null) {
            throw new BusinessRuleException("error.proposal.price-positive");
        }
        if (blank(schedule)) {
            throw new BusinessRuleException("error.proposal.schedule-required");
        }
        if (blank(team)) {
            throw new BusinessRuleException("error.proposal.team-required");
        }
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    void withdraw(String reason, Instant now) {
        if (status != ProposalStatus.DRAFT && status != ProposalStatus.SUBMITTED) {
            throw new BusinessRuleException("error.proposal.cannot-withdraw");
        }
        status = ProposalStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawReason = blank(reason) ? null : limit(reason, 1000);
        updatedAt = now;
    }

    void shortlist(Instant now) {
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.NOT_SELECTED) {
            throw new BusinessRuleException("error.proposal.cannot-shortlist");
        }
        status = ProposalStatus.SHORTLISTED;
        updatedAt = now;
    }

    void notSelected(Instant now) {
        if (status == ProposalStatus.SUBMITTED || status == ProposalStatus.SHORTLISTED) {
            status = ProposalStatus.NOT_SELECTED;
            updatedAt = now;
        }
    }

    void win(Instant now) {
        if (status != ProposalStatus.SHORTLISTED) {
            throw new BusinessRuleException("error.proposal.not-shortlisted");
        }
        status = ProposalStatus.WINNER;
        updatedAt = now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String limit(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        if (t.length() > max) {
            throw new BusinessRuleException("error.too-long");
        }
        return t;
    }

    Long getId() { return id; }
    Long getOpportunityId() { return opportunityId; }
    Long getProviderOrganisationId() { return providerOrganisationId; }
    String getApproach() { return approach; }
    BigDecimal getPrice() { return price; }
    String getSchedule() { return schedule; }
    String getTeam() { return team; }
    ProposalStatus getStatus() { return status; }
    Instant getSubmittedAt() { return submittedAt; }
    Instant getWithdrawnAt() { return withdrawnAt; }
    String getWithdrawReason() { return withdrawReason; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    boolean isDemo() { return demo; }
}
