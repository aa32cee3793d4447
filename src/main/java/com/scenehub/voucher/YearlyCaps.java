package com.scenehub.voucher;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly cap counters ({@link CapUsage}). Lock order: cap rows (ascending enterprise id) are
 * always taken before any ledger account, never after.
 */
@Component
class YearlyCaps {

    @PersistenceContext
    private EntityManager em;

    private final TransactionTemplate newTx;

    YearlyCaps(PlatformTransactionManager transactionManager) {
        this.newTx = new TransactionTemplate(transactionManager);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes the counter rows that do not exist yet, each in its own short transaction (two callers
     * making the same row: one wins, the other finds it). Called when a claim or issue found a row
     * missing, before it tries again.
     */
    void ensure(Collection<Long> enterpriseIds, int year) {
        for (Long id : new TreeSet<>(enterpriseIds)) {
            try {
                newTx.executeWithoutResult(s -> {
                    if (em.find(CapUsage.class, new CapUsage.Key(id, year)) == null) {
                        em.persist(new CapUsage(id, year));
                        em.flush();
                    }
                });
            } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException made) {
                // Another transaction made it first (perhaps not committed yet: the caller tries again).
            }
        }
    }

    /** Thrown inside a transaction that needs cap rows not made yet; the caller ensures them and retries. */
    static final class MissingRows extends RuntimeException {
        final Set<Long> enterpriseIds;
        final int year;

        MissingRows(Set<Long> enterpriseIds, int year) {
            super("Cap rows missing for " + enterpriseIds + " in " + year, null, false, false);
            this.enterpriseIds = enterpriseIds;
            this.year = year;
        }
    }

    /** Locks the members' rows (ascending id) and returns what the group received this year. */
    @Transactional(propagation = Propagation.MANDATORY)
    BigDecimal lockGroup(Collection<Long> members, int year, Map<Long, CapUsage> lockedRows) {
        BigDecimal used = Money.ZERO;
        Set<Long> missing = new TreeSet<>();
        for (Long id : new TreeSet<>(members)) {
            CapUsage row = lockedRows.get(id);
            if (row == null) {
                row = em.find(CapUsage.class, new CapUsage.Key(id, year), LockModeType.PESSIMISTIC_WRITE);
                if (row == null) {
                    missing.add(id);
                    continue;
                }
                lockedRows.put(id, row);
            }
            used = used.add(row.getIssued());
        }
        if (!missing.isEmpty()) {
            throw new MissingRows(missing, year);
        }
        return used;
    }

    /** Locks the rows of several groups at once in one ascending order. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, CapUsage> lockAll(Collection<Long> members, int year) {
        Map<Long, CapUsage> rows = new TreeMap<>();
        lockGroup(members, year, rows);
        return rows;
    }

    /** Every counter, for the integrity check. */
    List<CapUsage> all() {
        return em.createQuery("select c from CapUsage c", CapUsage.class).getResultList();
    }
}
