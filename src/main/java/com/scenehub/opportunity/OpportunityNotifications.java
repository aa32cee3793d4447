package com.scenehub.opportunity;

import com.scenehub.notification.NotificationService;
import com.scenehub.shared.security.Roles;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells demand enterprises, providers and managers about published opportunities and their changes. */
@Component
class OpportunityNotifications {

    private final NotificationService notifications;

    OpportunityNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    private static String link(Long id) {
        return "portal/opportunity/" + id;
    }

    private void demand(Set<Long> organisations, String key, List<String> args, String link) {
        organisations.forEach(org -> notifications.notifyOrganisation(org, key, args, link));
    }

    @ApplicationModuleListener
    void on(OpportunityListPublished e) {
        notifications.notifyRole(Roles.PROVIDER, "notify.list.published", List.of(e.title()), "portal/list/" + e.listId());
    }

    @ApplicationModuleListener
    void on(OpportunityPublished e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.published", List.of(e.title()), link(e.opportunityId()));
    }

    @ApplicationModuleListener
    void on(OpportunityCorrected e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.corrected", List.of(e.title(), e.reason()),
                link(e.opportunityId()));
        notifications.notifyRole(Roles.PROVIDER, "notify.opportunity.corrected", List.of(e.title(), e.reason()),
                link(e.opportunityId()));
    }

    @ApplicationModuleListener
    void on(OpportunityWithdrawn e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.withdrawn", List.of(e.title(), e.reason()),
                link(e.opportunityId()));
        notifications.notifyRole(Roles.PROVIDER, "notify.opportunity.withdrawn", List.of(e.title(), e.reason()),
                link(e.opportunityId()));
    }

    @ApplicationModuleListener
    void on(OpportunityEvaluationStarted e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.evaluating", List.of(e.title()), link(e.opportunityId()));
    }

    @ApplicationModuleListener
    void on(OpportunityAwarded e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.awarded", List.of(e.title()), link(e.opportunityId()));
        notifications.notifyOrganisation(e.winnerOrganisationId(), "notify.opportunity.won", List.of(e.title()),
                link(e.opportunityId()));
    }

    @ApplicationModuleListener
    void on(OpportunityFailed e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.failed", List.of(e.title(), e.reason()),
                link(e.opportunityId()));
    }

    @ApplicationModuleListener
    void on(OpportunityCancelled e) {
        demand(e.demandOrganisationIds(), "notify.opportunity.cancelled", List.of(e.title(), e.reason()),
                link(e.opportunityId()));
    }
}
