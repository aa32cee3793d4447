package com.scenehub.security;

import java.time.Instant;

/** A security log entry as shown to administrators. */
public record SecurityEventView(Long id, Instant occurredAt, SecurityEventType type, String username, String actor,
        String detail) {
}
