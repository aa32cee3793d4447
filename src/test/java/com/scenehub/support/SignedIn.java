package com.scenehub.support;

import com.scenehub.security.AccountSummary;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/** Runs test code as a real account, exactly as Spring Security would after its login. */
@Component
public class SignedIn {

    private final UserDetailsService users;

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(AccountSummary account, Supplier<T> work) {
        return as(account.username(), work);
    }

    public void run(AccountSummary account, Runnable work) {
        as(account.username(), () -> {
            work.run();
            return null;
        });
    }

    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            login(username);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Signs in for the rest of the test (browserless tests read the context from the holder). */
    public void login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
