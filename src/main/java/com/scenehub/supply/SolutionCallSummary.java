package com.scenehub.supply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A call for solutions. */
public record SolutionCallSummary(Long id, String theme, String description, List<String> sceneFields,
        List<String> industryFields, LocalDate deadline, boolean closed, String openedBy, Instant createdAt) {

    /** Open for items: not closed and the deadline (inclusive) not passed. */
    public boolean openOn(LocalDate today) {
        return !closed && !today.isAfter(deadline);
    }
}
