package com.scenehub.shared.security;

import java.util.Locale;
import java.util.Set;

/** The signed-in user as every module sees it. */
public interface CurrentUser {

    Long userId();

    /** The organisation the user belongs to; may be null for platform staff without one. */
    Long organisationId();

    String username();

    String displayName();

    Set<String> roles();

    Locale locale();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }

    default boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
