package com.scenehub.security;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, changes and looks up accounts. Administration is for ADMIN only. */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecurityLog securityLog;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, SecurityLog securityLog,
            AuthenticatedUser authenticatedUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    /**
     * Opens the first account of a registering organisation. Not role-checked: registration is
     * public, and the organisation module calls it only after validating the registration.
     */
    @Transactional
    public AccountSummary openAccount(NewAccount request) {
        validateUsername(request.username());
        validatePassword(request.rawPassword());
        if (accounts.existsByUsernameIgnoreCase(request.username().trim())) {
            throw new BusinessRuleException("error.account.username-taken", request.username().trim());
        }
        for (String role : request.roles()) {
            if (!Roles.ALL.contains(role)) {
                throw new BusinessRuleException("error.account.unknown-role", role);
            }
        }
        Account account = accounts.save(new Account(request.username().trim(),
                passwordEncoder.encode(request.rawPassword()), request.displayName().trim(), blankToNull(request.email()),
                request.organisationId(), request.roles(), request.locale(), request.demo(), clock.instant()));
        securityLog.record(SecurityEventType.ACCOUNT_CREATED, account.getUsername(), actorName(),
                "roles=" + account.getRoles());
        return account.summary(clock.instant());
    }

    /** An administrator creates an account for any organisation or for the committee's staff. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AccountSummary createAccount(NewAccount request) {
        return openAccount(request);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> allAccounts() {
        return accounts.findAllByOrderByUsername().stream().map(a -> a.summary(clock.instant())).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AccountSummary assignRoles(Long accountId, Set<String> roles) {
        Account account = find(accountId);
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new BusinessRuleException("error.account.unknown-role", role);
            }
        }
        CurrentUser actor = authenticatedUser.require();
        if (actor.userId().equals(accountId) && !roles.contains(Roles.ADMIN)) {
            throw new BusinessRuleException("error.account.cannot-drop-own-admin");
        }
        Set<String> before = account.getRoles();
        account.assignRoles(roles);
        securityLog.record(SecurityEventType.ROLE_CHANGE, account.getUsername(), actor.username(),
                before + " -> " + account.getRoles());
        return account.summary(clock.instant());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AccountSummary disable(Long accountId) {
        Account account = find(accountId);
        CurrentUser actor = authenticatedUser.require();
        if (actor.userId().equals(accountId)) {
            throw new BusinessRuleException("error.account.cannot-disable-self");
        }
        account.disable();
        securityLog.record(SecurityEventType.ACCOUNT_DISABLED, account.getUsername(), actor.username(), null);
        return account.summary(clock.instant());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AccountSummary enable(Long accountId) {
        Account account = find(accountId);
        account.enable();
        account.unlock();
        securityLog.record(SecurityEventType.ACCOUNT_ENABLED, account.getUsername(), actorName(), null);
        return account.summary(clock.instant());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AccountSummary unlock(Long accountId) {
        Account account = find(accountId);
        account.unlock();
        securityLog.record(SecurityEventType.ACCOUNT_UNLOCKED, account.getUsername(), actorName(), null);
        return account.summary(clock.instant());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void resetPassword(Long accountId, String newRawPassword) {
        validatePassword(newRawPassword);
        Account account = find(accountId);
        account.changePassword(passwordEncoder.encode(newRawPassword));
        securityLog.record(SecurityEventType.PASSWORD_RESET, account.getUsername(), actorName(), null);
    }

    /** Remembers the signed-in user's language. */
    @PermitAll
    @Transactional
    public void rememberLanguage(Locale locale) {
        authenticatedUser.get().flatMap(user -> accounts.findById(user.userId()))
                .ifPresent(account -> account.rememberLocale(locale));
    }

    /** Accounts of one organisation, for notifying its people. Internal lookup: returns no secrets. */
    @Transactional(readOnly = true)
    public List<AccountSummary> accountsOfOrganisation(Long organisationId) {
        return accounts.findByOrganisationIdOrderByUsername(organisationId).stream()
                .map(a -> a.summary(clock.instant())).toList();
    }

    /** Enabled accounts holding a role, for notifying e.g. all managers. Internal lookup. */
    @Transactional(readOnly = true)
    public List<AccountSummary> accountsWithRole(String role) {
        return accounts.findEnabledWithRole(role).stream().map(a -> a.summary(clock.instant())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findAccount(Long accountId) {
        return accounts.findById(accountId).map(a -> a.summary(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(a -> a.summary(clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return username != null && accounts.existsByUsernameIgnoreCase(username.trim());
    }

    /** Checks a password against the rules; the message key says what is wrong. */
    public static void validatePassword(String raw) {
        if (raw == null || raw.length() < MIN_PASSWORD_LENGTH || raw.length() > MAX_PASSWORD_LENGTH) {
            throw new BusinessRuleException("error.account.password-length", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
        }
        if (!raw.chars().anyMatch(Character::isLetter) || !raw.chars().anyMatch(Character::isDigit)) {
            throw new BusinessRuleException("error.account.password-letters-digits");
        }
    }

    public static void validateUsername(String username) {
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            throw new BusinessRuleException("error.account.username-format");
        }
    }

    private Account find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("error.account.not-found"));
    }

    private String actorName() {
        return authenticatedUser.get().map(CurrentUser::username).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
