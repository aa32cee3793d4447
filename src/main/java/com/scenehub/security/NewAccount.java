package com.scenehub.security;

import java.util.Locale;
import java.util.Set;

/** The data needed to open an account. */
public record NewAccount(String username, String rawPassword, String displayName, String email,
        Long organisationId, Set<String> roles, Locale locale, boolean demo) {
}
