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
import java.time.LocalDate;

/**
 * A voucher held by an enterprise. Its value lives in its ledger account; its status changes only
 * while that account is locked (expiry), so it needs no version of its own.
 */
@Entity
@Table(name = "voucher")
class Voucher {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voucher_seq")
    @SequenceGenerator(name = "voucher_seq", sequenceName = "voucher_seq", allocationSize = 50)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "holder_id", nullable = false)
    private Long holderId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "face_value", nullable = false)
    private BigDecimal faceValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoucherChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoucherStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "reminded_30", nullable = false)
    private boolean reminded30;

    @Column(name = "reminded_7", nullable = false)
    private boolean reminded7;

    protected Voucher() {
    }

    Voucher(Long programmeId, Long holderId, BigDecimal faceValue, VoucherChannel channel,
            Instant issuedAt, String issuedBy, LocalDate validUntil) {
        this.programmeId = programmeId;
        this.holderId = holderId;
        this.faceValue = faceValue;
        this.channel = channel;
        this.status = VoucherStatus.ACTIVE;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.validUntil = validUntil;
    }

    void heldIn(Long accountId) {
        this.accountId = accountId;
    }

    boolean usableOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    void expire() {
        status = VoucherStatus.EXPIRED;
    }

    void reminded(int days) {
        if (days <= 7) {
            reminded7 = true;
        }
        reminded30 = true;
    }

    VoucherSummary summary(BigDecimal balance, String programmeName) {
        return new VoucherSummary(id, programmeId, programmeName, holderId, faceValue, balance, channel, status,
                issuedAt, validUntil);
    }

    Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    Long getHolderId() {
        return holderId;
    }

    Long getAccountId() {
        return accountId;
    }

    BigDecimal getFaceValue() {
        return faceValue;
    }

    VoucherStatus getStatus() {
        return status;
    }

    LocalDate getValidUntil() {
        return validUntil;
    }

    boolean isReminded30() {
        return reminded30;
    }

    boolean isReminded7() {
        return reminded7;
    }
}
