package com.scenehub.requirement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A scene requirement as other modules and views see it. */
public record RequirementSummary(Long id, Long ownerOrganisationId, String title, String sceneField,
        String industryField, String zoneArea, String painPoints, String expectedOutcome, String indicators,
        BigDecimal budgetMin, BigDecimal budgetMax, LocalDate timeframeStart, LocalDate timeframeEnd,
        String openResources, String contactName, String contactPhone, RequirementStatus status, Long expertUserId,
        String expertName, String analysisFeasibility, String analysisMaturity, String analysisIndicators,
        Instant analysedAt, String decisionReason, Instant submittedAt, Instant decidedAt, boolean demo,
        Instant createdAt, Instant updatedAt) {

    public boolean analysed() {
        return analysedAt != null;
    }
}
