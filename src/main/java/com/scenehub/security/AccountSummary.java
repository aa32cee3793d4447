package com.scenehub.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What other modules and views may know about an account. */
public record AccountSummary(Long id, String username, String displayName, String email, Long organisationId,
        Set<String> roles, boolean enabled, boolean locked, Instant lockedUntil, Locale locale, boolean demo) {
}
