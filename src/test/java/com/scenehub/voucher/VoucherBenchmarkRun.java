package com.scenehub.voucher;

import static com.scenehub.voucher.VoucherFixture.key;
import static com.scenehub.voucher.VoucherFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Measures claims per second and redemption approvals per second under contention on one programme. */
class VoucherBenchmarkRun {

    static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 1500);
    static final int WARM_UP_ROUNDS = Integer.getInteger("benchmark.warmup.rounds", 8);

    private final VoucherService vouchers;
    private final VoucherOrderService orders;
    private final VoucherLedgerService ledger;
    private final FileStore files;
    private final VoucherFixture fx;
    private final SignedIn signedIn;
    private final JdbcTemplate jdbc;

    VoucherBenchmarkRun(VoucherService vouchers, VoucherOrderService orders, VoucherLedgerService ledger,
            FileStore files, VoucherFixture fx, SignedIn signedIn, JdbcTemplate jdbc,
            org.hibernate.stat.Statistics statistics) {
        this.statistics = statistics;
        if (statistics != null) {
            statistics.setStatisticsEnabled(true);
        }
        this.vouchers = vouchers;
        this.orders = orders;
        this.ledger = ledger;
        this.files = files;
        this.fx = fx;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
    }

    private final org.hibernate.stat.Statistics statistics;

    VoucherBenchmarkRun(VoucherService vouchers, VoucherOrderService orders, VoucherLedgerService ledger,
            FileStore files, VoucherFixture fx, SignedIn signedIn, JdbcTemplate jdbc,
            jakarta.persistence.EntityManagerFactory emf) {
        this(vouchers, orders, ledger, files, fx, signedIn, jdbc,
                emf.unwrap(org.hibernate.SessionFactory.class).getStatistics());
    }

    /** Wall time, CPU time of this JVM and of the local PostgreSQL server processes, load average. */
    record Sample(double seconds, double jvmCpuSeconds, double pgCpuSeconds, double load1, long statements,
            Map<String, Long> threadTicks) {
        String describe(int count, String what) {
            return String.format(java.util.Locale.ROOT,
                    "%d %s in %.2f s = %.0f %s/s | JVM CPU %.2f ms per op%s | %.1f SQL statements per op | "
                            + "load average at end %.2f | ceiling on 2 idle cores ~%.0f/s",
                    count, what, seconds, count / seconds, what, jvmCpuSeconds * 1000 / count,
                    pgCpuSeconds > 0 ? String.format(java.util.Locale.ROOT, ", PostgreSQL server CPU %.2f ms per op",
                            pgCpuSeconds * 1000 / count) : "",
                    (double) statements / count, load1, 2.0 * count / (jvmCpuSeconds + pgCpuSeconds));
        }

        /** CPU of the JIT compiler threads per operation. */
        double compilerMillisPerOp(int count) {
            return threadTicks.entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                    .mapToLong(Map.Entry::getValue).sum() * 10.0 / count;
        }

        /** JVM CPU per operation by thread group, largest first (groups under 0.05 ms left out). */
        String threads(int count) {
            return threadTicks.entrySet().stream().filter(e -> e.getValue() * 10.0 / count >= 0.05)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> String.format(java.util.Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() * 10.0 / count))
                    .collect(java.util.stream.Collectors.joining(", ", "JVM CPU ms per op by thread: ", ""));
        }
    }

    void run(String database, int claims, int redemptions) throws Exception {
        int allowed = claims * 3 / 4;
        ProgrammeSummary p = fx.openProgramme(allowed * 1000L, 100_000_000, 1000);
        List<OrgAndUser> enterprises = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            enterprises.add(fx.enterprise());
        }
        List<SecurityContext> contexts = enterprises.stream().map(e -> context(e.user())).toList();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        // Warm-up (not measured): rounds of the same work on fresh programmes until the JIT compiler
        // has settled (its threads used under 0.1 ms of CPU per claim in a round), so that neither its
        // CPU time nor the first-claim work (cap rows) is counted against the measured claims.
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            ProgrammeSummary warm = fx.openProgramme(WARM_UP * 3 / 4 * 1000L, 100_000_000, 1000);
            Sample warmSample = timed(WARM_UP, i -> {
                SecurityContextHolder.setContext(contexts.get(i % contexts.size()));
                try {
                    vouchers.claim(warm.id(), yuan(1000), key());
                } catch (BusinessRuleException e) {
                    // budget
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            double compiler = warmSample.compilerMillisPerOp(WARM_UP);
            System.out.printf(java.util.Locale.ROOT, "warm-up round %d: %.0f claims/s, JIT compiler %.2f ms per claim%n",
                    round, WARM_UP / warmSample.seconds(), compiler);
            if (compiler < 0.1) {
                break;
            }
        }
        if ("Postgres".equals(database)) {
            // What autovacuum's analyze does on a production server after the warm-up's inserts; the
            // server here has autovacuum off (CI setting), so plans made while the ledger was empty
            // (a sequential scan for the batch's idempotency-key lookup) would stay (docs/benchmarks.md).
            jdbc.execute("analyze");
        }
        String loadBefore = loadAverage();
        ClaimWriter writer = vouchers.claimWriter();
        long[] writerBefore = writer == null ? null
                : new long[] {writer.batches(), writer.batchedClaims(), writer.aloneClaims(), writer.fallbacks()};
        Sample claimSample = timed(claims, i -> {
            SecurityContextHolder.setContext(contexts.get(i % contexts.size()));
            try {
                vouchers.claim(p.id(), yuan(1000), key());
                ok.incrementAndGet();
            } catch (BusinessRuleException e) {
                refused.incrementAndGet();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        assertThat(ok.get()).as("claims that fit the budget").isEqualTo(allowed);
        assertThat(jdbc.queryForObject("select coalesce(sum(balance), 0) from ledger_account where programme_id = ?",
                BigDecimal.class, p.id())).isEqualByComparingTo(yuan(allowed * 1000L));

        // Redemptions: confirmed orders filed by one agency, approved by managers on several threads;
        // a first round of the same work warms the approval path up (not measured).
        SecurityContext manager = context(fx.manager());
        List<Long> warmFiled = fileRedemptions(enterprises, redemptions / 2);
        Sample warmApprovals = timed(warmFiled.size(), i -> {
            SecurityContextHolder.setContext(manager);
            try {
                orders.approve(warmFiled.get(i));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        System.out.printf(java.util.Locale.ROOT, "warm-up approvals: %.0f approvals/s, JIT compiler %.2f ms per approval%n",
                warmFiled.size() / warmApprovals.seconds(), warmApprovals.compilerMillisPerOp(warmFiled.size()));
        List<Long> filed = fileRedemptions(enterprises, redemptions);
        Sample approveSample = timed(redemptions, i -> {
            SecurityContextHolder.setContext(manager);
            try {
                orders.approve(filed.get(i));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        IntegrityReport report = signedIn.as(fx.manager(), () -> ledger.integrityCheck());
        assertThat(report.discrepancies()).isEmpty();
        System.out.printf("%n=== Voucher benchmark on %s (%d threads, %d cores, load average before: %s) ===%n",
                database, THREADS, Runtime.getRuntime().availableProcessors(), loadBefore);
        System.out.printf("claims:      %s (%d succeeded, %d refused: budget)%n", claimSample.describe(claims, "claims"),
                ok.get(), refused.get());
        System.out.printf("             %s%n", claimSample.threads(claims));
        if (writer != null) {
            long batches = writer.batches() - writerBefore[0];
            System.out.printf("claim writer: %d batches, %.1f claims per batch, %d claims run alone, %d failed batches%n",
                    batches, (double) (writer.batchedClaims() - writerBefore[1]) / Math.max(1, batches),
                    writer.aloneClaims() - writerBefore[2], writer.fallbacks() - writerBefore[3]);
        }
        System.out.printf("redemptions: %s%n", approveSample.describe(redemptions, "approvals"));
        System.out.printf("             %s%n", approveSample.threads(redemptions));
        System.out.printf("violations:  %d (integrity check over %d accounts, %d transfers)%n%n",
                report.discrepancies().size(), report.accounts(), report.transfers());
    }

    /** Confirmed orders, one per enterprise in turn, each filed for redemption by one agency. */
    private List<Long> fileRedemptions(List<OrgAndUser> enterprises, int redemptions) {
        ProgrammeSummary q = fx.openProgramme(redemptions * 1000L, 100_000_000, 1000);
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 2000);
        Long doc = fx.pdf(agency.user(), files);
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < redemptions; i++) {
            OrgAndUser e = enterprises.get(i % enterprises.size());
            fx.claim(e, q, 1000);
            OrderSummary o = fx.order(e, q, item, 2000, 1000);
            Long proof = fx.pdf(e.user(), files);
            signedIn.run(agency.user(), () -> {
                orders.acceptOrder(o.id());
                orders.deliverOrder(o.id());
            });
            signedIn.run(e.user(), () -> orders.confirmDelivery(o.id(), proof));
            filed.add(signedIn.as(agency.user(), () -> orders.fileRedemption(o.id(), doc, doc, doc)).id());
        }
        return filed;
    }

    private SecurityContext context(AccountSummary account) {
        signedIn.login(account.username());
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return context;
    }

    private Sample timed(int count, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long statementsBefore = statementCount();
        long cpuBefore = os.getProcessCpuTime();
        long pgBefore = postgresCpuTicks();
        Map<String, Long> threadsBefore = threadCpuTicks();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    work.accept(i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        double pg = (postgresCpuTicks() - pgBefore) / 100.0;
        pool.shutdown();
        Map<String, Long> threadTicks = threadCpuTicks();
        threadsBefore.forEach((name, ticks) -> threadTicks.merge(name, -ticks, Long::sum));
        return new Sample(seconds, cpu, pg, os.getSystemLoadAverage(), statementCount() - statementsBefore,
                threadTicks);
    }

    private long statementCount() {
        return statistics == null ? 0 : statistics.getPrepareStatementCount();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /**
     * User + system CPU ticks (1/100 s) of this JVM's threads, by thread name without its trailing
     * number (the kernel keeps 15 characters of a name), so that the callers, the claim writer, the
     * event listeners, the garbage collector and the JIT compiler can be told apart.
     */
    private static Map<String, Long> threadCpuTicks() {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : tasks.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("[#-]?\\d+$", "");
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // The thread ended meanwhile.
                }
            }
        } catch (java.io.IOException e) {
            return ticks;
        }
        return ticks;
    }

    /**
     * User + system CPU ticks (1/100 s) of all processes named postgres on this machine. The server is
     * shared, so other engineers' PostgreSQL tests running at the same time are counted too.
     */
    private static long postgresCpuTicks() {
        long ticks = 0;
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (java.io.IOException | RuntimeException gone) {
                    // The process ended meanwhile.
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return ticks;
    }
}
