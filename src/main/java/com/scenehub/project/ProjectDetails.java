package com.scenehub.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project with its agreement and milestones, for the parties, managers and the acceptance expert. */
public record ProjectDetails(Long id, Long opportunityId, String title, Long demandOrganisationId,
        String demandOrganisationName, Long providerOrganisationId, String providerOrganisationName,
        BigDecimal contractAmount, BigDecimal grantAmount, BigDecimal disbursedAmount, LocalDate startDate,
        LocalDate endDate, ProjectStatus status, String demandConfirmedBy, Instant demandConfirmedAt,
        String providerConfirmedBy, Instant providerConfirmedAt, Long acceptanceExpertId, String terminationReason,
        List<MilestoneView> milestones, Instant createdAt) {

    public long milestonesMet() {
        return milestones.stream().filter(m -> m.status() == MilestoneStatus.MET).count();
    }

    public long overdueMilestones() {
        return milestones.stream().filter(MilestoneView::overdue).count();
    }
}
