package com.scenehub.matching;

import java.time.Instant;
import java.util.List;

/** A synonym group as views and the API see it. */
public record SynonymGroup(Long id, List<String> terms, String note, boolean active, String updatedBy,
        Instant updatedAt) {
}
