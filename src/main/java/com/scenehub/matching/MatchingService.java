package com.scenehub.matching;

import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked matches where people act on them (DESIGN §6): listed supply items and providers for an
 * opportunity or a requirement (managers, experts, the demand enterprise that owns it), open
 * opportunities for a provider, and invitations to apply.
 */
@Service
public class MatchingService {

    static final int MAX_LIMIT = 50;
    private static final int PROVIDER_QUERY_CHARS = 3000;
    private static final Set<MatchKind> CONTEXT_KINDS = Set.of(MatchKind.OPPORTUNITY, MatchKind.REQUIREMENT);

    private final MatchDocumentRepository documents;
    private final MatchInvitationRepository invitations;
    private final MatchingEngine engine;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchingService(MatchDocumentRepository documents, MatchInvitationRepository invitations, MatchingEngine engine,
            AuthenticatedUser authenticatedUser, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.invitations = invitations;
        this.engine = engine;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    /** Listed supply items ranked for an opportunity or a requirement. */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public List<MatchResult> itemsFor(MatchKind contextKind, Long contextId, int limit) {
        MatchDocument context = readableContext(contextKind, contextId);
        return engine.rank(queryFor(context), clamp(limit));
    }

    /**
     * Providers ranked for an opportunity or a requirement: by the better of their provider document
     * (profile, all listed items and track record together, so a provider whose items each answer part
     * of the need counts as a whole) and their best listed item; each with its best-matching items.
     */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public List<ProviderMatch> providersFor(MatchKind contextKind, Long contextId, int limit) {
        MatchDocument context = readableContext(contextKind, contextId);
        MatchQuery query = queryFor(context).withKinds(Set.of(MatchKind.SUPPLY_ITEM, MatchKind.PROVIDER));
        Map<Long, MatchResult> profiles = new LinkedHashMap<>();
        Map<Long, List<MatchResult>> items = new LinkedHashMap<>();
        for (MatchResult result : engine.rank(query, MatchingEngine.POOL)) {
            Long owner = result.ownerOrganisationId();
            if (owner == null) {
                continue;
            }
            if (result.kind() == MatchKind.PROVIDER) {
                profiles.putIfAbsent(owner, result);
            } else {
                items.computeIfAbsent(owner, k -> new ArrayList<>()).add(result);
            }
        }
        Set<Long> owners = new java.util.LinkedHashSet<>(profiles.keySet());
        owners.addAll(items.keySet());
        return owners.stream()
                .map(owner -> providerMatch(profiles.get(owner), items.getOrDefault(owner, List.of())))
                .sorted(java.util.Comparator.comparingInt(ProviderMatch::score).reversed())
                .limit(clamp(limit))
                .toList();
    }

    private static ProviderMatch providerMatch(MatchResult profile, List<MatchResult> items) {
        MatchResult best = items.isEmpty() ? profile : items.getFirst();
        int score = Math.max(profile == null ? 0 : profile.score(), best.score());
        List<MatchResult> shown = items.isEmpty() ? List.of(profile) : List.copyOf(items.subList(0, Math.min(3, items.size())));
        return new ProviderMatch(best.ownerOrganisationId(), best.ownerName(), score, shown);
    }

    /** The title of a context the current user may read (for page headings). */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public String contextTitle(MatchKind contextKind, Long contextId) {
        return readableContext(contextKind, contextId).getTitle();
    }

    /** Open (published) opportunities ranked for the current user's organisation, from its supply items. */
    @RolesAllowed(Roles.PROVIDER)
    @Transactional(readOnly = true)
    public List<MatchResult> opportunitiesForMe(int limit) {
        CurrentUser user = authenticatedUser.require();
        if (user.organisationId() == null) {
            return List.of();
        }
        return opportunitiesFor(user.organisationId(), limit);
    }

    /** Open opportunities ranked for a provider (managers and experts, e.g. to invite it). */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<MatchResult> opportunitiesForProvider(Long providerOrganisationId, int limit) {
        return opportunitiesFor(providerOrganisationId, limit);
    }

    private List<MatchResult> opportunitiesFor(Long providerId, int limit) {
        List<MatchDocument> items = documents.findByKindAndOwnerOrganisationId(MatchKind.SUPPLY_ITEM, providerId);
        if (items.isEmpty()) {
            // a provider without items of its own is matched from its profile document
            documents.findByKindAndSourceId(MatchKind.PROVIDER, providerId).ifPresent(items::add);
        }
        if (items.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        Set<String> scenes = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        Set<String> chains = new LinkedHashSet<>();
        BigDecimal lowestPrice = null;
        String zone = null;
        for (MatchDocument item : items) {
            if (text.length() < PROVIDER_QUERY_CHARS) {
                text.append(item.getTitle()).append('\n').append(item.getBody() == null ? "" : item.getBody()).append('\n');
            }
            scenes.addAll(item.getSceneFieldCodes());
            fields.addAll(item.getIndustryFieldCodes());
            chains.addAll(item.getIndustryChainCodes());
            BigDecimal price = item.getAmountMin() != null ? item.getAmountMin() : item.getAmountMax();
            if (price != null && (lowestPrice == null || price.compareTo(lowestPrice) < 0)) {
                lowestPrice = price;
            }
            zone = zone == null ? item.getZoneArea() : zone;
        }
        String queryText = text.length() > PROVIDER_QUERY_CHARS ? text.substring(0, PROVIDER_QUERY_CHARS) : text.toString();
        MatchQuery query = new MatchQuery(queryText, scenes, fields, chains, zone, lowestPrice, lowestPrice, true,
                Set.of(MatchKind.OPPORTUNITY), MatchQuery.Access.publicOnly(), null, providerId);
        return engine.rank(query, clamp(limit));
    }

    /** Invites a ranked provider to apply; the provider's accounts are notified. Once per provider and context. */
    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE})
    @Transactional
    public void invite(MatchKind contextKind, Long contextId, Long supplyItemId) {
        CurrentUser user = authenticatedUser.require();
        MatchDocument context = readableContext(contextKind, contextId);
        if (!user.hasRole(Roles.MANAGER) && !Objects.equals(user.organisationId(), context.getOwnerOrganisationId())) {
            throw new AccessDeniedException("error.matching.not-yours");
        }
        MatchDocument item = documents.findByKindAndSourceId(MatchKind.SUPPLY_ITEM, supplyItemId)
                .filter(d -> d.getVisibility() == Visibility.PUBLIC)
                .orElseThrow(() -> new NotFoundException("error.matching.item-not-found"));
        Long providerId = item.getOwnerOrganisationId();
        if (providerId == null || providerId.equals(context.getOwnerOrganisationId())) {
            throw new BusinessRuleException("error.matching.cannot-invite-self");
        }
        if (invitations.existsByContextKindAndContextIdAndProviderOrganisationId(contextKind, contextId, providerId)) {
            throw new BusinessRuleException("error.matching.already-invited", item.getOwnerName());
        }
        invitations.save(new MatchInvitation(contextKind, contextId, context.getTitle(), providerId, supplyItemId,
                user.username(), clock.instant()));
        events.publishEvent(new ProviderInvited(contextKind, contextId, context.getTitle(), providerId, supplyItemId,
                item.getTitle(), user.username()));
    }

    /** The providers already invited for a context. */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public Set<Long> invitedProviders(MatchKind contextKind, Long contextId) {
        readableContext(contextKind, contextId);
        return invitations.findByContextKindAndContextId(contextKind, contextId).stream()
                .map(MatchInvitation::getProviderOrganisationId).collect(Collectors.toSet());
    }

    /** The query that ranks supply items for a requirement or an opportunity. */
    static MatchQuery queryFor(MatchDocument context) {
        String text = context.getTitle() + "\n" + (context.getBody() == null ? "" : context.getBody());
        return new MatchQuery(text, context.getSceneFieldCodes(), context.getIndustryFieldCodes(),
                context.getIndustryChainCodes(), context.getZoneArea(), context.getAmountMin(), context.getAmountMax(),
                false, Set.of(MatchKind.SUPPLY_ITEM), MatchQuery.Access.publicOnly(), null,
                context.getOwnerOrganisationId());
    }

    private MatchDocument readableContext(MatchKind contextKind, Long contextId) {
        if (!CONTEXT_KINDS.contains(contextKind)) {
            throw new NotFoundException("error.matching.context-not-found");
        }
        CurrentUser user = authenticatedUser.require();
        MatchDocument context = documents.findByKindAndSourceId(contextKind, contextId)
                .orElseThrow(() -> new NotFoundException("error.matching.context-not-found"));
        boolean staff = user.hasAnyRole(Roles.MANAGER, Roles.EXPERT);
        if (!staff && (user.organisationId() == null
                || !user.organisationId().equals(context.getOwnerOrganisationId()))) {
            throw new AccessDeniedException("error.matching.not-yours");
        }
        return context;
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
