package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One movement of value between two accounts. Append-only. */
@Entity
@Immutable
@Table(name = "ledger_transfer")
class LedgerTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_transfer_seq")
    @SequenceGenerator(name = "ledger_transfer_seq", sequenceName = "ledger_transfer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "from_account_id", nullable = false)
    private Long fromAccountId;

    @Column(name = "to_account_id", nullable = false)
    private Long toAccountId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "idempotency_key", nullable = false, length = 120)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransferReason reason;

    @Column(name = "voucher_id")
    private Long voucherId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerTransfer() {
    }

    LedgerTransfer(LedgerAccount from, LedgerAccount to, BigDecimal amount, String idempotencyKey,
            TransferReason reason, Long voucherId, Long orderId, String actor, Instant createdAt) {
        this.programmeId = from.getProgrammeId();
        this.fromAccountId = from.getId();
        this.toAccountId = to.getId();
        this.amount = amount;
        this.idempotencyKey = idempotencyKey;
        this.reason = reason;
        this.voucherId = voucherId;
        this.orderId = orderId;
        this.actor = actor;
        this.createdAt = createdAt;
    }

    TransferView view(AccountKind fromKind, AccountKind toKind) {
        return new TransferView(id, fromAccountId, fromKind, toAccountId, toKind, amount, reason, idempotencyKey,
                voucherId, orderId, actor, createdAt);
    }

    Long getId() {
        return id;
    }

    Long getVoucherId() {
        return voucherId;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getFromAccountId() {
        return fromAccountId;
    }

    Long getToAccountId() {
        return toAccountId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    TransferReason getReason() {
        return reason;
    }
}
