package com.scenehub.notification;

import com.scenehub.organisation.OrganisationRegistered;
import com.scenehub.organisation.OrganisationRejected;
import com.scenehub.organisation.OrganisationVerified;
import com.scenehub.shared.security.Roles;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Registration verified or rejected: tell the organisation; a new registration: tell the managers. */
@Component
class OrganisationNotifications {

    private final NotificationService notifications;

    OrganisationNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered event) {
        notifications.notifyRole(Roles.MANAGER, "notify.organisation.registered", List.of(event.name()),
                "organisations");
    }

    @ApplicationModuleListener
    void on(OrganisationVerified event) {
        notifications.notifyOrganisation(event.organisationId(), "notify.organisation.verified",
                List.of(event.name()), "home");
    }

    @ApplicationModuleListener
    void on(OrganisationRejected event) {
        notifications.notifyOrganisation(event.organisationId(), "notify.organisation.rejected",
                List.of(event.name(), event.reason()), null);
    }
}
