package com.scenehub.opportunity;

import java.time.Instant;
import java.util.List;

/** A public correction of a published opportunity (更正公告). */
public record CorrigendumSummary(Long id, Long opportunityId, int number, String reason, List<CorrigendumChange> changes,
        Instant publishedAt, String publishedBy) {
}
