package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double-entry ledger. Every movement of value is a {@link LedgerTransfer} between two
 * accounts of one programme; balances change in the same transaction, on rows locked with
 * {@code select ... for update} in ascending id order (so two transactions never wait on each
 * other in a circle). The schema's {@code balance >= 0} check and the unique idempotency key are
 * the last line of defence.
 */
@Component
class Ledger {

    private static final Object HELD = new Object();

    @PersistenceContext
    private EntityManager em;

    private final LedgerAccountRepository accounts;
    private final LedgerTransferRepository transfers;
    private final Clock clock;

    Ledger(LedgerAccountRepository accounts, LedgerTransferRepository transfers, Clock clock) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    LedgerAccount open(Long programmeId, AccountKind kind, Long ownerId, BigDecimal opening) {
        LedgerAccount account = new LedgerAccount(programmeId, kind, ownerId, opening);
        em.persist(account); // identity column: inserted now, no flush of the whole context needed
        held().add(account.getId());
        return account;
    }

    /** The account, opened empty if it does not exist yet. Call while holding a lock that serialises its makers. */
    @Transactional(propagation = Propagation.MANDATORY)
    Long findOrOpen(Long programmeId, AccountKind kind, Long ownerId) {
        return accounts.findId(programmeId, kind, ownerId)
                .orElseGet(() -> open(programmeId, kind, ownerId, BigDecimal.ZERO).getId());
    }

    Long accountId(Long programmeId, AccountKind kind, Long ownerId) {
        return accounts.findId(programmeId, kind, ownerId)
                .orElseThrow(() -> new IllegalStateException("No " + kind + " account " + ownerId));
    }

    /** Locks the accounts (ascending id) and returns them with their current balances. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, LedgerAccount> lock(Collection<Long> accountIds) {
        Map<Long, LedgerAccount> locked = new LinkedHashMap<>();
        for (Long id : new TreeSet<>(accountIds)) {
            // Accounts are only ever loaded here inside a writing transaction (others read ids), so
            // this select ... for update returns the committed balance.
            LedgerAccount account = em.find(LedgerAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (account == null) {
                throw new IllegalStateException("No account " + id);
            }
            locked.put(id, account);
            held().add(id);
        }
        return locked;
    }

    /** Accounts this transaction has locked (or made, which holds the new row's lock until commit). */
    @SuppressWarnings("unchecked")
    private static Set<Long> held() {
        Object existing = TransactionSynchronizationManager.getResource(HELD);
        if (existing != null) {
            return (Set<Long>) existing;
        }
        Set<Long> set = new HashSet<>();
        TransactionSynchronizationManager.bindResource(HELD, set);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
            }
        });
        return set;
    }

    /**
     * The programme's budget shards (its {@code PROGRAMME_BUDGET} accounts, owner 0..K-1) with their
     * committed balances, by owner: a snapshot read without locks, to choose a shard and to refuse
     * early when the whole programme has too little.
     */
    List<long[]> budgetShards(Long programmeId) {
        List<Object[]> rows = em.createQuery("select a.id, a.balance from LedgerAccount a where a.programmeId = ?1 "
                + "and a.kind = ?2 order by a.ownerId", Object[].class)
                .setParameter(1, programmeId).setParameter(2, AccountKind.PROGRAMME_BUDGET).getResultList();
        List<long[]> shards = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            shards.add(new long[] {(Long) row[0], Money.cents((BigDecimal) row[1])});
        }
        return shards;
    }

    /** The budget shards (as {@link #budgetShards}) and the programme's version, read in one statement. */
    record Snapshot(List<long[]> shards, Long programmeVersion) {
    }

    Snapshot budgetSnapshot(Long programmeId) {
        List<Object[]> rows = em.createQuery("select a.id, a.balance, p.version from LedgerAccount a, Programme p "
                        + "where p.id = a.programmeId and a.programmeId = ?1 and a.kind = ?2 order by a.ownerId",
                        Object[].class)
                .setParameter(1, programmeId).setParameter(2, AccountKind.PROGRAMME_BUDGET).getResultList();
        List<long[]> shards = new ArrayList<>(rows.size());
        Long version = null;
        for (Object[] row : rows) {
            shards.add(new long[] {(Long) row[0], Money.cents((BigDecimal) row[1])});
            version = ((Number) row[2]).longValue();
        }
        return new Snapshot(shards, version);
    }

    /**
     * Locks the account if no other transaction holds it and it holds at least {@code minimum};
     * never waits ({@code for update skip locked}), so it may be called while holding other locks.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<LedgerAccount> tryLock(Long accountId, BigDecimal minimum) {
        // Call before the account is loaded in this transaction: the row comes fresh from the database.
        @SuppressWarnings("unchecked")
        List<LedgerAccount> hit = em.createNativeQuery("select * from ledger_account where id = ?1 and balance >= ?2 "
                        + "for update skip locked", LedgerAccount.class)
                .setParameter(1, accountId).setParameter(2, minimum)
                // The row is not changed in this transaction before it is locked here: no auto-flush.
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        held().add(accountId);
        return Optional.of(hit.getFirst());
    }

    /** Which of these keys have been applied (one statement for a whole claim batch). */
    Set<String> appliedAmong(Collection<String> idempotencyKeys) {
        return new HashSet<>(em.createQuery("select t.idempotencyKey from LedgerTransfer t where t.idempotencyKey in ?1",
                        String.class).setParameter(1, idempotencyKeys).getResultList());
    }

    boolean applied(String idempotencyKey) {
        return transfers.existsByIdempotencyKey(idempotencyKey);
    }

    /** Moves value between two locked accounts of one programme. */
    @Transactional(propagation = Propagation.MANDATORY)
    void transfer(LedgerAccount from, LedgerAccount to, BigDecimal amount, String idempotencyKey,
            TransferReason reason, Long voucherId, Long orderId, String actor) {
        if (!Money.positive(amount)) {
            throw new BusinessRuleException("error.voucher.amount-positive");
        }
        if (!from.getProgrammeId().equals(to.getProgrammeId())) {
            throw new IllegalStateException("Transfers stay inside one programme");
        }
        if (!held().contains(from.getId()) || !held().contains(to.getId())) {
            throw new IllegalStateException("Lock both accounts before a transfer");
        }
        if (from.getBalance().compareTo(amount) < 0) {
            throw new BusinessRuleException("error.voucher.insufficient-balance");
        }
        from.debit(Money.of(amount));
        to.credit(Money.of(amount));
        transfers.save(new LedgerTransfer(from, to, Money.of(amount), idempotencyKey, reason, voucherId, orderId,
                actor, clock.instant()));
    }
}
