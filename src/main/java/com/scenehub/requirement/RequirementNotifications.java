package com.scenehub.requirement;

import com.scenehub.notification.NotificationService;
import com.scenehub.shared.security.Roles;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every party of a requirement when something it owns or must act on changes. */
@Component
class RequirementNotifications {

    private final NotificationService notifications;

    RequirementNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    private static String link(Long id) {
        return "requirement/" + id;
    }

    @ApplicationModuleListener
    void on(RequirementSubmitted e) {
        notifications.notifyRole(Roles.MANAGER, "notify.requirement.submitted", List.of(e.title()), link(e.requirementId()));
        notifications.notifyOrganisation(e.ownerOrganisationId(), "notify.requirement.submitted-owner", List.of(e.title()),
                link(e.requirementId()));
    }

    @ApplicationModuleListener
    void on(RequirementExpertAssigned e) {
        notifications.notifyUsers(List.of(e.expertUserId()), "notify.requirement.assigned", List.of(e.title()),
                link(e.requirementId()));
        notifications.notifyOrganisation(e.ownerOrganisationId(), "notify.requirement.in-analysis", List.of(e.title()),
                link(e.requirementId()));
    }

    @ApplicationModuleListener
    void on(RequirementAnalysed e) {
        notifications.notifyRole(Roles.MANAGER, "notify.requirement.analysed", List.of(e.title(), e.expertName()),
                link(e.requirementId()));
    }

    @ApplicationModuleListener
    void on(RequirementAccepted e) {
        notifications.notifyOrganisation(e.ownerOrganisationId(), "notify.requirement.accepted", List.of(e.title()),
                link(e.requirementId()));
    }

    @ApplicationModuleListener
    void on(RequirementReturned e) {
        notifications.notifyOrganisation(e.ownerOrganisationId(), "notify.requirement.returned",
                List.of(e.title(), e.reason()), link(e.requirementId()));
    }

    @ApplicationModuleListener
    void on(RequirementRejected e) {
        notifications.notifyOrganisation(e.ownerOrganisationId(), "notify.requirement.rejected",
                List.of(e.title(), e.reason()), link(e.requirementId()));
    }

    @ApplicationModuleListener
    void on(RequirementWithdrawn e) {
        notifications.notifyRole(Roles.MANAGER, "notify.requirement.withdrawn", List.of(e.title()), null);
        if (e.expertUserId() != null) {
            notifications.notifyUsers(List.of(e.expertUserId()), "notify.requirement.withdrawn", List.of(e.title()), null);
        }
    }
}
