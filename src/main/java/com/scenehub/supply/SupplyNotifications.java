package com.scenehub.supply;

import com.scenehub.notification.NotificationService;
import com.scenehub.shared.security.Roles;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells providers about their items' reviews, and managers about items waiting for review. */
@Component
class SupplyNotifications {

    private final NotificationService notifications;

    SupplyNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(SupplyItemChanged e) {
        String link = "supply-item/" + e.supplyItemId();
        if (e.status() == e.previousStatus()) {
            return;
        }
        switch (e.status()) {
            case SUBMITTED -> notifications.notifyRole(Roles.MANAGER, "notify.supply.submitted", List.of(e.name()), link);
            case LISTED -> notifications.notifyOrganisation(e.providerOrganisationId(), "notify.supply.listed",
                    List.of(e.name()), link);
            case RETURNED -> notifications.notifyOrganisation(e.providerOrganisationId(), "notify.supply.returned",
                    List.of(e.name(), e.reason()), link);
            case REJECTED -> notifications.notifyOrganisation(e.providerOrganisationId(), "notify.supply.rejected",
                    List.of(e.name(), e.reason()), link);
            case DELISTED -> notifications.notifyOrganisation(e.providerOrganisationId(), "notify.supply.delisted",
                    List.of(e.name(), e.reason()), link);
            default -> {
            }
        }
    }

    @ApplicationModuleListener
    void on(SolutionCallOpened e) {
        notifications.notifyRole(Roles.PROVIDER, "notify.supply.call-opened", List.of(e.theme(), e.deadline().toString()),
                "supply");
    }
}
