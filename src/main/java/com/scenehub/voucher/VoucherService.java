package com.scenehub.voucher;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.VoucherEvents.VoucherExpiring;
import com.scenehub.voucher.VoucherEvents.VoucherIssued;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmes, issuing and claiming vouchers, expiry and reminders (DESIGN §7). Every change of value
 * goes through the {@link Ledger}; a repeated request (same request key) returns the earlier result.
 */
@Service
public class VoucherService {

    static final long PROGRAMME_OWNER = 0L;

    private final ProgrammeRepository programmes;
    private final VoucherRepository vouchers;
    private final LedgerAccountRepository accounts;
    private final LedgerTransferRepository transfers;
    private final HistoryRepository history;
    private final Ledger ledger;
    private final BudgetShards shards;
    private final YearlyCaps caps;
    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    VoucherService(ProgrammeRepository programmes, VoucherRepository vouchers, LedgerAccountRepository accounts,
            LedgerTransferRepository transfers, HistoryRepository history, Ledger ledger, BudgetShards shards,
            YearlyCaps caps, OrganisationService organisations, ReferenceDataService referenceData, AuthenticatedUser authenticatedUser,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${scenehub.voucher.claim-writer:true}") boolean claimWriterOn,
            @Value("${scenehub.voucher.claim-batch:32}") int claimBatch,
            @Value("${scenehub.voucher.claim-linger-micros:0}") long claimLingerMicros) {
        this.programmes = programmes;
        this.vouchers = vouchers;
        this.accounts = accounts;
        this.transfers = transfers;
        this.history = history;
        this.ledger = ledger;
        this.shards = shards;
        this.caps = caps;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.claimWriter = !claimWriterOn ? null : new ClaimWriter(new ClaimWriter.Processor() {
            @Override
            public Map<ClaimWriter.Request, Object> inOneTransaction(List<ClaimWriter.Request> batch) {
                return claimBatch(batch);
            }

            @Override
            public VoucherSummary alone(ClaimWriter.Request r) {
                return claimAlone(r.actor(), r.enterpriseId(), r.programmeId(), r.amount(), r.key());
            }
        }, claimBatch, java.time.Duration.ofNanos(claimLingerMicros * 1000),
                java.time.Duration.ofSeconds(30));
    }

    /** Null when claims run one per transaction in the caller's thread ({@code scenehub.voucher.claim-writer=false}). */
    private final ClaimWriter claimWriter;

    ClaimWriter claimWriter() {
        return claimWriter;
    }

    @PreDestroy
    void stopClaimWriter() {
        if (claimWriter != null) {
            claimWriter.stop();
        }
    }

    // ---------------------------------------------------------------- programmes

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProgrammeSummary createProgramme(ProgrammeForm form, String requestKey) {
        String actor = authenticatedUser.require().username();
        if (requestKey != null) {
            var earlier = programmes.findByRequestKey(requestKey);
            if (earlier.isPresent()) {
                return summary(earlier.get());
            }
        }
        validate(form);
        Programme programme = programmes.saveAndFlush(new Programme(form, requestKey, actor, clock.instant()));
        shards.open(programme, actor);
        ledger.open(programme.getId(), AccountKind.PAID, PROGRAMME_OWNER, BigDecimal.ZERO);
        record("PROGRAMME", programme.getId(), null, ProgrammeStatus.DRAFT.name(), actor, null);
        return summary(programme);
    }

    /**
     * Changes a programme's rules: freely while it is a draft, afterwards only with a recorded
     * reason, and never below the value already issued.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProgrammeSummary updateProgramme(Long programmeId, ProgrammeForm form, String reason) {
        String actor = authenticatedUser.require().username();
        Programme programme = find(programmeId);
        validate(form);
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            throw new BusinessRuleException("error.voucher.programme-closed");
        }
        boolean open = programme.getStatus() != ProgrammeStatus.DRAFT;
        if (open && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("error.voucher.change-reason-required");
        }
        if (form.year() != programme.getYear() && vouchers.existsByProgrammeId(programmeId)) {
            // The yearly caps count the programme's vouchers under its year.
            throw new BusinessRuleException("error.voucher.year-fixed");
        }
        BigDecimal delta = Money.of(form.totalBudget()).subtract(programme.getTotalBudget());
        if (delta.signum() != 0) {
            shards.adjust(programme, delta, actor, "u" + history.count());
        }
        programme.apply(form);
        record("PROGRAMME", programmeId, programme.getStatus().name(), programme.getStatus().name(), actor,
                open ? reason.trim() : "edit");
        return summary(programme);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProgrammeSummary openProgramme(Long programmeId) {
        String actor = authenticatedUser.require().username();
        Programme programme = find(programmeId);
        if (programme.getStatus() == ProgrammeStatus.OPEN) {
            return summary(programme);
        }
        programme.open();
        record("PROGRAMME", programmeId, ProgrammeStatus.DRAFT.name(), ProgrammeStatus.OPEN.name(), actor, null);
        return summary(programme);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProgrammeSummary closeProgramme(Long programmeId) {
        String actor = authenticatedUser.require().username();
        Programme programme = find(programmeId);
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            return summary(programme);
        }
        String from = programme.getStatus().name();
        programme.close();
        record("PROGRAMME", programmeId, from, ProgrammeStatus.CLOSED.name(), actor, null);
        return summary(programme);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmes() {
        authenticatedUser.require();
        return programmes.findAllByOrderByYearDescIdDesc().stream().map(this::summary).toList();
    }

    /** Programmes an enterprise can claim from today. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> claimable() {
        LocalDate today = LocalDate.now(clock);
        return programmes().stream().filter(p -> p.status() == ProgrammeStatus.OPEN
                && !today.isBefore(p.claimOpens()) && !today.isAfter(p.claimCloses())).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ProgrammeSummary programme(Long programmeId) {
        authenticatedUser.require();
        return summary(find(programmeId));
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<HistoryView> programmeHistory(Long programmeId) {
        return history.findBySubjectTypeAndSubjectIdOrderByIdAsc("PROGRAMME", programmeId).stream()
                .map(HistoryEntry::view).toList();
    }

    // ---------------------------------------------------------------- issue and claim

    /**
     * Issues a voucher of {@code faceValue} to each enterprise, all or none. A repeated request with
     * the same key returns the vouchers issued the first time.
     */
    @RolesAllowed(Roles.MANAGER)
    public List<VoucherSummary> issue(Long programmeId, List<Long> enterpriseIds, BigDecimal faceValue,
            String requestKey) {
        String actor = authenticatedUser.require().username();
        requireKey(requestKey);
        if (enterpriseIds == null || enterpriseIds.isEmpty()) {
            throw new BusinessRuleException("error.voucher.no-enterprises");
        }
        return withCapRows(ensureFirst -> issueOnce(programmeId, enterpriseIds, faceValue, requestKey, actor,
                ensureFirst));
    }

    private List<VoucherSummary> issueOnce(Long programmeId, List<Long> enterpriseIds, BigDecimal faceValue,
            String requestKey, String actor, boolean ensureFirst) {
        Programme programme = find(programmeId);
        BigDecimal amount = Money.of(faceValue);
        List<Long> targets = List.copyOf(new TreeSet<>(enterpriseIds));
        String firstKey = "issue:" + requestKey + ":" + targets.getFirst();
        if (ledger.applied(firstKey)) {
            return earlier(targets.stream().map(id -> "issue:" + requestKey + ":" + id).toList());
        }
        LocalDate today = LocalDate.now(clock);
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            throw new BusinessRuleException("error.voucher.programme-closed");
        }
        if (today.isAfter(programme.getUseDeadline())) {
            throw new BusinessRuleException("error.voucher.programme-ended");
        }
        requireFaceValue(programme, amount);
        Map<Long, Set<Long>> groups = new java.util.HashMap<>();
        Set<Long> members = new TreeSet<>();
        for (Long enterpriseId : targets) {
            OrganisationSummary enterprise = organisations.findSummary(enterpriseId)
                    .orElseThrow(() -> new NotFoundException("error.organisation.not-found"));
            if (!enterprise.verified() || !enterprise.appliedRoles().contains(Roles.ENTERPRISE)) {
                throw new BusinessRuleException("error.voucher.enterprise-not-eligible", enterprise.name());
            }
            groups.put(enterpriseId, organisations.relatedOrganisationIds(enterpriseId));
            members.addAll(groups.get(enterpriseId));
        }
        if (ensureFirst) {
            caps.ensure(members, programme.getYear());
        }
        // Lock order: cap rows, then ledger accounts (shards, then the new voucher accounts).
        Map<Long, CapUsage> capRows = caps.lockAll(members, programme.getYear());
        List<LedgerAccount> budget = shards.lockAll(programmeId);
        if (ledger.applied(firstKey)) {
            return earlier(targets.stream().map(id -> "issue:" + requestKey + ":" + id).toList());
        }
        BigDecimal total = amount.multiply(BigDecimal.valueOf(targets.size()));
        BigDecimal available = budget.stream().map(LedgerAccount::getBalance).reduce(Money.ZERO, BigDecimal::add);
        if (available.compareTo(total) < 0) {
            throw new BusinessRuleException("error.voucher.budget-exhausted", available);
        }
        List<VoucherSummary> issued = new ArrayList<>();
        for (Long enterpriseId : targets) {
            requireWithinCap(programme, caps.lockGroup(groups.get(enterpriseId), programme.getYear(), capRows), amount,
                    enterpriseId);
            NewVoucher made = newVoucher(programme, enterpriseId, amount, VoucherChannel.ISSUED, actor);
            Voucher voucher = made.voucher();
            shards.takeFrom(budget, made.account(), amount,
                    "issue:" + requestKey + ":" + enterpriseId, TransferReason.ISSUE, voucher.getId(), actor);
            capRows.get(enterpriseId).add(amount);
            issued.add(voucher.summary(amount, programme.getName()));
            events.publishEvent(new VoucherIssued(voucher.getId(), enterpriseId, amount, programme.getName(),
                    voucher.getValidUntil()));
        }
        return issued;
    }

    /**
     * Runs a claim or issue in a transaction; if a yearly cap row it needs does not exist yet, makes
     * it (in its own short transaction) and runs again. Inside a caller's transaction, makes the
     * rows first instead (a failed attempt would spoil the caller's transaction).
     */
    private <T> T withCapRows(java.util.function.Function<Boolean, T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.apply(true);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> work.apply(false));
            } catch (YearlyCaps.MissingRows missing) {
                if (attempt == 5) {
                    throw new IllegalStateException(missing.getMessage());
                }
                if (attempt > 1) {
                    // Another transaction made the row and has not committed yet.
                    try {
                        Thread.sleep(10L * attempt);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                caps.ensure(missing.enterpriseIds, missing.year);
            }
        }
    }

    /**
     * The signed-in enterprise claims a voucher, first come first served while budget remains and
     * up to its (related group's) yearly cap. Outside a transaction the claim is queued for the
     * group-commit writer ({@link ClaimWriter}); the role check and the enterprise are settled here,
     * in the caller's thread.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public VoucherSummary claim(Long programmeId, BigDecimal faceValue, String requestKey) {
        CurrentUser user = authenticatedUser.require();
        requireKey(requestKey);
        Long enterpriseId = requireOrganisation(user);
        String key = "claim:" + requestKey;
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Inside a caller's transaction a failed insert would spoil it: look the key up first.
            if (ledger.applied(key)) {
                return earlier(List.of(key)).getFirst();
            }
            return withCapRows(ensureFirst -> claimOnce(user.username(), enterpriseId, programmeId, faceValue, key,
                    ensureFirst));
        }
        if (claimWriter != null) {
            return claimWriter.claim(user.username(), enterpriseId, programmeId, faceValue, key);
        }
        return claimAlone(user.username(), enterpriseId, programmeId, faceValue, key);
    }

    /** One claim in its own transaction. */
    private VoucherSummary claimAlone(String actor, Long enterpriseId, Long programmeId, BigDecimal faceValue,
            String key) {
        try {
            return withCapRows(ensureFirst -> claimOnce(actor, enterpriseId, programmeId, faceValue, key, ensureFirst));
        } catch (RuntimeException refusedOrDuplicate) {
            // No idempotency select on the way in: a repeated key fails on the transfer's unique key
            // (or is refused, e.g. budget or cap used up since); if the key was applied, the earlier
            // result is the answer.
            if (ledger.applied(key)) {
                return tx.execute(s -> earlier(List.of(key)).getFirst());
            }
            throw refusedOrDuplicate;
        }
    }

    /** What a claim needs of a programme, cached per programme version (read with the budget snapshot). */
    private record ClaimRules(long version, ProgrammeStatus status, LocalDate claimOpens, LocalDate claimCloses,
            List<BigDecimal> faceValues, int year, BigDecimal enterpriseCap, String name, LocalDate useDeadline) {

        static ClaimRules of(Programme p) {
            return new ClaimRules(p.getVersion(), p.getStatus(), p.getClaimOpens(), p.getClaimCloses(),
                    List.copyOf(p.faceValueList()), p.getYear(), p.getEnterpriseCap(), p.getName(),
                    p.getUseDeadline());
        }
    }

    private final java.util.concurrent.ConcurrentMap<Long, ClaimRules> claimRules =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The programme's claim rules valid for the version read in this transaction's snapshot. */
    private ClaimRules rules(Long programmeId, Ledger.Snapshot snap) {
        ClaimRules rules = claimRules.get(programmeId);
        if (rules == null || snap.programmeVersion() == null || rules.version() != snap.programmeVersion()) {
            Programme programme = find(programmeId);
            rules = ClaimRules.of(programme);
            if (snap.programmeVersion() != null && rules.version() == snap.programmeVersion()) {
                claimRules.put(programmeId, rules);
            }
        }
        return rules;
    }

    /** Refuses a claim the programme's rules do not allow today (no lock needed). */
    private void requireClaimable(ClaimRules rules, BigDecimal amount) {
        if (rules.status() != ProgrammeStatus.OPEN) {
            throw new BusinessRuleException("error.voucher.programme-not-open");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(rules.claimOpens()) || today.isAfter(rules.claimCloses())) {
            throw new BusinessRuleException("error.voucher.claim-window", rules.claimOpens(), rules.claimCloses());
        }
        requireFaceValue(rules.faceValues(), amount);
    }

    /**
     * One claim. Everything that needs no lock comes first (checks, the budget snapshot that refuses
     * early when the whole programme has too little); then the group's cap rows are locked, and a
     * budget shard taken; the voucher, its account, history row and transfer are inserted at the
     * commit. A repeated key fails on the transfer's unique key (see {@link #claimAlone}).
     */
    private VoucherSummary claimOnce(String actor, Long enterpriseId, Long programmeId, BigDecimal faceValue,
            String key, boolean ensureFirst) {
        organisations.requireVerified(enterpriseId);
        Ledger.Snapshot snap = ledger.budgetSnapshot(programmeId);
        ClaimRules rules = rules(programmeId, snap);
        BigDecimal amount = Money.of(faceValue);
        requireClaimable(rules, amount);
        List<long[]> snapshot = snap.shards();
        BigDecimal available = shards.available(snapshot);
        if (available.compareTo(amount) < 0) {
            // The committed budget is too small at this moment: refused without taking any lock.
            throw new BusinessRuleException("error.voucher.budget-exhausted", available);
        }
        Set<Long> group = organisations.relatedOrganisationIds(enterpriseId);
        if (ensureFirst) {
            caps.ensure(group, rules.year());
        }
        Map<Long, CapUsage> capRows = new java.util.TreeMap<>();
        BigDecimal used = caps.lockGroup(group, rules.year(), capRows);
        requireWithinCap(rules.enterpriseCap(), used, amount, enterpriseId);
        NewVoucher made = newVoucher(programmeId, rules.useDeadline(), enterpriseId, amount, VoucherChannel.CLAIMED,
                actor);
        Voucher voucher = made.voucher();
        shards.take(programmeId, snapshot, made.account(), amount, key, TransferReason.CLAIM, voucher.getId(), actor);
        capRows.get(enterpriseId).add(amount);
        return voucher.summary(amount, rules.name());
    }

    /** Test hook: runs inside a claim batch before each claim's transfer (a failure here is unexpected). */
    private volatile java.util.function.Consumer<String> beforeBatchedTransfer = key -> {
    };

    void beforeBatchedTransfer(java.util.function.Consumer<String> hook) {
        beforeBatchedTransfer = hook;
    }

    /** A programme as seen by one batch: its rules, committed shards, and the shards the batch holds. */
    private static final class BatchProgramme {
        final ClaimRules rules;
        final List<long[]> snapshot;
        final List<LedgerAccount> held = new ArrayList<>();
        final Set<Long> heldIds = new java.util.HashSet<>();
        /** Cents of each held shard promised to claims of the batch (moved when the transfers are made). */
        final Map<Long, Long> reserved = new java.util.HashMap<>();
        long availableCents;

        BatchProgramme(ClaimRules rules, List<long[]> snapshot) {
            this.rules = rules;
            this.snapshot = snapshot;
            this.availableCents = snapshot.stream().mapToLong(s -> s[1]).sum();
        }
    }

    /** A claim of a batch that passed the lock-free checks. */
    private record Checked(ClaimWriter.Request request, BatchProgramme programme, Set<Long> group, BigDecimal amount) {
    }

    /** Runs a batch in one transaction (retried when cap rows had to be made first). */
    private Map<ClaimWriter.Request, Object> claimBatch(List<ClaimWriter.Request> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> claimBatchOnce(batch));
            } catch (YearlyCaps.MissingRows missing) {
                if (attempt == 5) {
                    throw new IllegalStateException(missing.getMessage());
                }
                caps.ensure(missing.enterpriseIds, missing.year);
            }
        }
    }

    /**
     * The claims of a batch, each with its own checks, cap and shard locks, voucher and transfer key,
     * in one transaction. Nothing here throws for a single claim: a refusal is that claim's answer and
     * is decided before the claim changes anything. Lock order as for one claim: first the cap rows of
     * every claim (by year, then ascending enterprise id), then budget shards, which are only taken
     * with {@code skip locked} (never waiting while the batch holds other shards). A claim that finds
     * no free shard, or repeats a key of the same batch, runs again on its own after the commit.
     */
    private Map<ClaimWriter.Request, Object> claimBatchOnce(List<ClaimWriter.Request> batch) {
        Map<ClaimWriter.Request, Object> outcomes = new java.util.IdentityHashMap<>();
        Set<String> applied = ledger.appliedAmong(batch.stream().map(ClaimWriter.Request::key).toList());
        Set<String> seen = new java.util.HashSet<>();
        Map<Long, BatchProgramme> programmesSeen = new java.util.HashMap<>();
        List<Checked> checked = new ArrayList<>();
        Map<Integer, Set<Long>> membersByYear = new java.util.TreeMap<>();
        // verification and related groups of all the batch's enterprises in two queries, not two per claim
        Map<Long, Set<Long>> groups = organisations.relatedGroupsOfVerified(
                batch.stream().map(ClaimWriter.Request::enterpriseId).collect(java.util.stream.Collectors.toSet()));
        for (ClaimWriter.Request r : batch) {
            if (applied.contains(r.key())) {
                outcomes.put(r, earlier(List.of(r.key())).getFirst());
                continue;
            }
            if (!seen.add(r.key())) {
                outcomes.put(r, ClaimWriter.ALONE);
                continue;
            }
            try {
                Set<Long> group = groups.get(r.enterpriseId());
                if (group == null) {
                    throw new BusinessRuleException("error.organisation.not-verified");
                }
                BatchProgramme programme = programmesSeen.get(r.programmeId());
                if (programme == null) {
                    Ledger.Snapshot snap = ledger.budgetSnapshot(r.programmeId());
                    programme = new BatchProgramme(rules(r.programmeId(), snap), snap.shards());
                    programmesSeen.put(r.programmeId(), programme);
                }
                BigDecimal amount = Money.of(r.amount());
                requireClaimable(programme.rules, amount);
                membersByYear.computeIfAbsent(programme.rules.year(), y -> new TreeSet<>()).addAll(group);
                checked.add(new Checked(r, programme, group, amount));
            } catch (BusinessRuleException refused) {
                outcomes.put(r, refused);
            }
        }
        Map<Integer, Map<Long, CapUsage>> capRows = new java.util.HashMap<>();
        List<Granted> granted = new ArrayList<>();
        membersByYear.forEach((year, members) -> capRows.put(year, caps.lockAll(members, year)));
        for (Checked c : checked) {
            ClaimWriter.Request r = c.request();
            BatchProgramme programme = c.programme();
            ClaimRules rules = programme.rules;
            long cents = Money.cents(c.amount());
            try {
                if (programme.availableCents < cents) {
                    throw new BusinessRuleException("error.voucher.budget-exhausted",
                            Money.ofCents(programme.availableCents));
                }
                Map<Long, CapUsage> rows = capRows.get(rules.year());
                BigDecimal used = c.group().stream().map(m -> rows.get(m).getIssued())
                        .reduce(Money.ZERO, BigDecimal::add);
                requireWithinCap(rules.enterpriseCap(), used, c.amount(), r.enterpriseId());
            } catch (BusinessRuleException refused) {
                outcomes.put(r, refused);
                continue;
            }
            LedgerAccount shard = shardFor(programme, c.amount());
            if (shard == null) {
                outcomes.put(r, ClaimWriter.ALONE);
                continue;
            }
            programme.reserved.merge(shard.getId(), cents, Long::sum);
            programme.availableCents -= cents;
            capRows.get(rules.year()).get(r.enterpriseId()).add(c.amount());
            granted.add(new Granted(c, shard));
        }
        // Rows of one kind are persisted together so that their inserts go out as JDBC batches (ADR 0008).
        List<Voucher> made = new ArrayList<>(granted.size());
        for (Granted g : granted) {
            ClaimWriter.Request r = g.claim().request();
            made.add(vouchers.save(new Voucher(r.programmeId(), r.enterpriseId(), g.claim().amount(),
                    VoucherChannel.CLAIMED, clock.instant(), r.actor(), g.claim().programme().rules.useDeadline())));
        }
        List<LedgerAccount> heldIn = new ArrayList<>(granted.size());
        for (Voucher voucher : made) {
            LedgerAccount account = ledger.open(voucher.getProgrammeId(), AccountKind.VOUCHER, voucher.getId(),
                    BigDecimal.ZERO);
            voucher.heldIn(account.getId());
            heldIn.add(account);
        }
        for (int i = 0; i < granted.size(); i++) {
            record("VOUCHER", made.get(i).getId(), null, VoucherStatus.ACTIVE.name(),
                    granted.get(i).claim().request().actor(), VoucherChannel.CLAIMED.name());
        }
        for (int i = 0; i < granted.size(); i++) {
            Granted g = granted.get(i);
            ClaimWriter.Request r = g.claim().request();
            Voucher voucher = made.get(i);
            beforeBatchedTransfer.accept(r.key());
            ledger.transfer(g.shard(), heldIn.get(i), g.claim().amount(), r.key(), TransferReason.CLAIM,
                    voucher.getId(), null, r.actor());
            outcomes.put(r, voucher.summary(g.claim().amount(), g.claim().programme().rules.name()));
        }
        return outcomes;
    }

    /** A claim of a batch that passed every check and has its shard. */
    private record Granted(Checked claim, LedgerAccount shard) {
    }

    /**
     * A budget shard holding at least {@code amount} for a claim of the batch: one the batch already
     * holds, else a free one ({@code skip locked}, never waits); null if there is none.
     */
    private LedgerAccount shardFor(BatchProgramme programme, BigDecimal amount) {
        long cents = Money.cents(amount);
        for (LedgerAccount shard : programme.held) {
            if (Money.cents(shard.getBalance()) - programme.reserved.getOrDefault(shard.getId(), 0L) >= cents) {
                return shard;
            }
        }
        int n = programme.snapshot.size();
        if (n == 0) {
            return null;
        }
        int start = java.util.concurrent.ThreadLocalRandom.current().nextInt(n);
        for (int i = 0; i < n; i++) {
            long[] candidate = programme.snapshot.get((start + i) % n);
            if (candidate[1] < cents || programme.heldIds.contains(candidate[0])) {
                continue;
            }
            var locked = ledger.tryLock(candidate[0], amount);
            if (locked.isPresent()) {
                programme.held.add(locked.get());
                programme.heldIds.add(candidate[0]);
                return locked.get();
            }
        }
        return null;
    }

    /** How much more the signed-in enterprise (with its related group) may still receive this programme year. */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional(readOnly = true)
    public BigDecimal remainingCap(Long programmeId) {
        Long enterpriseId = requireOrganisation(authenticatedUser.require());
        Programme programme = find(programmeId);
        BigDecimal used = vouchers.issuedToGroup(organisations.relatedOrganisationIds(enterpriseId), programme.getYear());
        return programme.getEnterpriseCap().subtract(used).max(Money.ZERO);
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional(readOnly = true)
    public List<VoucherSummary> myVouchers() {
        Long enterpriseId = requireOrganisation(authenticatedUser.require());
        Map<Long, String> names = new java.util.HashMap<>();
        return vouchers.findByHolderIdOrderByValidUntilAscIdAsc(enterpriseId).stream()
                .map(v -> voucherSummary(v, names.computeIfAbsent(v.getProgrammeId(), id -> find(id).getName())))
                .toList();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<VoucherSummary> vouchersOf(Long programmeId) {
        String name = find(programmeId).getName();
        return vouchers.findByProgrammeIdOrderByIdAsc(programmeId).stream().map(v -> voucherSummary(v, name)).toList();
    }

    /** Verified enterprises a manager can issue to. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<OrganisationSummary> eligibleEnterprises() {
        return organisations.verifiedWithRole(Roles.ENTERPRISE);
    }

    // ---------------------------------------------------------------- expiry and reminders

    /**
     * Expires every voucher past its use deadline: the unused value returns to the programme budget.
     * Each voucher in its own transaction; safe to run twice or on two nodes at once.
     */
    @RolesAllowed(Roles.MANAGER)
    public int expireDue() {
        String actor = authenticatedUser.require().username();
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (Long voucherId : vouchers.dueForExpiry(today)) {
            Boolean moved = tx.execute(s -> expireOne(voucherId, today, actor));
            if (Boolean.TRUE.equals(moved)) {
                expired++;
            }
        }
        return expired;
    }

    private boolean expireOne(Long voucherId, LocalDate today, String actor) {
        Voucher voucher = vouchers.findById(voucherId).orElseThrow();
        if (voucher.usableOn(today)) {
            return false;
        }
        Long budgetId = shards.returnShard(voucher.getProgrammeId(), voucherId);
        Map<Long, LedgerAccount> locked = ledger.lock(List.of(voucher.getAccountId(), budgetId));
        LedgerAccount account = locked.get(voucher.getAccountId());
        BigDecimal remaining = account.getBalance();
        if (remaining.signum() > 0) {
            long n = transfers.countByVoucherAndReason(voucherId, TransferReason.EXPIRE);
            ledger.transfer(account, locked.get(budgetId), remaining, "expire:" + voucherId + ":" + n,
                    TransferReason.EXPIRE, voucherId, null, actor);
        }
        if (voucher.getStatus() == VoucherStatus.ACTIVE) {
            voucher.expire();
            record("VOUCHER", voucherId, VoucherStatus.ACTIVE.name(), VoucherStatus.EXPIRED.name(), actor,
                    remaining.toPlainString());
        }
        return remaining.signum() > 0;
    }

    /** Reminds holders 30 and 7 days before their vouchers' use deadline; each reminder once. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public int sendReminders() {
        authenticatedUser.require();
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Long id : vouchers.dueFor7DayReminder(today, today.plusDays(7))) {
            sent += remind(id, today, 7);
        }
        for (Long id : vouchers.dueFor30DayReminder(today, today.plusDays(30))) {
            sent += remind(id, today, 30);
        }
        return sent;
    }

    private int remind(Long voucherId, LocalDate today, int window) {
        Voucher voucher = vouchers.findById(voucherId).orElseThrow();
        BigDecimal balance = accounts.balanceOf(voucher.getAccountId());
        voucher.reminded(window);
        int days = (int) ChronoUnit.DAYS.between(today, voucher.getValidUntil());
        events.publishEvent(new VoucherExpiring(voucherId, voucher.getHolderId(), balance, voucher.getValidUntil(), days));
        return 1;
    }

    // ---------------------------------------------------------------- helpers

    /** Inserts a voucher and its (empty, so far unlocked) account; the caller moves the value in. */
    private record NewVoucher(Voucher voucher, LedgerAccount account) {
    }

    private NewVoucher newVoucher(Programme programme, Long holderId, BigDecimal amount, VoucherChannel channel,
            String actor) {
        return newVoucher(programme.getId(), programme.getUseDeadline(), holderId, amount, channel, actor);
    }

    private NewVoucher newVoucher(Long programmeId, LocalDate useDeadline, Long holderId, BigDecimal amount,
            VoucherChannel channel, String actor) {
        Voucher voucher = vouchers.save(new Voucher(programmeId, holderId, amount, channel,
                clock.instant(), actor, useDeadline));
        LedgerAccount account = ledger.open(programmeId, AccountKind.VOUCHER, voucher.getId(), BigDecimal.ZERO);
        voucher.heldIn(account.getId());
        record("VOUCHER", voucher.getId(), null, VoucherStatus.ACTIVE.name(), actor, channel.name());
        return new NewVoucher(voucher, account);
    }

    private void requireWithinCap(Programme programme, BigDecimal used, BigDecimal amount, Long enterpriseId) {
        requireWithinCap(programme.getEnterpriseCap(), used, amount, enterpriseId);
    }

    private void requireWithinCap(BigDecimal cap, BigDecimal used, BigDecimal amount, Long enterpriseId) {
        if (used.add(amount).compareTo(cap) > 0) {
            String name = organisations.findSummary(enterpriseId).map(OrganisationSummary::name).orElse("");
            throw new BusinessRuleException("error.voucher.cap-exceeded", name, cap.subtract(used).max(Money.ZERO));
        }
    }

    private static void requireFaceValue(Programme programme, BigDecimal amount) {
        requireFaceValue(programme.faceValueList(), amount);
    }

    private static void requireFaceValue(List<BigDecimal> faceValues, BigDecimal amount) {
        if (!Money.positive(amount)) {
            throw new BusinessRuleException("error.voucher.amount-positive");
        }
        if (faceValues.stream().noneMatch(v -> v.compareTo(amount) == 0)) {
            throw new BusinessRuleException("error.voucher.face-value");
        }
    }

    private static void requireKey(String requestKey) {
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 80) {
            throw new IllegalArgumentException("A request key (1-80 characters) is required");
        }
    }

    static Long requireOrganisation(CurrentUser user) {
        if (user.organisationId() == null) {
            throw new AccessDeniedException("error.voucher.no-organisation");
        }
        return user.organisationId();
    }

    private List<VoucherSummary> earlier(List<String> keys) {
        return keys.stream().map(k -> transfers.findByIdempotencyKey(k)
                        .orElseThrow(() -> new BusinessRuleException("error.voucher.request-conflict")))
                .map(t -> vouchers.findById(t.getVoucherId()).orElseThrow())
                .map(v -> voucherSummary(v, find(v.getProgrammeId()).getName())).toList();
    }

    VoucherSummary voucherSummary(Voucher voucher, String programmeName) {
        return voucher.summary(accounts.balanceOf(voucher.getAccountId()), programmeName);
    }

    private void validate(ProgrammeForm form) {
        if (form.year() < 2000 || form.year() > 2100) {
            throw new BusinessRuleException("error.voucher.year");
        }
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            throw new BusinessRuleException("error.voucher.name-required");
        }
        if (!Money.positive(form.totalBudget()) || !Money.positive(form.enterpriseCap())) {
            throw new BusinessRuleException("error.voucher.amount-positive");
        }
        if (form.faceValues() == null || form.faceValues().isEmpty()) {
            throw new BusinessRuleException("error.voucher.face-values-required");
        }
        for (BigDecimal value : form.faceValues()) {
            if (!Money.positive(value) || value.compareTo(form.enterpriseCap()) > 0
                    || value.compareTo(form.totalBudget()) > 0) {
                throw new BusinessRuleException("error.voucher.face-value-range");
            }
        }
        if (form.faceValues().size() > 10) {
            throw new BusinessRuleException("error.voucher.face-values-required");
        }
        if (form.coverage() == null || form.coverage().isEmpty()) {
            throw new BusinessRuleException("error.voucher.categories-required");
        }
        for (var entry : form.coverage().entrySet()) {
            if (!referenceData.isActive(ReferenceKind.VOUCHER_CATEGORY, entry.getKey())) {
                throw new BusinessRuleException("error.voucher.category-unknown", entry.getKey());
            }
            BigDecimal ratio = entry.getValue();
            if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw new BusinessRuleException("error.voucher.coverage-range");
            }
        }
        if (form.claimOpens() == null || form.claimCloses() == null || form.useDeadline() == null
                || form.redemptionDeadline() == null) {
            throw new BusinessRuleException("error.voucher.dates-required");
        }
        if (form.claimOpens().isAfter(form.claimCloses()) || form.claimCloses().isAfter(form.useDeadline())
                || !form.useDeadline().isBefore(form.redemptionDeadline())) {
            throw new BusinessRuleException("error.voucher.dates-order");
        }
    }

    Programme find(Long programmeId) {
        return programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("error.voucher.programme-not-found"));
    }

    ProgrammeSummary summary(Programme programme) {
        return programme.summary(accounts.sumBalances(programme.getId(), AccountKind.PROGRAMME_BUDGET));
    }

    void record(String type, Long id, String from, String to, String actor, String note) {
        history.save(new HistoryEntry(type, id, from, to, actor, clock.instant(), note));
    }
}
