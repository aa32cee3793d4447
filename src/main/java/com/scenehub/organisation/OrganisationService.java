package com.scenehub.organisation;

import com.scenehub.security.AccountService;
import com.scenehub.security.NewAccount;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, verification and look-ups of organisations. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final AccountService accounts;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, AccountService accounts,
            AuthenticatedUser authenticatedUser, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Public self-registration: the organisation (pending verification) and its first account,
     * both or neither.
     */
    @Transactional
    public OrganisationSummary register(OrganisationRegistration registration, Locale locale) {
        return register(registration, locale, false);
    }

    /** Registration used by the demo zone loader, which marks its records as demo data. */
    @Transactional
    public OrganisationSummary register(OrganisationRegistration registration, Locale locale, boolean demo) {
        Map<String, String> problems = RegistrationRules.problems(registration);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems.values().iterator().next());
        }
        if (accounts.usernameTaken(registration.username())) {
            throw new BusinessRuleException("error.account.username-taken", registration.username().trim());
        }
        Organisation organisation = organisations.save(new Organisation(registration, demo, clock.instant()));
        accounts.openAccount(new NewAccount(registration.username(), registration.password(),
                registration.contactName(), registration.contactEmail(), organisation.getId(),
                new TreeSet<>(registration.roles()), locale, demo));
        events.publishEvent(new OrganisationRegistered(organisation.getId(), organisation.getName()));
        return organisation.summary();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OrganisationSummary verify(Long organisationId) {
        Organisation organisation = find(organisationId);
        String manager = authenticatedUser.require().username();
        organisation.verify(manager, clock.instant());
        events.publishEvent(new OrganisationVerified(organisation.getId(), organisation.getName(), manager));
        return organisation.summary();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OrganisationSummary reject(Long organisationId, String reason) {
        Organisation organisation = find(organisationId);
        String manager = authenticatedUser.require().username();
        organisation.reject(manager, reason, clock.instant());
        events.publishEvent(new OrganisationRejected(organisation.getId(), organisation.getName(),
                reason.trim(), manager));
        return organisation.summary();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<OrganisationSummary> pending() {
        return organisations.findByStatusOrderByCreatedAt(OrganisationStatus.PENDING).stream()
                .map(Organisation::summary).toList();
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByName().stream().map(Organisation::summary).toList();
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return organisations.countByStatus(OrganisationStatus.PENDING);
    }

    /** Any organisation by id, for display and checks in other modules. */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findSummary(Long organisationId) {
        return organisationId == null ? Optional.empty()
                : organisations.findById(organisationId).map(Organisation::summary);
    }

    /** Refuses unless the organisation is verified (DESIGN §4: verified before it may act). */
    @Transactional(readOnly = true)
    public void requireVerified(Long organisationId) {
        Organisation organisation = organisationId == null ? null : organisations.findById(organisationId).orElse(null);
        if (organisation == null || organisation.getStatus() != OrganisationStatus.VERIFIED) {
            throw new BusinessRuleException("error.organisation.not-verified");
        }
    }

    /** Verified organisations that applied for a role, e.g. all verified providers. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> verifiedWithRole(String role) {
        return organisations.findVerifiedWithRole(role).stream().map(Organisation::summary).toList();
    }

    /** The organisation and every organisation related to it (DESIGN §4). */
    @Transactional(readOnly = true)
    public Set<Long> relatedOrganisationIds(Long organisationId) {
        Organisation organisation = find(organisationId);
        Set<Long> related = new TreeSet<>();
        related.add(organisationId);
        organisations.findRelatedCandidates(organisationId, organisation.getCreditCode(),
                        organisation.getLegalRepresentative(), organisation.getContactPhone(),
                        organisation.getContactEmail())
                .stream().filter(organisation::isRelatedTo).forEach(o -> related.add(o.getId()));
        return related;
    }

    /**
     * For each verified organisation among {@code organisationIds}: itself and the organisations related
     * to it, as {@link #relatedOrganisationIds} finds them, in two queries for all (a voucher claim batch
     * checks many enterprises at once). Organisations that are not verified, or do not exist, are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Set<Long>> relatedGroupsOfVerified(java.util.Collection<Long> organisationIds) {
        List<Organisation> verified = organisations.findAllById(organisationIds).stream()
                .filter(o -> o.getStatus() == OrganisationStatus.VERIFIED).toList();
        java.util.Map<Long, Set<Long>> groups = new java.util.HashMap<>();
        if (verified.isEmpty()) {
            return groups;
        }
        // keeps every IN list non-empty; blank values are never added, and isRelatedTo ignores blanks
        String none = "";
        Set<String> creditCodes = new java.util.HashSet<>(Set.of(none));
        Set<String> representatives = new java.util.HashSet<>(Set.of(none));
        Set<String> phones = new java.util.HashSet<>(Set.of(none));
        Set<String> emails = new java.util.HashSet<>(Set.of(none));
        for (Organisation o : verified) {
            addIfPresent(creditCodes, o.getCreditCode());
            addIfPresent(representatives, o.getLegalRepresentative());
            addIfPresent(phones, o.getContactPhone());
            addIfPresent(emails, o.getContactEmail() == null ? null : o.getContactEmail().toLowerCase(java.util.Locale.ROOT));
        }
        List<Organisation> candidates = organisations.findRelatedCandidatesOfAny(creditCodes, representatives, phones,
                emails);
        for (Organisation o : verified) {
            Set<Long> related = new TreeSet<>();
            related.add(o.getId());
            candidates.stream().filter(o::isRelatedTo).forEach(c -> related.add(c.getId()));
            groups.put(o.getId(), related);
        }
        return groups;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    @Transactional(readOnly = true)
    public boolean areRelated(Long first, Long second) {
        if (first == null || second == null) {
            return false;
        }
        return first.equals(second) || relatedOrganisationIds(first).contains(second);
    }

    @Transactional(readOnly = true)
    public boolean demoDataPresent() {
        return organisations.existsByDemoTrue();
    }

    private Organisation find(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("error.organisation.not-found"));
    }
}
