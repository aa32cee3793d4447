package com.scenehub.matching;

import java.util.List;

/**
 * A provider ranked for a context: its best-matching listed items, best first (its provider document
 * when it matched as a whole but none of its items reached the candidate pool).
 */
public record ProviderMatch(Long organisationId, String name, int score, List<MatchResult> items) {

    public MatchResult best() {
        return items.getFirst();
    }
}
