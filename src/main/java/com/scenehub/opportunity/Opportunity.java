package com.scenehub.opportunity;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A designed opportunity. Before publication the manager edits it freely; publishing freezes the
 * criteria, weights, eligibility and deadline, which then change only through {@link #correct}.
 */
@Entity
@Table(name = "opportunity")
class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, length = 4000)
    private String scope;

    @Column(length = 2000)
    private String indicators;

    @Column(name = "scene_field", nullable = false, length = 32)
    private String sceneField;

    @Column(name = "industry_field", length = 32)
    private String industryField;

    @Column(name = "zone_area", length = 32)
    private String zoneArea;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "support_policy", length = 2000)
    private String supportPolicy;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_mode", nullable = false, length = 20)
    private SelectionMode selectionMode;

    @Column(nullable = false, length = 4000)
    private String eligibility;

    @Column(name = "window_opens", nullable = false)
    private Instant windowOpens;

    @Column(name = "window_closes", nullable = false)
    private Instant windowCloses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OpportunityStatus status;

    @Column(name = "list_id")
    private Long listId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "winner_organisation_id")
    private Long winnerOrganisationId;

    @Column(name = "outcome_reason", length = 2000)
    private String outcomeReason;

    @Column(name = "designed_by", nullable = false, length = 100)
    private String designedBy;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_criterion", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    private List<CriterionValue> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_requirement", joinColumns = @JoinColumn(name = "opportunity_id"))
    private Set<RequirementLink> requirements = new LinkedHashSet<>();

    protected Opportunity() {
    }

    Opportunity(OpportunityForm form, Map<Long, Long> ownersByRequirement, String designedBy, boolean demo, Instant now) {
        this.status = OpportunityStatus.DESIGNING;
        this.designedBy = designedBy;
        this.demo = demo;
        this.createdAt = now;
        apply(form, ownersByRequirement, now);
    }

    void edit(OpportunityForm form, Map<Long, Long> ownersByRequirement, Instant now) {
        if (status != OpportunityStatus.DESIGNING) {
            throw new BusinessRuleException(status.published() ? "error.opportunity.frozen" : "error.opportunity.not-designing");
        }
        apply(form, ownersByRequirement, now);
    }

    private void apply(OpportunityForm f, Map<Long, Long> owners, Instant now) {
        OpportunityRules.check(f);
        title = f.getTitle().trim();
        summary = f.getSummary().trim();
        scope = f.getScope().trim();
        indicators = trim(f.getIndicators());
        sceneField = f.getSceneField();
        industryField = f.getIndustryField();
        zoneArea = f.getZoneArea();
        budget = f.getBudget();
        supportPolicy = trim(f.getSupportPolicy());
        selectionMode = f.getSelectionMode();
        eligibility = f.getEligibility().trim();
        windowOpens = f.getWindowOpens();
        windowCloses = f.getWindowCloses();
        criteria.clear();
        f.getCriteria().forEach(c -> criteria.add(new CriterionValue(c)));
        requirements.clear();
        owners.forEach((requirementId, owner) -> requirements.add(new RequirementLink(requirementId, owner)));
        updatedAt = now;
    }

    OpportunityStatus markReady(Instant now) {
        require(status == OpportunityStatus.DESIGNING, OpportunityStatus.READY);
        if (!windowCloses.isAfter(now)) {
            throw new BusinessRuleException("error.opportunity.window-past");
        }
        return move(OpportunityStatus.READY, now);
    }

    OpportunityStatus backToDesign(Instant now) {
        require(status == OpportunityStatus.READY && listId == null, OpportunityStatus.DESIGNING);
        return move(OpportunityStatus.DESIGNING, now);
    }

    void placeIn(Long list) {
        if (status != OpportunityStatus.READY) {
            throw new BusinessRuleException("error.opportunity.not-ready");
        }
        if (listId != null && !listId.equals(list)) {
            throw new BusinessRuleException("error.opportunity.in-other-list");
        }
        listId = list;
    }

    void removeFromList() {
        if (status.published()) {
            throw new BusinessRuleException("error.opportunity.frozen");
        }
        listId = null;
    }

    OpportunityStatus publish(Instant now) {
        require(status == OpportunityStatus.READY, OpportunityStatus.OPEN);
        if (!windowCloses.isAfter(now)) {
            throw new BusinessRuleException("error.opportunity.window-past");
        }
        publishedAt = now;
        return move(OpportunityStatus.OPEN, now);
    }

    /** Applies a correction of the frozen terms and returns what changed, for the corrigendum. */
    List<CorrigendumChange> correct(OpportunityCorrection c, Instant now) {
        if (status != OpportunityStatus.OPEN) {
            throw new BusinessRuleException("error.opportunity.correct-not-open");
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        OpportunityRules.length(c.reason(), 2000);
        List<CorrigendumChange> changes = new ArrayList<>();
        if (c.windowCloses() != null && !c.windowCloses().equals(windowCloses)) {
            if (!c.windowCloses().isAfter(now)) {
                throw new BusinessRuleException("error.opportunity.window-past");
            }
            OpportunityRules.checkWindow(windowOpens, c.windowCloses());
            changes.add(new CorrigendumChange("WINDOW_CLOSES", windowCloses.toString(), c.windowCloses().toString()));
            windowCloses = c.windowCloses();
        }
        if (c.eligibility() != null && !c.eligibility().isBlank() && !c.eligibility().trim().equals(eligibility)) {
            OpportunityRules.length(c.eligibility(), 4000);
            changes.add(new CorrigendumChange("ELIGIBILITY", eligibility, c.eligibility().trim()));
            eligibility = c.eligibility().trim();
        }
        if (c.criteria() != null && !c.criteria().equals(criteria())) {
            OpportunityRules.checkCriteria(c.criteria());
            changes.add(new CorrigendumChange("CRITERIA", describe(criteria()), describe(c.criteria())));
            criteria.clear();
            c.criteria().forEach(x -> criteria.add(new CriterionValue(x)));
        }
        if (c.budget() != null && c.budget().compareTo(budget) != 0) {
            OpportunityRules.checkBudget(c.budget());
            changes.add(new CorrigendumChange("BUDGET", budget.toPlainString(), c.budget().toPlainString()));
            budget = c.budget();
        }
        if (changes.isEmpty()) {
            throw new BusinessRuleException("error.opportunity.correction-empty");
        }
        updatedAt = now;
        return changes;
    }

    OpportunityStatus withdraw(String reason, Instant now) {
        require(status.active(), OpportunityStatus.WITHDRAWN);
        requireReason(reason);
        outcomeReason = reason.trim();
        return move(OpportunityStatus.WITHDRAWN, now);
    }

    OpportunityStatus startEvaluation(Instant now) {
        require(status == OpportunityStatus.OPEN, OpportunityStatus.EVALUATING);
        if (now.isBefore(windowCloses)) {
            throw new BusinessRuleException("error.opportunity.window-still-open");
        }
        return move(OpportunityStatus.EVALUATING, now);
    }

    OpportunityStatus startNotice(Instant now) {
        require(status == OpportunityStatus.EVALUATING, OpportunityStatus.NOTICE);
        return move(OpportunityStatus.NOTICE, now);
    }

    OpportunityStatus award(Long winner, Instant now) {
        boolean allowed = status == OpportunityStatus.NOTICE
                || (status == OpportunityStatus.EVALUATING && selectionMode == SelectionMode.DIRECT_DOCKING);
        require(allowed, OpportunityStatus.AWARDED);
        if (winner == null) {
            throw new BusinessRuleException("error.opportunity.winner-required");
        }
        winnerOrganisationId = winner;
        return move(OpportunityStatus.AWARDED, now);
    }

    OpportunityStatus fail(String reason, Instant now) {
        require(status == OpportunityStatus.EVALUATING || status == OpportunityStatus.NOTICE, OpportunityStatus.FAILED);
        requireReason(reason);
        outcomeReason = reason.trim();
        return move(OpportunityStatus.FAILED, now);
    }

    OpportunityStatus cancel(String reason, Instant now) {
        require(status.active(), OpportunityStatus.CANCELLED);
        requireReason(reason);
        outcomeReason = reason.trim();
        return move(OpportunityStatus.CANCELLED, now);
    }

    private OpportunityStatus move(OpportunityStatus to, Instant now) {
        OpportunityStatus from = status;
        status = to;
        updatedAt = now;
        return from;
    }

    private void require(boolean allowed, OpportunityStatus to) {
        if (!allowed) {
            throw new BusinessRuleException("error.opportunity.transition", status.name(), to.name());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        OpportunityRules.length(reason, 2000);
    }

    static String describe(List<Criterion> list) {
        return list.stream().map(c -> c.name() + " " + c.weight()).collect(Collectors.joining("; "));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    List<Criterion> criteria() {
        return criteria.stream().map(CriterionValue::criterion).toList();
    }

    Long getId() {
        return id;
    }

    Long getListId() {
        return listId;
    }

    String getTitle() {
        return title;
    }

    OpportunityStatus getStatus() {
        return status;
    }

    Instant getWindowCloses() {
        return windowCloses;
    }

    Set<Long> demandOrganisationIds() {
        return requirements.stream().map(RequirementLink::ownerOrganisationId).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<Long> requirementIds() {
        return requirements.stream().map(RequirementLink::requirementId).collect(Collectors.toCollection(TreeSet::new));
    }

    OpportunityDetails details(OpportunityList list) {
        return new OpportunityDetails(id, title, summary, scope, indicators, demandOrganisationIds(), requirementIds(),
                sceneField, industryField, zoneArea, budget, supportPolicy, selectionMode, criteria(), eligibility,
                windowOpens, windowCloses, status, listId, list == null ? null : list.getTitle(),
                list == null ? null : list.getYear(), list == null ? null : list.getSequence(), status.published(),
                publishedAt, winnerOrganisationId, outcomeReason, demo, updatedAt);
    }
}
