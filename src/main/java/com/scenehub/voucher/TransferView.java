package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.Instant;

/** One ledger movement as the history view shows it. */
public record TransferView(Long id, Long fromAccountId, AccountKind fromKind, Long toAccountId, AccountKind toKind,
        BigDecimal amount, TransferReason reason, String idempotencyKey, Long voucherId, Long orderId, String actor,
        Instant at) {
}
