package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One account of a programme's ledger. Its balance changes only through {@link Ledger}, under a
 * row lock, in the same transaction as the transfer that explains the change.
 */
@Entity
@Table(name = "ledger_account")
class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountKind kind;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "opening_balance", nullable = false)
    private BigDecimal openingBalance;

    @Column(nullable = false)
    private BigDecimal balance;

    protected LedgerAccount() {
    }

    LedgerAccount(Long programmeId, AccountKind kind, Long ownerId, BigDecimal opening) {
        this.programmeId = programmeId;
        this.kind = kind;
        this.ownerId = ownerId;
        this.openingBalance = Money.of(opening);
        this.balance = Money.of(opening);
    }

    void debit(BigDecimal amount) {
        if (balance.compareTo(amount) < 0) {
            throw new IllegalStateException("Account " + id + " would go below zero");
        }
        balance = balance.subtract(amount);
    }

    void credit(BigDecimal amount) {
        balance = balance.add(amount);
    }

    /** A budget change of an open programme: opening and balance move together (never below zero). */
    void adjustOpening(BigDecimal delta) {
        if (balance.add(delta).signum() < 0 || openingBalance.add(delta).signum() < 0) {
            throw new IllegalStateException("Budget below what is already issued");
        }
        openingBalance = openingBalance.add(delta);
        balance = balance.add(delta);
    }

    Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    AccountKind getKind() {
        return kind;
    }

    Long getOwnerId() {
        return ownerId;
    }

    BigDecimal getBalance() {
        return balance;
    }

    BigDecimal getOpeningBalance() {
        return openingBalance;
    }
}
