package com.scenehub.matching;

import java.time.Instant;
import java.util.List;

/** A synonym group or a translation as views and the API see it. */
public record SynonymGroup(Long id, SynonymKind kind, List<String> terms, String note, boolean active, String updatedBy,
        Instant updatedAt) {
}
