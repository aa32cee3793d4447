package com.scenehub.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches sign-in outcomes: logs each one, slows repeated failures and locks the account after too
 * many (DESIGN §8 "repeated failed logins slow down then lock").
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AccountRepository accounts;
    private final SecurityLog securityLog;
    private final LoginProtectionProperties protection;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, SecurityLog securityLog, LoginProtectionProperties protection,
            TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.securityLog = securityLog;
        this.protection = protection;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        transactions.executeWithoutResult(status ->
                accounts.findByUsernameIgnoreCase(username).ifPresent(Account::recordSuccess));
        securityLog.record(SecurityEventType.LOGIN_SUCCESS, username, username, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (event instanceof AuthenticationFailureLockedEvent) {
            securityLog.record(SecurityEventType.LOGIN_FAILURE, username, null, "locked");
            return;
        }
        int failures = registerFailure(username);
        securityLog.record(SecurityEventType.LOGIN_FAILURE, username, null,
                event.getException().getClass().getSimpleName());
        Duration delay = protection.delayFor(failures);
        if (!delay.isZero()) {
            sleep(delay);
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        securityLog.record(SecurityEventType.LOGOUT, event.getAuthentication().getName(), null, null);
    }

    /** Returns how many consecutive failures the account now has (for unknown names: 1). */
    int registerFailure(String username) {
        Integer failures = transactions.execute(status -> accounts.findByUsernameIgnoreCase(username)
                .map(account -> {
                    int before = account.getFailedAttempts() + 1;
                    boolean locked = account.recordFailure(protection.lockAfter(), protection.lockFor(),
                            clock.instant());
                    if (locked) {
                        securityLog.record(SecurityEventType.LOCKOUT, account.getUsername(), null,
                                "until " + account.getLockedUntil());
                    }
                    return before;
                }).orElse(1));
        return failures == null ? 1 : failures;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.debug("Login delay interrupted");
        }
    }
}
