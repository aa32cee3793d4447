package com.scenehub.voucher;

import com.scenehub.support.TestClock;
import static com.scenehub.voucher.VoucherFixture.key;
import static com.scenehub.voucher.VoucherFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seeded randomised model test: several threads run random issue, claim, reserve, release,
 * accept, deliver, confirm, redeem, reject, pay, expire and clock moves against one programme,
 * checking the ledger's invariants after every step, and at the end the whole ledger against a
 * model of what succeeded. The seed is printed, and repeated in any failure; rerun with
 * {@code -Dvoucher.seed=<seed>} (thread interleaving still varies).
 */
class VoucherModelCheck {

    static final long BUDGET = 3_000_000;
    static final long CAP = 200_000;
    static final long[] FACES = {10_000, 20_000, 50_000};

    private final VoucherService vouchers;
    private final VoucherOrderService orders;
    private final VoucherLedgerService ledger;
    private final FileStore files;
    private final VoucherFixture fx;
    private final SignedIn signedIn;
    private final TestClock clock;
    private final JdbcTemplate jdbc;

    private ProgrammeSummary programme;
    private final List<OrgAndUser> enterprises = new ArrayList<>();
    private final List<OrgAndUser> agencies = new ArrayList<>();
    private final List<CatalogueItemSummary> items = new ArrayList<>();
    private final Map<Long, Long> proofOf = new HashMap<>();
    private final Map<Long, List<Long>> documentsOf = new HashMap<>();
    private final Map<Long, Set<Long>> groups = new HashMap<>();
    private final List<OrderSummary> placed = new CopyOnWriteArrayList<>();
    private final List<Long> redemptions = new CopyOnWriteArrayList<>();
    private final Map<Long, BigDecimal> receivedByEnterprise = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    VoucherModelCheck(VoucherService vouchers, VoucherOrderService orders, VoucherLedgerService ledger,
            FileStore files, VoucherFixture fx, SignedIn signedIn, TestClock clock, JdbcTemplate jdbc) {
        this.vouchers = vouchers;
        this.orders = orders;
        this.ledger = ledger;
        this.files = files;
        this.fx = fx;
        this.signedIn = signedIn;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void run(long seed, int threads, int stepsPerThread) throws Exception {
        System.out.println("VoucherModelCheck seed=" + seed + " (rerun with -Dvoucher.seed=" + seed + ")");
        try {
            setUp();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(seed * 31 + t);
                futures.add(pool.submit(() -> {
                    for (int step = 0; step < stepsPerThread && failures.isEmpty(); step++) {
                        try {
                            step(random);
                            checkInvariants();
                        } catch (Throwable t2) {
                            failures.add(t2);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
            if (!failures.isEmpty()) {
                throw failures.getFirst();
            }
            clock.advanceDays(400);
            signedIn.as(fx.manager(), () -> vouchers.expireDue());
            checkInvariants();
            checkAgainstModel();
            System.out.println("VoucherModelCheck seed=" + seed + " outcomes " + new java.util.TreeMap<>(outcomes));
        } catch (Throwable t) {
            throw new AssertionError("Voucher model test failed with seed " + seed + ": " + t, t);
        }
    }

    private void setUp() {
        programme = fx.openProgramme(BUDGET, CAP, FACES);
        for (int i = 0; i < 5; i++) {
            enterprises.add(fx.enterprise());
        }
        enterprises.add(fx.relatedTo(enterprises.getFirst(), Roles.ENTERPRISE));
        agencies.add(fx.agency());
        agencies.add(fx.agency());
        agencies.add(fx.relatedTo(enterprises.get(1), Roles.AGENCY));
        String[] categories = VoucherFixture.CATEGORIES.toArray(String[]::new);
        int n = 0;
        for (OrgAndUser agency : agencies) {
            for (int i = 0; i < 3; i++) {
                items.add(fx.item(agency, categories[n++ % categories.length], 8_000 + 6_000L * n));
            }
            // Two documents each: filing with the other one after a rejection is a corrected claim.
            documentsOf.put(agency.organisation().id(), List.of(fx.pdf(agency.user(), files),
                    fx.pdf(agency.user(), files)));
        }
        for (OrgAndUser e : enterprises) {
            proofOf.put(e.organisation().id(), fx.pdf(e.user(), files));
            groups.put(e.organisation().id(), fx.organisations.relatedOrganisationIds(e.organisation().id()));
        }
    }

    private void step(Random random) {
        int dice = random.nextInt(100);
        String op;
        try {
            if (dice < 6) {
                op = "issue";
                List<Long> targets = new ArrayList<>();
                targets.add(pick(random, enterprises).organisation().id());
                if (random.nextBoolean()) {
                    targets.add(pick(random, enterprises).organisation().id());
                }
                long face = FACES[random.nextInt(FACES.length)];
                List<VoucherSummary> issued = signedIn.as(fx.manager(),
                        () -> vouchers.issue(programme.id(), targets, yuan(face), key()));
                issued.forEach(v -> receivedByEnterprise.merge(v.holderId(), v.faceValue(), BigDecimal::add));
            } else if (dice < 16) {
                op = "claim";
                OrgAndUser e = pick(random, enterprises);
                long face = FACES[random.nextInt(FACES.length)];
                String k = key();
                VoucherSummary v = signedIn.as(e.user(), () -> vouchers.claim(programme.id(), yuan(face), k));
                receivedByEnterprise.merge(v.holderId(), v.faceValue(), BigDecimal::add);
                if (random.nextInt(5) == 0) {
                    VoucherSummary again = signedIn.as(e.user(), () -> vouchers.claim(programme.id(), yuan(face), k));
                    assertThat(again.id()).as("retried claim").isEqualTo(v.id());
                }
            } else if (dice < 34) {
                op = "reserve";
                OrgAndUser e = pick(random, enterprises);
                CatalogueItemSummary item = pick(random, items);
                long price = item.listPrice().longValue() * (50 + random.nextInt(150)) / 100;
                long amount = 1 + random.nextInt((int) Math.max(1, price / 2));
                placed.add(signedIn.as(e.user(), () -> orders.placeOrder(programme.id(), item.id(), yuan(price),
                        yuan(amount), key())));
            } else if (dice < 38) {
                op = "release";
                OrderSummary o = pickOrder(random);
                AccountSummary by = random.nextBoolean() ? enterpriseUser(o) : agencyUser(o);
                signedIn.as(by, () -> orders.cancelOrder(o.id(), "model"));
            } else if (dice < 46) {
                op = "accept";
                OrderSummary o = pickOrder(random);
                signedIn.as(agencyUser(o), () -> orders.acceptOrder(o.id()));
            } else if (dice < 55) {
                op = "deliver";
                OrderSummary o = pickOrder(random);
                signedIn.as(agencyUser(o), () -> orders.deliverOrder(o.id()));
            } else if (dice < 65) {
                op = "confirm";
                OrderSummary o = pickOrder(random);
                signedIn.as(enterpriseUser(o), () -> orders.confirmDelivery(o.id(), proofOf.get(o.enterpriseId())));
            } else if (dice < 76) {
                op = "redeem";
                OrderSummary o = pickOrder(random);
                Long doc = pick(random, documentsOf.get(o.agencyId()));
                RedemptionSummary r = signedIn.as(agencyUser(o), () -> orders.fileRedemption(o.id(), doc, doc, doc));
                if (!redemptions.contains(r.id())) {
                    redemptions.add(r.id());
                    if (r.status() == RedemptionStatus.FILED && jdbc.queryForObject(
                            "select attempt from voucher_redemption where id = ?", Integer.class, r.id()) > 1) {
                        op = "refile";
                    }
                }
            } else if (dice < 84) {
                op = "approve";
                Long r = pick(random, redemptions);
                signedIn.as(fx.manager(), () -> orders.approve(r));
            } else if (dice < 87) {
                op = "reject";
                Long r = pick(random, redemptions);
                signedIn.as(fx.manager(), () -> orders.reject(r, "model"));
            } else if (dice < 96) {
                op = "pay";
                Long r = pick(random, redemptions);
                signedIn.as(fx.manager(), () -> orders.pay(r, "PAY-" + r, fx.today()));
            } else if (dice < 99) {
                op = "expire";
                signedIn.as(fx.manager(), () -> vouchers.expireDue());
            } else {
                op = "advance";
                clock.advanceDays(2);
            }
            count(op + ":ok");
        } catch (NoSuchElementException empty) {
            count("skip");
        } catch (BusinessRuleException refused) {
            count(refused.messageKey());
        }
    }

    /** Invariants that must hold at every moment; each is one SQL statement, so one consistent snapshot. */
    void checkInvariants() {
        Long id = programme.id();
        BigDecimal sum = jdbc.queryForObject("select coalesce(sum(balance), 0) from ledger_account where programme_id = ?",
                BigDecimal.class, id);
        assertThat(sum).as("accounts add up to the programme total").isEqualByComparingTo(yuan(BUDGET));
        assertThat(jdbc.queryForObject("select count(*) from ledger_account where balance < 0", Long.class))
                .as("no account below zero").isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_account a join voucher v on v.account_id = a.id "
                + "where a.balance > v.face_value", Long.class)).as("no voucher above its face value").isZero();
        BigDecimal[] issuedAndBudget = jdbc.queryForObject("select (select coalesce(sum(amount), 0) from ledger_transfer "
                        + "where programme_id = ? and reason in ('ISSUE', 'CLAIM')), (select coalesce(sum(t.amount), 0) "
                        + "from ledger_transfer t join ledger_account a on a.id = t.to_account_id "
                        + "where a.programme_id = ? and a.kind = 'PROGRAMME_BUDGET') from ledger_account where id = "
                        + "(select min(id) from ledger_account where programme_id = ?)",
                (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}, id, id, id);
        assertThat(issuedAndBudget[0].subtract(issuedAndBudget[1])).as("value out of the budget never above it")
                .isLessThanOrEqualTo(yuan(BUDGET));
        Map<Long, BigDecimal> byHolder = new HashMap<>();
        jdbc.query("select holder_id, sum(face_value) from voucher where programme_id = ? group by holder_id",
                rs -> {
                    byHolder.put(rs.getLong(1), rs.getBigDecimal(2));
                }, id);
        for (Map.Entry<Long, Set<Long>> group : groups.entrySet()) {
            BigDecimal together = group.getValue().stream().map(h -> byHolder.getOrDefault(h, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(together).as("cap of the group of " + group.getKey()).isLessThanOrEqualTo(yuan(CAP));
        }
        assertThat(jdbc.queryForObject("select count(*) from voucher_order o join ledger_account a "
                + "on a.id = o.reservation_account_id where a.balance > o.voucher_amount", Long.class))
                .as("no reservation above its order").isZero();
    }

    private void checkAgainstModel() {
        IntegrityReport report = signedIn.as(fx.manager(), () -> ledger.integrityCheck());
        assertThat(report.discrepancies()).as("integrity check").isEmpty();
        Map<Long, BigDecimal> byHolder = new HashMap<>();
        signedIn.as(fx.manager(), () -> vouchers.vouchersOf(programme.id()))
                .forEach(v -> byHolder.merge(v.holderId(), v.faceValue(), BigDecimal::add));
        for (OrgAndUser e : enterprises) {
            Long eid = e.organisation().id();
            assertThat(byHolder.getOrDefault(eid, BigDecimal.ZERO)).as("vouchers of " + eid)
                    .isEqualByComparingTo(receivedByEnterprise.getOrDefault(eid, BigDecimal.ZERO));
        }
        List<OrderSummary> all = signedIn.as(fx.manager(), () -> orders.ordersOf(programme.id()));
        BigDecimal paid = all.stream().filter(o -> o.status() == OrderStatus.PAID).map(OrderSummary::voucherAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal payable = all.stream().filter(o -> o.status() == OrderStatus.REDEEMED)
                .map(OrderSummary::voucherAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(jdbc.queryForObject("select balance from ledger_account where programme_id = ? and kind = 'PAID'",
                BigDecimal.class, programme.id())).as("paid").isEqualByComparingTo(paid);
        assertThat(jdbc.queryForObject("select coalesce(sum(balance), 0) from ledger_account where programme_id = ? "
                + "and kind = 'AGENCY_PAYABLE'", BigDecimal.class, programme.id())).as("payable")
                .isEqualByComparingTo(payable);
        assertThat(jdbc.queryForObject("select coalesce(sum(balance), 0) from ledger_account where programme_id = ? "
                + "and kind = 'VOUCHER'", BigDecimal.class, programme.id())).as("all unused value expired")
                .isEqualByComparingTo("0");
        assertThat(all).as("no order between related parties")
                .noneMatch(o -> groups.get(o.enterpriseId()).contains(o.agencyId()));
        assertThat(jdbc.queryForObject("select count(*) - count(distinct idempotency_key) from ledger_transfer",
                Long.class)).isZero();
        assertThat(outcomes.keySet()).as("the run exercised the paths").contains("claim:ok", "reserve:ok");
    }

    private AccountSummary enterpriseUser(OrderSummary o) {
        return enterprises.stream().filter(e -> e.organisation().id().equals(o.enterpriseId())).findFirst()
                .orElseThrow().user();
    }

    private AccountSummary agencyUser(OrderSummary o) {
        return agencies.stream().filter(a -> a.organisation().id().equals(o.agencyId())).findFirst().orElseThrow()
                .user();
    }

    private OrderSummary pickOrder(Random random) {
        return pick(random, placed);
    }

    private static <T> T pick(Random random, List<T> list) {
        if (list.isEmpty()) {
            throw new NoSuchElementException();
        }
        return list.get(random.nextInt(list.size()));
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    static long seed() {
        String given = System.getProperty("voucher.seed");
        return given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given);
    }

    private static final class NoSuchElementException extends RuntimeException {
    }
}
