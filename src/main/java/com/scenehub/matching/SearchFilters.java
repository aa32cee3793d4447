package com.scenehub.matching;

import java.util.Set;

/** Hard filters of a search (null or empty means any). */
public record SearchFilters(Set<MatchKind> kinds, String sceneField, String industryField, String zoneArea) {

    public SearchFilters {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static SearchFilters none() {
        return new SearchFilters(Set.of(), null, null, null);
    }

    public static SearchFilters of(MatchKind... kinds) {
        return new SearchFilters(Set.of(kinds), null, null, null);
    }
}
