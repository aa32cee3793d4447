package com.scenehub.matching;

import java.util.List;

/** A ranked result with its reasons written out in the reader's language. */
public record ExplainedMatch(MatchResult match, List<String> explanation) {
}
