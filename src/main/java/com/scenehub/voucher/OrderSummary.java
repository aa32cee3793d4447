package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as the enterprise, the agency and managers see it. */
public record OrderSummary(Long id, Long programmeId, Long enterpriseId, String enterpriseName, Long agencyId,
        String agencyName, Long itemId, String itemTitle, String categoryCode, BigDecimal price,
        BigDecimal voucherAmount, BigDecimal ownShare, OrderStatus status, String note, boolean paymentProof,
        Instant placedAt, Long redemptionId) {
}
