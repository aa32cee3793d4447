package com.scenehub.selection;

import com.scenehub.notification.NotificationService;
import com.scenehub.selection.SelectionEvents.ObjectionFiled;
import com.scenehub.selection.SelectionEvents.PanelFormed;
import com.scenehub.selection.SelectionEvents.ProposalSubmitted;
import com.scenehub.selection.SelectionEvents.SelectionFinal;
import com.scenehub.selection.SelectionEvents.WinnerProposed;
import com.scenehub.shared.security.Roles;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells providers, experts and managers about the selection steps that concern them. */
@Component
class SelectionNotifications {

    private final NotificationService notifications;

    SelectionNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted e) {
        notifications.notifyOrganisation(e.providerOrganisationId(), "notify.selection.submitted",
                List.of(e.opportunityTitle()), "proposals");
    }

    @ApplicationModuleListener
    void on(PanelFormed e) {
        notifications.notifyUsers(e.expertUserIds(), "notify.selection.panel", List.of(e.opportunityTitle()),
                "selection/" + e.opportunityId());
    }

    @ApplicationModuleListener
    void on(WinnerProposed e) {
        List<String> args = List.of(e.opportunityTitle(), e.providerName(), e.noticeEnds().toString());
        e.applicantOrganisationIds().forEach(org -> notifications.notifyOrganisation(org, "notify.selection.notice",
                args, "notices"));
    }

    @ApplicationModuleListener
    void on(ObjectionFiled e) {
        notifications.notifyRole(Roles.MANAGER, "notify.selection.objection", List.of(e.opportunityTitle()),
                "selection/" + e.opportunityId());
    }

    @ApplicationModuleListener
    void on(SelectionFinal e) {
        notifications.notifyOrganisation(e.winnerOrganisationId(), "notify.selection.won",
                List.of(e.opportunityTitle()), "project/" + e.projectId());
        e.otherApplicantIds().forEach(org -> notifications.notifyOrganisation(org, "notify.selection.lost",
                List.of(e.opportunityTitle()), "proposals"));
    }
}
