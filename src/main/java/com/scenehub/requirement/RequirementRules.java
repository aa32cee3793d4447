package com.scenehub.requirement;

import com.scenehub.shared.domain.BusinessRuleException;
import java.math.BigDecimal;

/**
 * The form's rules, shared by the service (which enforces them) and the view (which shows them beside
 * the fields). A draft needs a title and sane values; submission needs the whole guided form.
 */
public final class RequirementRules {

    public static final int TITLE_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int MEDIUM_TEXT_MAX = 2000;
    public static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");

    private RequirementRules() {
    }

    /** Checks what any save needs; throws the first problem. */
    public static void checkDraft(RequirementForm f) {
        if (blank(f.getTitle())) {
            throw new BusinessRuleException("error.requirement.title-required");
        }
        length(f.getTitle(), TITLE_MAX, "requirement.title");
        length(f.getPainPoints(), LONG_TEXT_MAX, "requirement.pain-points");
        length(f.getExpectedOutcome(), LONG_TEXT_MAX, "requirement.expected-outcome");
        length(f.getIndicators(), MEDIUM_TEXT_MAX, "requirement.indicators");
        length(f.getOpenResources(), MEDIUM_TEXT_MAX, "requirement.open-resources");
        length(f.getContactName(), 100, "requirement.contact-name");
        length(f.getContactPhone(), 32, "requirement.contact-phone");
        checkBudget(f.getBudgetMin(), f.getBudgetMax());
        if (f.getTimeframeStart() != null && f.getTimeframeEnd() != null
                && f.getTimeframeEnd().isBefore(f.getTimeframeStart())) {
            throw new BusinessRuleException("error.dates.order");
        }
    }

    /** Checks what a submission needs on top of a draft. */
    public static void checkComplete(RequirementForm f) {
        checkDraft(f);
        if (blank(f.getSceneField())) {
            throw new BusinessRuleException("error.requirement.scene-field-required");
        }
        if (blank(f.getPainPoints())) {
            throw new BusinessRuleException("error.requirement.pain-points-required");
        }
        if (blank(f.getExpectedOutcome())) {
            throw new BusinessRuleException("error.requirement.outcome-required");
        }
        if (blank(f.getContactName()) || blank(f.getContactPhone())) {
            throw new BusinessRuleException("error.requirement.contact-required");
        }
    }

    public static void checkBudget(BigDecimal min, BigDecimal max) {
        if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)) {
            throw new BusinessRuleException("error.budget.negative");
        }
        if ((min != null && min.compareTo(MONEY_MAX) > 0) || (max != null && max.compareTo(MONEY_MAX) > 0)) {
            throw new BusinessRuleException("error.budget.too-large");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BusinessRuleException("error.budget.order");
        }
    }

    public static void length(String value, int max, String fieldKey) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("error.text.too-long", fieldKey, max);
        }
    }

    public static void requireReason(String reason) {
        if (blank(reason)) {
            throw new BusinessRuleException("error.reason-required");
        }
        length(reason, MEDIUM_TEXT_MAX, "common.reason");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
