package com.scenehub.matching;

import com.scenehub.notification.NotificationService;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a provider it was invited to apply. */
@Component
class MatchingNotifications {

    static final String FOR_YOU_ROUTE = "matches/for-you";

    private final NotificationService notifications;

    MatchingNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ProviderInvited event) {
        notifications.notifyOrganisation(event.providerOrganisationId(),
                event.contextKind() == MatchKind.OPPORTUNITY ? "notify.matching.invited-opportunity"
                        : "notify.matching.invited-requirement",
                List.of(event.contextTitle(), event.supplyItemTitle()), FOR_YOU_ROUTE);
    }
}
