package com.scenehub.selection;

import java.time.Instant;

/** An objection during the notice period and the manager's resolution on record. */
public record ObjectionView(Long id, String filedBy, String text, Instant filedAt, Boolean upheld, String resolution,
        String resolvedBy, Instant resolvedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
