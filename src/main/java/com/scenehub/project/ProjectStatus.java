package com.scenehub.project;

/** DESIGN §5.6-5.7: {@code DRAFT → SIGNED → IN_PROGRESS → ACCEPTANCE → COMPLETED}, or TERMINATED. */
public enum ProjectStatus {
    DRAFT, SIGNED, IN_PROGRESS, ACCEPTANCE, COMPLETED, TERMINATED;

    public boolean isOpen() {
        return this == SIGNED || this == IN_PROGRESS || this == ACCEPTANCE;
    }
}
