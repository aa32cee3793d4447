package com.scenehub.project;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A scene project: the agreement between the demand enterprise and the winning provider. */
@Entity
@Table(name = "project")
class Project {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "demand_organisation_id", nullable = false)
    private Long demandOrganisationId;

    @Column(name = "provider_organisation_id", nullable = false)
    private Long providerOrganisationId;

    @Column(name = "contract_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal contractAmount;

    @Column(name = "grant_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal grantAmount = BigDecimal.ZERO;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "demand_confirmed_by", length = 64)
    private String demandConfirmedBy;

    @Column(name = "demand_confirmed_at")
    private Instant demandConfirmedAt;

    @Column(name = "provider_confirmed_by", length = 64)
    private String providerConfirmedBy;

    @Column(name = "provider_confirmed_at")
    private Instant providerConfirmedAt;

    @Column(name = "acceptance_expert_id")
    private Long acceptanceExpertId;

    @Column(name = "termination_reason", length = 1000)
    private String terminationReason;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    protected Project() {
    }

    Project(ProjectAward award, boolean demo, Instant now) {
        if (award.opportunityId() == null || award.demandOrganisationId() == null
                || award.providerOrganisationId() == null) {
            throw new BusinessRuleException("error.project.award-incomplete");
        }
        if (award.title() == null || award.title().isBlank()) {
            throw new BusinessRuleException("error.project.title-required");
        }
        requirePositive(award.contractAmount(), "error.project.contract-amount-positive");
        this.opportunityId = award.opportunityId();
        this.title = award.title().trim();
        this.demandOrganisationId = award.demandOrganisationId();
        this.providerOrganisationId = award.providerOrganisationId();
        this.contractAmount = money(award.contractAmount());
        this.status = ProjectStatus.DRAFT;
        this.demo = demo;
        this.createdAt = now;
    }

    /** Replaces the agreement while in DRAFT; any earlier confirmation no longer holds. */
    void updateAgreement(AgreementForm form) {
        requireStatus(ProjectStatus.DRAFT);
        validate(form);
        contractAmount = money(form.contractAmount());
        grantAmount = money(form.grantAmount());
        startDate = form.startDate();
        endDate = form.endDate();
        milestones.clear();
        int position = 1;
        for (MilestonePlan plan : form.milestones()) {
            milestones.add(new Milestone(this, position++, plan));
        }
        demandConfirmedBy = null;
        demandConfirmedAt = null;
        providerConfirmedBy = null;
        providerConfirmedAt = null;
    }

    static void validate(AgreementForm form) {
        requirePositive(form.contractAmount(), "error.project.contract-amount-positive");
        if (form.grantAmount() == null || form.grantAmount().signum() < 0) {
            throw new BusinessRuleException("error.project.grant-amount-invalid");
        }
        if (form.grantAmount().compareTo(form.contractAmount()) > 0) {
            throw new BusinessRuleException("error.project.grant-above-contract");
        }
        if (form.startDate() == null || form.endDate() == null) {
            throw new BusinessRuleException("error.project.dates-required");
        }
        if (!form.endDate().isAfter(form.startDate())) {
            throw new BusinessRuleException("error.project.end-before-start");
        }
        if (form.milestones() == null || form.milestones().isEmpty()) {
            throw new BusinessRuleException("error.project.milestones-required");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (MilestonePlan plan : form.milestones()) {
            if (plan.name() == null || plan.name().isBlank() || plan.deliverable() == null
                    || plan.deliverable().isBlank()) {
                throw new BusinessRuleException("error.project.milestone-incomplete");
            }
            if (plan.dueDate() == null || plan.dueDate().isBefore(form.startDate())
                    || plan.dueDate().isAfter(form.endDate())) {
                throw new BusinessRuleException("error.project.milestone-due-outside", plan.name().trim());
            }
            if (plan.paymentShare() == null || plan.paymentShare().signum() <= 0) {
                throw new BusinessRuleException("error.project.share-positive", plan.name().trim());
            }
            total = total.add(plan.paymentShare());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new BusinessRuleException("error.project.shares-total", total.stripTrailingZeros().toPlainString());
        }
    }

    /** Records one party's confirmation; returns true when this confirmation signed the project. */
    boolean confirm(boolean demandSide, String username, Instant now) {
        requireStatus(ProjectStatus.DRAFT);
        if (milestones.isEmpty() || startDate == null) {
            throw new BusinessRuleException("error.project.agreement-incomplete");
        }
        if (demandSide) {
            if (demandConfirmedAt != null) {
                throw new BusinessRuleException("error.project.already-confirmed");
            }
            demandConfirmedBy = username;
            demandConfirmedAt = now;
        } else {
            if (providerConfirmedAt != null) {
                throw new BusinessRuleException("error.project.already-confirmed");
            }
            providerConfirmedBy = username;
            providerConfirmedAt = now;
        }
        if (demandConfirmedAt != null && providerConfirmedAt != null) {
            status = ProjectStatus.SIGNED;
            return true;
        }
        return false;
    }

    void start() {
        requireStatus(ProjectStatus.SIGNED);
        status = ProjectStatus.IN_PROGRESS;
    }

    void enterAcceptance() {
        requireStatus(ProjectStatus.IN_PROGRESS);
        status = ProjectStatus.ACCEPTANCE;
    }

    void backToProgress() {
        requireStatus(ProjectStatus.ACCEPTANCE);
        status = ProjectStatus.IN_PROGRESS;
    }

    void complete() {
        requireStatus(ProjectStatus.ACCEPTANCE);
        if (milestones.stream().anyMatch(m -> m.getStatus() != MilestoneStatus.MET)) {
            throw new BusinessRuleException("error.project.milestones-not-met");
        }
        status = ProjectStatus.COMPLETED;
    }

    void terminate(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        if (status == ProjectStatus.COMPLETED || status == ProjectStatus.TERMINATED) {
            throw new BusinessRuleException("error.project.closed");
        }
        terminationReason = reason.trim();
        status = ProjectStatus.TERMINATED;
    }

    void assignAcceptanceExpert(Long expertUserId) {
        if (status == ProjectStatus.COMPLETED || status == ProjectStatus.TERMINATED) {
            throw new BusinessRuleException("error.project.closed");
        }
        acceptanceExpertId = expertUserId;
    }

    void requireStatus(ProjectStatus... allowed) {
        for (ProjectStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessRuleException("error.project.wrong-status", status.name());
    }

    Milestone finalMilestone() {
        return milestones.isEmpty() ? null : milestones.get(milestones.size() - 1);
    }

    static void requirePositive(BigDecimal amount, String key) {
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException(key);
        }
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    Long getId() {
        return id;
    }

    Long getOpportunityId() {
        return opportunityId;
    }

    String getTitle() {
        return title;
    }

    Long getDemandOrganisationId() {
        return demandOrganisationId;
    }

    Long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    BigDecimal getContractAmount() {
        return contractAmount;
    }

    BigDecimal getGrantAmount() {
        return grantAmount;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    ProjectStatus getStatus() {
        return status;
    }

    String getDemandConfirmedBy() {
        return demandConfirmedBy;
    }

    Instant getDemandConfirmedAt() {
        return demandConfirmedAt;
    }

    String getProviderConfirmedBy() {
        return providerConfirmedBy;
    }

    Instant getProviderConfirmedAt() {
        return providerConfirmedAt;
    }

    Long getAcceptanceExpertId() {
        return acceptanceExpertId;
    }

    String getTerminationReason() {
        return terminationReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<Milestone> getMilestones() {
        return milestones;
    }
}
