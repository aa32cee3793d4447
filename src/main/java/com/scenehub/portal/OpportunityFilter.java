package com.scenehub.portal;

import java.math.BigDecimal;

/**
 * Search filters of the portal; null means "any". {@code state} is OPEN (accepting applications now),
 * CLOSED (any other published state) or null.
 */
public record OpportunityFilter(String text, String sceneField, String industryChain, String zoneArea,
        BigDecimal budgetMin, BigDecimal budgetMax, String state) {

    public static OpportunityFilter none() {
        return new OpportunityFilter(null, null, null, null, null, null, null);
    }
}
