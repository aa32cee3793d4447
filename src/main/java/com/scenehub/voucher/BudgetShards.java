package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's budget lives in {@link #SHARDS} budget accounts (kind {@code PROGRAMME_BUDGET},
 * owner 0..K-1) so that claims of different enterprises lock different rows. The programme's budget
 * is the sum of its shards. Shard 0 carries the opening balance; the others are filled by
 * {@code ALLOCATE} transfers, so every shard's value is explained by the ledger.
 * <p>
 * A claim takes a random shard that holds enough and that nobody else holds ({@code skip locked});
 * if there is none, it locks every shard (ascending id) and takes from several, so a claim is never
 * refused while the programme as a whole has the value. Programmes made before sharding have one
 * shard and work unchanged.
 */
@Component
class BudgetShards {

    static final int SHARDS = 16;

    private final Ledger ledger;

    BudgetShards(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Opens the shards of a new programme and spreads the budget in multiples of its face values. */
    @Transactional(propagation = Propagation.MANDATORY)
    void open(Programme programme, String actor) {
        Long id = programme.getId();
        LedgerAccount first = ledger.open(id, AccountKind.PROGRAMME_BUDGET, 0L, programme.getTotalBudget());
        List<LedgerAccount> shards = new ArrayList<>(List.of(first));
        for (long owner = 1; owner < SHARDS; owner++) {
            shards.add(ledger.open(id, AccountKind.PROGRAMME_BUDGET, owner, BigDecimal.ZERO));
        }
        spread(programme, shards, "open", actor);
    }

    /** Moves value from the fullest shards to the emptier ones until they hold about the same, in face-value units. */
    private void spread(Programme programme, List<LedgerAccount> shards, String tag, String actor) {
        long unit = unit(programme);
        long total = shards.stream().mapToLong(s -> Money.cents(s.getBalance())).sum();
        long share = total / shards.size() / unit * unit;
        if (share == 0) {
            return;
        }
        List<LedgerAccount> donors = new ArrayList<>(shards);
        donors.sort(Comparator.comparing(LedgerAccount::getBalance).reversed());
        int n = 0;
        for (LedgerAccount to : shards) {
            long need = share - Money.cents(to.getBalance());
            for (LedgerAccount from : donors) {
                if (need <= 0) {
                    break;
                }
                long spare = Money.cents(from.getBalance()) - share;
                if (from == to || spare <= 0) {
                    continue;
                }
                long move = Math.min(spare, need);
                ledger.transfer(from, to, Money.ofCents(move), "allocate:" + programme.getId() + ":" + tag + ":" + n++,
                        TransferReason.ALLOCATE, null, null, actor);
                need -= move;
            }
        }
    }

    /** The greatest common divisor of the face values, in fen: shards hold whole vouchers. */
    private static long unit(Programme programme) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigDecimal face : programme.faceValueList()) {
            gcd = gcd.gcd(BigInteger.valueOf(Money.cents(face)));
        }
        return Math.max(1, gcd.longValue());
    }

    /** The programme's shards locked (ascending id), e.g. for issuing or a budget change. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<LedgerAccount> lockAll(Long programmeId) {
        List<Long> ids = ledger.budgetShards(programmeId).stream().map(s -> s[0]).toList();
        Map<Long, LedgerAccount> locked = ledger.lock(ids);
        return ids.stream().map(locked::get).toList();
    }

    /** What the committed shards hold together, read without locks. */
    BigDecimal available(List<long[]> snapshot) {
        return Money.ofCents(snapshot.stream().mapToLong(s -> s[1]).sum());
    }

    /**
     * Takes {@code amount} for a new voucher account (already locked by the caller): one shard without
     * waiting if possible, else all shards locked and several used. The first transfer carries
     * {@code key}, further ones {@code key:2}, {@code key:3} ...
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void take(Long programmeId, List<long[]> snapshot, LedgerAccount to, BigDecimal amount, String key,
            TransferReason reason, Long voucherId, String actor) {
        long cents = Money.cents(amount);
        int n = snapshot.size();
        int start = ThreadLocalRandom.current().nextInt(n);
        for (int i = 0; i < n; i++) {
            long[] shard = snapshot.get((start + i) % n);
            if (shard[1] < cents) {
                continue;
            }
            Optional<LedgerAccount> locked = ledger.tryLock(shard[0], amount);
            if (locked.isPresent()) {
                ledger.transfer(locked.get(), to, amount, key, reason, voucherId, null, actor);
                return;
            }
        }
        takeFrom(lockAll(programmeId), to, amount, key, reason, voucherId, actor);
    }

    /** Takes from locked shards, fullest first; refuses if together they hold too little. */
    @Transactional(propagation = Propagation.MANDATORY)
    void takeFrom(List<LedgerAccount> shards, LedgerAccount to, BigDecimal amount, String key, TransferReason reason,
            Long voucherId, String actor) {
        BigDecimal available = shards.stream().map(LedgerAccount::getBalance).reduce(Money.ZERO, BigDecimal::add);
        if (available.compareTo(amount) < 0) {
            throw new BusinessRuleException("error.voucher.budget-exhausted", available);
        }
        List<LedgerAccount> fullestFirst = new ArrayList<>(shards);
        fullestFirst.sort(Comparator.comparing(LedgerAccount::getBalance).reversed());
        BigDecimal left = amount;
        int part = 1;
        for (LedgerAccount shard : fullestFirst) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal move = shard.getBalance().min(left);
            if (move.signum() > 0) {
                ledger.transfer(shard, to, move, part == 1 ? key : key + ":" + part, reason, voucherId, null, actor);
                part++;
                left = left.subtract(move);
            }
        }
    }

    /** The shard that value of this voucher returns to (expiry, a release after expiry). */
    Long returnShard(Long programmeId, long salt) {
        List<long[]> shards = ledger.budgetShards(programmeId);
        return shards.get((int) Math.floorMod(salt, (long) shards.size()))[0];
    }

    /**
     * A budget change of an open programme: an increase goes to shard 0 and is spread, a decrease is
     * first gathered into shard 0 and taken from there (never below what is already issued).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void adjust(Programme programme, BigDecimal delta, String actor, String tag) {
        List<LedgerAccount> shards = lockAll(programme.getId());
        BigDecimal available = shards.stream().map(LedgerAccount::getBalance).reduce(Money.ZERO, BigDecimal::add);
        if (available.add(delta).signum() < 0) {
            throw new BusinessRuleException("error.voucher.budget-below-issued",
                    programme.getTotalBudget().subtract(available));
        }
        LedgerAccount first = shards.getFirst();
        if (delta.signum() < 0) {
            BigDecimal need = delta.negate().subtract(first.getBalance());
            int n = 0;
            for (LedgerAccount shard : shards.subList(1, shards.size())) {
                if (need.signum() <= 0) {
                    break;
                }
                BigDecimal move = shard.getBalance().min(need);
                if (move.signum() > 0) {
                    ledger.transfer(shard, first, move, "allocate:" + programme.getId() + ":" + tag + ":g" + n++,
                            TransferReason.ALLOCATE, null, null, actor);
                    need = need.subtract(move);
                }
            }
        }
        first.adjustOpening(delta);
        if (delta.signum() > 0) {
            spread(programme, shards, tag, actor);
        }
    }
}
