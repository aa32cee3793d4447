package com.scenehub.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of a project (DESIGN §5.7): to whom the opportunity was awarded, the contract
 * and grant, and which milestones are met; never evidence, notes or other confidential papers.
 */
public record PublicProgress(Long projectId, Long opportunityId, String title, String providerName,
        String demandName, BigDecimal contractAmount, BigDecimal grantAmount, BigDecimal disbursedAmount,
        LocalDate startDate, LocalDate endDate, ProjectStatus status, List<PublicMilestone> milestones) {

    public record PublicMilestone(String name, LocalDate dueDate, BigDecimal paymentShare, boolean met,
            boolean overdue) {
    }

    public long milestonesMet() {
        return milestones.stream().filter(PublicMilestone::met).count();
    }

    public boolean completed() {
        return status == ProjectStatus.COMPLETED;
    }
}
