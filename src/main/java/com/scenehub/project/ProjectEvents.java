package com.scenehub.project;

/** Events of the project module (past tense), handled after commit. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    public record ProjectCreated(Long projectId, Long opportunityId, String title, Long demandOrganisationId,
            Long providerOrganisationId) {
    }

    public record ProjectSigned(Long projectId, String title, Long demandOrganisationId, Long providerOrganisationId) {
    }

    public record MilestoneSubmitted(Long projectId, String title, String milestone, Long demandOrganisationId) {
    }

    public record MilestoneDecided(Long projectId, String title, String milestone, boolean accepted,
            Long providerOrganisationId, String note) {
    }

    public record MilestoneOverdue(Long projectId, String title, String milestone, java.time.LocalDate dueDate,
            Long demandOrganisationId, Long providerOrganisationId) {
    }

    public record ProjectCompleted(Long projectId, Long opportunityId, String title, Long demandOrganisationId,
            Long providerOrganisationId) {
    }

    public record ProjectTerminated(Long projectId, String title, String reason, Long demandOrganisationId,
            Long providerOrganisationId) {
    }
}
