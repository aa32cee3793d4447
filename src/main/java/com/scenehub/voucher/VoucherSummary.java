package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A voucher with its current balance (the value not yet reserved, spent or expired). */
public record VoucherSummary(Long id, Long programmeId, String programmeName, Long holderId, BigDecimal faceValue,
        BigDecimal balance, VoucherChannel channel, VoucherStatus status, Instant issuedAt, LocalDate validUntil) {
}
