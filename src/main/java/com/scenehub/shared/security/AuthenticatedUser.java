package com.scenehub.shared.security;

import com.scenehub.shared.domain.AccessDeniedException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Looks up the signed-in user; services use it to check record ownership. */
@Component
public class AuthenticatedUser {

    public Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user, or an access error when there is none. */
    public CurrentUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("error.access.login-required"));
    }
}
