package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An agency's redemption claim (兑付申请) for a delivered order, with its documents. */
@Entity
@Table(name = "voucher_redemption")
class Redemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    /** 1 for the first filing, then one more for each corrected claim after a rejection. */
    @Column(nullable = false)
    private int attempt;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RedemptionStatus status;

    @Column(name = "contract_file_id", nullable = false)
    private Long contractFileId;

    @Column(name = "invoice_file_id", nullable = false)
    private Long invoiceFileId;

    @Column(name = "delivery_file_id", nullable = false)
    private Long deliveryFileId;

    @Column(name = "filed_by", nullable = false, length = 64)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reject_reason", length = 1000)
    private String rejectReason;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "payment_date")
    private LocalDate paymentDate;

    @Column(name = "paid_by", length = 64)
    private String paidBy;

    protected Redemption() {
    }

    Redemption(VoucherOrder order, int attempt, Long contractFileId, Long invoiceFileId, Long deliveryFileId,
            String filedBy, Instant now) {
        this.attempt = attempt;
        this.programmeId = order.getProgrammeId();
        this.orderId = order.getId();
        this.agencyId = order.getAgencyId();
        this.amount = order.getVoucherAmount();
        this.status = RedemptionStatus.FILED;
        this.contractFileId = contractFileId;
        this.invoiceFileId = invoiceFileId;
        this.deliveryFileId = deliveryFileId;
        this.filedBy = filedBy;
        this.filedAt = now;
    }

    void approve(String by, Instant now) {
        if (status != RedemptionStatus.FILED) {
            throw new BusinessRuleException("error.voucher.redemption-state", status.name());
        }
        status = RedemptionStatus.APPROVED;
        decidedBy = by;
        decidedAt = now;
    }

    void reject(String reason, String by, Instant now) {
        if (status != RedemptionStatus.FILED) {
            throw new BusinessRuleException("error.voucher.redemption-state", status.name());
        }
        status = RedemptionStatus.REJECTED;
        rejectReason = reason;
        decidedBy = by;
        decidedAt = now;
    }

    void pay(String reference, LocalDate date, String by) {
        if (status != RedemptionStatus.APPROVED) {
            throw new BusinessRuleException("error.voucher.redemption-state", status.name());
        }
        status = RedemptionStatus.PAID;
        paymentReference = reference;
        paymentDate = date;
        paidBy = by;
    }

    RedemptionSummary summary(OrderSummary order) {
        return new RedemptionSummary(id, programmeId, orderId, agencyId, order == null ? "" : order.agencyName(),
                order == null ? "" : order.enterpriseName(), order == null ? "" : order.itemTitle(), amount, status,
                contractFileId, invoiceFileId, deliveryFileId, filedAt, decidedBy, rejectReason, paymentReference,
                paymentDate);
    }

    Long getId() {
        return id;
    }

    int getAttempt() {
        return attempt;
    }

    /** Whether a filing carries exactly this claim's documents (a repeated submit, not a correction). */
    boolean sameDocuments(Long contract, Long invoice, Long delivery) {
        return contractFileId.equals(contract) && invoiceFileId.equals(invoice) && deliveryFileId.equals(delivery);
    }

    Long getOrderId() {
        return orderId;
    }

    Long getAgencyId() {
        return agencyId;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    RedemptionStatus getStatus() {
        return status;
    }

    String getPaymentReference() {
        return paymentReference;
    }

    LocalDate getPaymentDate() {
        return paymentDate;
    }
}
