package com.scenehub.opportunity;

import com.scenehub.shared.domain.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The design form's rules, enforced in the entity and reused by the view. */
public final class OpportunityRules {

    public static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");
    public static final int MAX_CRITERIA = 12;

    private OpportunityRules() {
    }

    public static void check(OpportunityForm f) {
        required(f.getTitle(), "error.opportunity.title-required");
        length(f.getTitle(), 200);
        required(f.getSummary(), "error.opportunity.summary-required");
        length(f.getSummary(), 1000);
        required(f.getScope(), "error.opportunity.scope-required");
        length(f.getScope(), 4000);
        length(f.getIndicators(), 2000);
        length(f.getSupportPolicy(), 2000);
        required(f.getSceneField(), "error.opportunity.scene-field-required");
        required(f.getEligibility(), "error.opportunity.eligibility-required");
        length(f.getEligibility(), 4000);
        checkBudget(f.getBudget());
        if (f.getSelectionMode() == null) {
            throw new BusinessRuleException("error.opportunity.mode-required");
        }
        checkWindow(f.getWindowOpens(), f.getWindowCloses());
        checkCriteria(f.getCriteria());
        if (f.getRequirementIds().isEmpty()) {
            throw new BusinessRuleException("error.opportunity.requirements-required");
        }
    }

    public static void checkBudget(BigDecimal budget) {
        if (budget == null || budget.signum() <= 0) {
            throw new BusinessRuleException("error.opportunity.budget-positive");
        }
        if (budget.compareTo(MONEY_MAX) > 0) {
            throw new BusinessRuleException("error.budget.too-large");
        }
    }

    public static void checkWindow(Instant opens, Instant closes) {
        if (opens == null || closes == null) {
            throw new BusinessRuleException("error.opportunity.window-required");
        }
        if (!closes.isAfter(opens)) {
            throw new BusinessRuleException("error.dates.order");
        }
    }

    /** Criteria: at least one, named, weights 1–100 each and summing to exactly 100. */
    public static void checkCriteria(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new BusinessRuleException("error.opportunity.criteria-required");
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new BusinessRuleException("error.opportunity.criteria-too-many", MAX_CRITERIA);
        }
        int sum = 0;
        for (Criterion c : criteria) {
            if (c.name() == null || c.name().isBlank()) {
                throw new BusinessRuleException("error.opportunity.criterion-name");
            }
            length(c.name(), 200);
            length(c.description(), 1000);
            if (c.weight() < 1 || c.weight() > 100) {
                throw new BusinessRuleException("error.opportunity.weight-range");
            }
            sum += c.weight();
        }
        if (sum != 100) {
            throw new BusinessRuleException("error.opportunity.weights-sum", sum);
        }
    }

    static void required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(key);
        }
    }

    static void length(String value, int max) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("error.text.too-long", "", max);
        }
    }
}
