package com.scenehub.matching;

import java.util.List;

/**
 * One part of why a result ranks where it does, as a translation key (matching.reason.*) and its
 * arguments. Arguments of the field, chain and zone reasons are reference-data codes; the UI and the
 * API turn them into names in the reader's language ({@link MatchExplainer}).
 */
public record Reason(String key, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
