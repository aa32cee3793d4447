package com.scenehub.project;

import java.time.Instant;

/** One recorded change of a project: who, when, what, from and to, and a note or reason. */
public record ProjectHistoryEntry(Instant at, String actor, String action, ProjectStatus from, ProjectStatus to,
        String note) {
}
