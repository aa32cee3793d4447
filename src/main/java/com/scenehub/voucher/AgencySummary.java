package com.scenehub.voucher;

/** A voucher agency and whether it may take new orders. */
public record AgencySummary(Long id, String name, boolean verified, boolean suspended, String suspensionReason,
        long catalogueItems) {
}
