package com.scenehub.records;

import java.time.Instant;

/** One recorded state change: who, when, from which status to which, and why (DESIGN §5). */
public record StatusChange(Instant at, String actor, String fromStatus, String toStatus, String reason) {
}
