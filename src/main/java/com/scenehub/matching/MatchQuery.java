package com.scenehub.matching;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the engine ranks against: the context's text and structured signals, the kinds of candidate,
 * who is asking ({@link Access}) and hard filters. {@code budgetMin/budgetMax} is the context's
 * budget when candidates carry prices, or the provider's price range when candidates are
 * opportunities ({@code candidatesCarryBudget}).
 */
record MatchQuery(String text, Set<String> sceneFields, Set<String> industryFields, Set<String> industryChains,
        String zoneArea, BigDecimal budgetMin, BigDecimal budgetMax, boolean candidatesCarryBudget,
        Set<MatchKind> kinds, Access access, SearchFilters filters, Long excludeOwner) {

    MatchQuery {
        sceneFields = sceneFields == null ? Set.of() : Set.copyOf(sceneFields);
        industryFields = industryFields == null ? Set.of() : Set.copyOf(industryFields);
        industryChains = industryChains == null ? Set.of() : Set.copyOf(industryChains);
        filters = filters == null ? SearchFilters.none() : filters;
    }

    static MatchQuery text(String text, Set<MatchKind> kinds, Access access, SearchFilters filters) {
        return new MatchQuery(text, Set.of(), Set.of(), Set.of(), null, null, null, false, kinds, access, filters, null);
    }

    MatchQuery withKinds(Set<MatchKind> otherKinds) {
        return new MatchQuery(text, sceneFields, industryFields, industryChains, zoneArea, budgetMin, budgetMax,
                candidatesCarryBudget, otherKinds, access, filters, excludeOwner);
    }

    boolean structured() {
        return !sceneFields.isEmpty() || !industryFields.isEmpty() || zoneArea != null || budgetMax != null;
    }

    /** Who asks: staff see everything; an organisation sees what is public plus its own; the public what is public. */
    record Access(boolean everything, Long organisationId) {
        static Access publicOnly() {
            return new Access(false, null);
        }

        static Access staff() {
            return new Access(true, null);
        }

        static Access organisation(Long organisationId) {
            return new Access(false, organisationId);
        }
    }
}
