package com.scenehub.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * When several test application contexts live in one JVM, the last one started installs its own
 * security-context strategy globally while older contexts keep checking theirs. Calling
 * {@link #activate()} before a test makes {@link SignedIn} and {@code SystemUser} write to the
 * strategy of the context the test runs in.
 */
@Component
public class ThisContextSecurity {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    ThisContextSecurity(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public void activate() {
        strategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
