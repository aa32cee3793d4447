package com.scenehub.requirement;

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
import java.time.Instant;
import java.time.LocalDate;

/** An enterprise's scene requirement. State changes only through the methods below. */
@Entity
@Table(name = "scene_requirement")
class SceneRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_organisation_id", nullable = false)
    private Long ownerOrganisationId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "scene_field", length = 32)
    private String sceneField;

    @Column(name = "industry_field", length = 32)
    private String industryField;

    @Column(name = "zone_area", length = 32)
    private String zoneArea;

    @Column(name = "pain_points", length = 4000)
    private String painPoints;

    @Column(name = "expected_outcome", length = 4000)
    private String expectedOutcome;

    @Column(length = 2000)
    private String indicators;

    @Column(name = "budget_min", precision = 14, scale = 2)
    private BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 14, scale = 2)
    private BigDecimal budgetMax;

    @Column(name = "timeframe_start")
    private LocalDate timeframeStart;

    @Column(name = "timeframe_end")
    private LocalDate timeframeEnd;

    @Column(name = "open_resources", length = 2000)
    private String openResources;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequirementStatus status;

    @Column(name = "expert_user_id")
    private Long expertUserId;

    @Column(name = "expert_name", length = 100)
    private String expertName;

    @Column(name = "analysis_feasibility", length = 4000)
    private String analysisFeasibility;

    @Column(name = "analysis_maturity", length = 4000)
    private String analysisMaturity;

    @Column(name = "analysis_indicators", length = 2000)
    private String analysisIndicators;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SceneRequirement() {
    }

    SceneRequirement(Long ownerOrganisationId, Long createdBy, RequirementForm form, boolean demo, Instant now) {
        this.ownerOrganisationId = ownerOrganisationId;
        this.createdBy = createdBy;
        this.status = RequirementStatus.DRAFT;
        this.demo = demo;
        this.createdAt = now;
        apply(form, now);
    }

    void edit(RequirementForm form, Instant now) {
        if (!status.editable()) {
            throw new BusinessRuleException("error.requirement.not-editable");
        }
        apply(form, now);
    }

    private void apply(RequirementForm f, Instant now) {
        RequirementRules.checkDraft(f);
        title = f.getTitle().trim();
        sceneField = f.getSceneField();
        industryField = f.getIndustryField();
        zoneArea = f.getZoneArea();
        painPoints = trim(f.getPainPoints());
        expectedOutcome = trim(f.getExpectedOutcome());
        indicators = trim(f.getIndicators());
        budgetMin = f.getBudgetMin();
        budgetMax = f.getBudgetMax();
        timeframeStart = f.getTimeframeStart();
        timeframeEnd = f.getTimeframeEnd();
        openResources = trim(f.getOpenResources());
        contactName = trim(f.getContactName());
        contactPhone = trim(f.getContactPhone());
        updatedAt = now;
    }

    RequirementStatus submit(Instant now) {
        if (!status.editable()) {
            throw new BusinessRuleException("error.requirement.transition", status.name(), "SUBMITTED");
        }
        RequirementRules.checkComplete(RequirementForm.of(summary()));
        RequirementStatus from = status;
        status = RequirementStatus.SUBMITTED;
        submittedAt = now;
        decisionReason = null;
        updatedAt = now;
        return from;
    }

    RequirementStatus assignExpert(Long expertId, String name, Instant now) {
        if (status != RequirementStatus.SUBMITTED && status != RequirementStatus.IN_ANALYSIS) {
            throw new BusinessRuleException("error.requirement.transition", status.name(), "IN_ANALYSIS");
        }
        RequirementStatus from = status;
        status = RequirementStatus.IN_ANALYSIS;
        if (expertUserId != null && !expertUserId.equals(expertId)) {
            analysedAt = null;
        }
        expertUserId = expertId;
        expertName = name;
        updatedAt = now;
        return from;
    }

    void writeAnalysis(Long expertId, String feasibility, String maturity, String suggestedIndicators, Instant now) {
        if (status != RequirementStatus.IN_ANALYSIS) {
            throw new BusinessRuleException("error.requirement.not-in-analysis");
        }
        if (!expertId.equals(expertUserId)) {
            throw new BusinessRuleException("error.requirement.not-assigned");
        }
        if (RequirementRules.blank(feasibility) || RequirementRules.blank(maturity)) {
            throw new BusinessRuleException("error.requirement.analysis-required");
        }
        RequirementRules.length(feasibility, RequirementRules.LONG_TEXT_MAX, "requirement.analysis-feasibility");
        RequirementRules.length(maturity, RequirementRules.LONG_TEXT_MAX, "requirement.analysis-maturity");
        RequirementRules.length(suggestedIndicators, RequirementRules.MEDIUM_TEXT_MAX, "requirement.analysis-indicators");
        analysisFeasibility = feasibility.trim();
        analysisMaturity = maturity.trim();
        analysisIndicators = trim(suggestedIndicators);
        analysedAt = now;
        updatedAt = now;
    }

    RequirementStatus decide(RequirementStatus to, String reason, Instant now) {
        if (status != RequirementStatus.IN_ANALYSIS) {
            throw new BusinessRuleException("error.requirement.transition", status.name(), to.name());
        }
        if (to == RequirementStatus.ACCEPTED) {
            if (analysedAt == null) {
                throw new BusinessRuleException("error.requirement.analysis-missing");
            }
            RequirementRules.length(reason, RequirementRules.MEDIUM_TEXT_MAX, "common.reason");
        } else {
            RequirementRules.requireReason(reason);
        }
        RequirementStatus from = status;
        status = to;
        decisionReason = trim(reason);
        decidedAt = now;
        updatedAt = now;
        return from;
    }

    RequirementStatus withdraw(String reason, Instant now) {
        if (!status.withdrawable()) {
            throw new BusinessRuleException("error.requirement.transition", status.name(), "WITHDRAWN");
        }
        RequirementRules.length(reason, RequirementRules.MEDIUM_TEXT_MAX, "common.reason");
        RequirementStatus from = status;
        status = RequirementStatus.WITHDRAWN;
        decisionReason = trim(reason);
        updatedAt = now;
        return from;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long getId() {
        return id;
    }

    Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    Long getExpertUserId() {
        return expertUserId;
    }

    RequirementStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    RequirementSummary summary() {
        return new RequirementSummary(id, ownerOrganisationId, title, sceneField, industryField, zoneArea, painPoints,
                expectedOutcome, indicators, budgetMin, budgetMax, timeframeStart, timeframeEnd, openResources,
                contactName, contactPhone, status, expertUserId, expertName, analysisFeasibility, analysisMaturity,
                analysisIndicators, analysedAt, decisionReason, submittedAt, decidedAt, demo, createdAt, updatedAt);
    }
}
