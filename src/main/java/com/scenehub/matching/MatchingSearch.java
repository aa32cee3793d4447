package com.scenehub.matching;

import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search with the matching analysis (Chinese segmentation, English stemming, synonyms).
 * {@link #search} is for the public portal: published records only, whoever asks.
 * {@link #searchAsCurrentUser} adds the user's own unpublished records (all records for staff), and
 * never another organisation's unpublished ones.
 */
@Service
public class MatchingSearch {

    static final Set<MatchKind> PUBLISHED_KINDS = Set.of(MatchKind.SUPPLY_ITEM, MatchKind.OPPORTUNITY, MatchKind.PROVIDER);
    static final int DEFAULT_LIMIT = 20;

    private final MatchingEngine engine;
    private final MatchExplainer explainer;
    private final AuthenticatedUser authenticatedUser;

    MatchingSearch(MatchingEngine engine, MatchExplainer explainer, AuthenticatedUser authenticatedUser) {
        this.engine = engine;
        this.explainer = explainer;
        this.authenticatedUser = authenticatedUser;
    }

    /** Published supply items, providers and opportunities for the public portal, explained in {@code locale}. */
    @Transactional(readOnly = true)
    public List<ExplainedMatch> search(String query, SearchFilters filters, Locale locale) {
        return search(query, filters, locale, DEFAULT_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ExplainedMatch> search(String query, SearchFilters filters, Locale locale, int limit) {
        MatchQuery q = MatchQuery.text(query, PUBLISHED_KINDS, MatchQuery.Access.publicOnly(), filters);
        return engine.rank(q, clamp(limit)).stream().map(r -> explainer.explained(r, locale)).toList();
    }

    /** Search as the signed-in user: published records, plus the user's organisation's own; staff see all. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ExplainedMatch> searchAsCurrentUser(String query, SearchFilters filters, Locale locale, int limit) {
        CurrentUser user = authenticatedUser.require();
        MatchQuery.Access access = user.hasAnyRole(Roles.MANAGER, Roles.EXPERT) ? MatchQuery.Access.staff()
                : user.organisationId() == null ? MatchQuery.Access.publicOnly()
                : MatchQuery.Access.organisation(user.organisationId());
        MatchQuery q = MatchQuery.text(query, Set.of(), access, filters);
        return engine.rank(q, clamp(limit)).stream().map(r -> explainer.explained(r, locale)).toList();
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MatchingService.MAX_LIMIT, limit));
    }
}
