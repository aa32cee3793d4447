package com.scenehub.voucher;

/** A programme's life: drafted, open for claims and use, closed. */
public enum ProgrammeStatus {
    DRAFT, OPEN, CLOSED
}
