package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A redemption claim as agencies and managers see it. */
public record RedemptionSummary(Long id, Long programmeId, Long orderId, Long agencyId, String agencyName,
        String enterpriseName, String itemTitle, BigDecimal amount, RedemptionStatus status, Long contractFileId,
        Long invoiceFileId, Long deliveryFileId, Instant filedAt, String decidedBy, String rejectReason,
        String paymentReference, LocalDate paymentDate) {
}
