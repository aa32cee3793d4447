package com.scenehub.voucher;

import java.time.Instant;
import java.util.List;

/**
 * The result of re-adding the whole ledger: accounts and transfers checked, and every discrepancy
 * found (a translation key {@code voucher.integrity.<kind>} with its arguments).
 */
public record IntegrityReport(Instant checkedAt, long accounts, long transfers, List<Discrepancy> discrepancies) {

    public boolean clean() {
        return discrepancies.isEmpty();
    }

    public record Discrepancy(String kind, List<String> arguments) {
    }
}
