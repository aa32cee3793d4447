package com.scenehub.voucher;

/** A redemption claim's life. */
public enum RedemptionStatus {
    FILED, APPROVED, REJECTED, PAID
}
