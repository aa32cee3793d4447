package com.scenehub.supply;

import com.scenehub.shared.domain.BusinessRuleException;
import java.math.BigDecimal;

/** The supply item form's rules, enforced in the entity and reused by the view. */
public final class SupplyRules {

    public static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");

    private SupplyRules() {
    }

    public static void check(SupplyItemForm f) {
        if (f.getName() == null || f.getName().isBlank()) {
            throw new BusinessRuleException("error.supply.name-required");
        }
        length(f.getName(), 200);
        if (f.getDescription() == null || f.getDescription().isBlank()) {
            throw new BusinessRuleException("error.supply.description-required");
        }
        length(f.getDescription(), 4000);
        length(f.getReferenceCases(), 4000);
        length(f.getCertifications(), 2000);
        if (f.getSceneFields().isEmpty()) {
            throw new BusinessRuleException("error.supply.scene-fields-required");
        }
        if (String.join(",", f.getSceneFields()).length() > 400 || String.join(",", f.getIndustryFields()).length() > 400) {
            throw new BusinessRuleException("error.supply.too-many-fields");
        }
        if (f.getTrl() == null || f.getTrl() < 1 || f.getTrl() > 9) {
            throw new BusinessRuleException("error.supply.trl-range");
        }
        BigDecimal min = f.getPriceMin();
        BigDecimal max = f.getPriceMax();
        if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)) {
            throw new BusinessRuleException("error.budget.negative");
        }
        if ((min != null && min.compareTo(MONEY_MAX) > 0) || (max != null && max.compareTo(MONEY_MAX) > 0)) {
            throw new BusinessRuleException("error.budget.too-large");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BusinessRuleException("error.price.order");
        }
        if (f.getKind() == null) {
            throw new BusinessRuleException("error.supply.kind-required");
        }
    }

    static void length(String value, int max) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("error.text.too-long", "", max);
        }
    }
}
