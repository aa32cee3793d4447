package com.scenehub.shared.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs platform work that no person triggers (scheduled jobs, the demo zone loader) as a named
 * system user with the roles it needs, so services keep their role checks.
 */
public final class SystemUser {

    private SystemUser() {
    }

    public static <T> T callAs(String name, Set<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        Principal principal = new Principal(0L, null, name, name, roles, Locale.SIMPLIFIED_CHINESE);
        List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(String name, Set<String> roles, Runnable work) {
        callAs(name, roles, () -> {
            work.run();
            return null;
        });
    }

    private record Principal(Long userId, Long organisationId, String username, String displayName, Set<String> roles,
            Locale locale) implements CurrentUser {
    }
}
