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
import java.util.Set;

/** An enterprise's order of a catalogue service, paid partly by vouchers (the reserved amount). */
@Entity
@Table(name = "voucher_order")
class VoucherOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "voucher_amount", nullable = false)
    private BigDecimal voucherAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "reservation_account_id")
    private Long reservationAccountId;

    @Column(name = "payment_proof_file_id")
    private Long paymentProofFileId;

    @Column(length = 1000)
    private String note;

    @Column(name = "request_key", length = 80)
    private String requestKey;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected VoucherOrder() {
    }

    VoucherOrder(Long programmeId, Long enterpriseId, CatalogueItem item, BigDecimal price, BigDecimal voucherAmount,
            String requestKey, String placedBy, Instant now) {
        this.programmeId = programmeId;
        this.enterpriseId = enterpriseId;
        this.agencyId = item.getAgencyId();
        this.itemId = item.getId();
        this.categoryCode = item.getCategoryCode();
        this.price = price;
        this.voucherAmount = voucherAmount;
        this.status = OrderStatus.PLACED;
        this.requestKey = requestKey;
        this.placedBy = placedBy;
        this.placedAt = now;
    }

    void reservedIn(Long accountId) {
        this.reservationAccountId = accountId;
    }

    private void require(Set<OrderStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new BusinessRuleException("error.voucher.order-state", status.name());
        }
    }

    void accept() {
        require(Set.of(OrderStatus.PLACED));
        status = OrderStatus.ACCEPTED;
    }

    void deliver(Instant now) {
        require(Set.of(OrderStatus.ACCEPTED));
        status = OrderStatus.DELIVERED;
        deliveredAt = now;
    }

    void confirm(Long proofFileId, Instant now) {
        require(Set.of(OrderStatus.DELIVERED));
        status = OrderStatus.CONFIRMED;
        paymentProofFileId = proofFileId;
        confirmedAt = now;
    }

    void cancel(String reason) {
        require(Set.of(OrderStatus.PLACED, OrderStatus.ACCEPTED));
        status = OrderStatus.CANCELLED;
        note = reason;
    }

    void claimed() {
        require(Set.of(OrderStatus.CONFIRMED));
        status = OrderStatus.CLAIMED;
    }

    /** A corrected redemption claim after a rejection: the order is claimed again. */
    void refiled() {
        require(Set.of(OrderStatus.REJECTED));
        status = OrderStatus.CLAIMED;
    }

    void redeemed() {
        require(Set.of(OrderStatus.CLAIMED));
        status = OrderStatus.REDEEMED;
    }

    void rejected(String reason) {
        require(Set.of(OrderStatus.CLAIMED));
        status = OrderStatus.REJECTED;
        note = reason;
    }

    void paid() {
        require(Set.of(OrderStatus.REDEEMED));
        status = OrderStatus.PAID;
    }

    Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    Long getEnterpriseId() {
        return enterpriseId;
    }

    Long getAgencyId() {
        return agencyId;
    }

    Long getItemId() {
        return itemId;
    }

    String getCategoryCode() {
        return categoryCode;
    }

    BigDecimal getPrice() {
        return price;
    }

    BigDecimal getVoucherAmount() {
        return voucherAmount;
    }

    OrderStatus getStatus() {
        return status;
    }

    Long getReservationAccountId() {
        return reservationAccountId;
    }

    Long getPaymentProofFileId() {
        return paymentProofFileId;
    }

    String getNote() {
        return note;
    }

    String getRequestKey() {
        return requestKey;
    }

    Instant getPlacedAt() {
        return placedAt;
    }
}
