package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The events the voucher module publishes (after commit, its listener sends notifications). */
public final class VoucherEvents {

    private VoucherEvents() {
    }

    public record VoucherIssued(Long voucherId, Long holderId, BigDecimal amount, String programmeName,
            LocalDate validUntil) {
    }

    public record VoucherExpiring(Long voucherId, Long holderId, BigDecimal balance, LocalDate validUntil, int days) {
    }

    public record OrderPlaced(Long orderId, Long agencyId, String itemTitle, BigDecimal voucherAmount) {
    }

    public record OrderAccepted(Long orderId, Long enterpriseId, String itemTitle) {
    }

    public record RedemptionFiled(Long redemptionId, Long orderId, BigDecimal amount) {
    }

    public record RedemptionApproved(Long redemptionId, Long agencyId, BigDecimal amount) {
    }

    public record RedemptionRejected(Long redemptionId, Long agencyId, Long enterpriseId, String reason) {
    }

    public record PaymentMade(Long redemptionId, Long agencyId, BigDecimal amount, String reference,
            LocalDate paymentDate) {
    }
}
