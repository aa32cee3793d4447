package com.scenehub.voucher;

import java.time.Instant;

/** A state change for the timeline: who, when, from, to, why. */
public record HistoryView(String subjectType, Long subjectId, String fromStatus, String toStatus, String actor,
        Instant at, String note) {
}
