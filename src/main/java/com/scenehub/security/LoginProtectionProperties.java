package com.scenehub.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins are slowed and then locked.
 *
 * @param slowAfter failures after which each further failure is answered more slowly
 * @param delayStep added delay per failure beyond {@code slowAfter}
 * @param maxDelay the longest delay
 * @param lockAfter failures that lock the account
 * @param lockFor how long a locked account stays locked
 */
@ConfigurationProperties("scenehub.login")
record LoginProtectionProperties(int slowAfter, Duration delayStep, Duration maxDelay, int lockAfter,
        Duration lockFor) {

    LoginProtectionProperties {
        if (slowAfter <= 0) {
            slowAfter = 3;
        }
        if (delayStep == null) {
            delayStep = Duration.ofMillis(500);
        }
        if (maxDelay == null) {
            maxDelay = Duration.ofSeconds(3);
        }
        if (lockAfter <= 0) {
            lockAfter = 5;
        }
        if (lockFor == null) {
            lockFor = Duration.ofMinutes(15);
        }
    }

    /** The delay before answering the given consecutive failure (1-based). */
    Duration delayFor(int failures) {
        if (failures <= slowAfter) {
            return Duration.ZERO;
        }
        Duration delay = delayStep.multipliedBy(failures - slowAfter);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
