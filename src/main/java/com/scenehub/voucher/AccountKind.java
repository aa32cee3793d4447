package com.scenehub.voucher;

/** The kinds of ledger account of a programme. */
public enum AccountKind {
    PROGRAMME_BUDGET, VOUCHER, RESERVATION, AGENCY_PAYABLE, PAID
}
