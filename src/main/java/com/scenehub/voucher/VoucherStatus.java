package com.scenehub.voucher;

/** A voucher is usable until its use deadline, then expired. */
public enum VoucherStatus {
    ACTIVE, EXPIRED
}
