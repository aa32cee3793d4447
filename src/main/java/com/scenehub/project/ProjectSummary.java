package com.scenehub.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line in a list of projects. */
public record ProjectSummary(Long id, Long opportunityId, String title, Long demandOrganisationId,
        Long providerOrganisationId, BigDecimal contractAmount, BigDecimal grantAmount, BigDecimal disbursedAmount,
        ProjectStatus status, LocalDate endDate, int milestones, int milestonesMet, int overdueMilestones) {
}
