package com.scenehub.notification;

import java.time.Instant;
import java.util.List;

/** A notification as its recipient sees it; the view translates {@code messageKey} with its arguments. */
public record NotificationView(Long id, String messageKey, List<Object> arguments, String link, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
