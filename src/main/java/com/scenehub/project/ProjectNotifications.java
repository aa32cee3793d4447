package com.scenehub.project;

import com.scenehub.notification.NotificationService;
import com.scenehub.project.ProjectEvents.MilestoneDecided;
import com.scenehub.project.ProjectEvents.MilestoneOverdue;
import com.scenehub.project.ProjectEvents.MilestoneSubmitted;
import com.scenehub.project.ProjectEvents.ProjectCompleted;
import com.scenehub.project.ProjectEvents.ProjectCreated;
import com.scenehub.project.ProjectEvents.ProjectSigned;
import com.scenehub.project.ProjectEvents.ProjectTerminated;
import com.scenehub.shared.security.Roles;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the parties (and managers) about each project change they must act on or are affected by. */
@Component
class ProjectNotifications {

    private final NotificationService notifications;

    ProjectNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    private static String link(Long projectId) {
        return "project/" + projectId;
    }

    @ApplicationModuleListener
    void on(ProjectCreated e) {
        notifications.notifyOrganisation(e.demandOrganisationId(), "notify.project.created", List.of(e.title()),
                link(e.projectId()));
        notifications.notifyOrganisation(e.providerOrganisationId(), "notify.project.created", List.of(e.title()),
                link(e.projectId()));
    }

    @ApplicationModuleListener
    void on(ProjectSigned e) {
        notifications.notifyOrganisation(e.demandOrganisationId(), "notify.project.signed", List.of(e.title()),
                link(e.projectId()));
        notifications.notifyOrganisation(e.providerOrganisationId(), "notify.project.signed", List.of(e.title()),
                link(e.projectId()));
        notifications.notifyRole(Roles.MANAGER, "notify.project.signed", List.of(e.title()), link(e.projectId()));
    }

    @ApplicationModuleListener
    void on(MilestoneSubmitted e) {
        notifications.notifyOrganisation(e.demandOrganisationId(), "notify.milestone.submitted",
                List.of(e.title(), e.milestone()), link(e.projectId()));
    }

    @ApplicationModuleListener
    void on(MilestoneDecided e) {
        notifications.notifyOrganisation(e.providerOrganisationId(),
                e.accepted() ? "notify.milestone.accepted" : "notify.milestone.rejected",
                List.of(e.title(), e.milestone(), e.note() == null ? "" : e.note()), link(e.projectId()));
    }

    @ApplicationModuleListener
    void on(MilestoneOverdue e) {
        List<String> args = List.of(e.title(), e.milestone(), e.dueDate().toString());
        notifications.notifyOrganisation(e.providerOrganisationId(), "notify.milestone.overdue", args, link(e.projectId()));
        notifications.notifyOrganisation(e.demandOrganisationId(), "notify.milestone.overdue", args, link(e.projectId()));
        notifications.notifyRole(Roles.MANAGER, "notify.milestone.overdue", args, link(e.projectId()));
    }

    @ApplicationModuleListener
    void on(ProjectCompleted e) {
        notifications.notifyOrganisation(e.demandOrganisationId(), "notify.project.completed", List.of(e.title()),
                link(e.projectId()));
        notifications.notifyOrganisation(e.providerOrganisationId(), "notify.project.completed", List.of(e.title()),
                link(e.projectId()));
    }

    @ApplicationModuleListener
    void on(ProjectTerminated e) {
        notifications.notifyOrganisation(e.demandOrganisationId(), "notify.project.terminated",
                List.of(e.title(), e.reason()), link(e.projectId()));
        notifications.notifyOrganisation(e.providerOrganisationId(), "notify.project.terminated",
                List.of(e.title(), e.reason()), link(e.projectId()));
    }
}
