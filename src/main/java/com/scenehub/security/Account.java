package com.scenehub.security;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.i18n.Translations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A user account. Roles are kept as a sorted, comma-separated list of role names. */
@Entity
@Table(name = "app_user")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String roles;

    private boolean enabled = true;

    @Column(nullable = false, length = 16)
    private String locale;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, String email, Long organisationId,
            Set<String> roles, Locale locale, boolean demo, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles = join(roles);
        this.locale = Translations.supported(locale).toLanguageTag();
        this.demo = demo;
        this.createdAt = now;
    }

    private static String join(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("error.account.roles-required");
        }
        return String.join(",", new TreeSet<>(roles));
    }

    void assignRoles(Set<String> newRoles) {
        this.roles = join(newRoles);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void rememberLocale(Locale newLocale) {
        this.locale = Translations.supported(newLocale).toLanguageTag();
    }

    /** Records a failed login; returns true when this failure locks the account. */
    boolean recordFailure(int maxAttempts, Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Set<String> getRoles() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }

    boolean isEnabled() {
        return enabled;
    }

    Locale getLocale() {
        return Translations.parse(locale);
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isDemo() {
        return demo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    AccountSummary summary(Instant now) {
        return new AccountSummary(id, username, displayName, email, organisationId, getRoles(), enabled,
                isLocked(now), lockedUntil, getLocale(), demo);
    }
}
