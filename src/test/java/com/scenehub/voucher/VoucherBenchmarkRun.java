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

    static final int THREADS = 8;

    private final VoucherService vouchers;
    private final VoucherOrderService orders;
    private final VoucherLedgerService ledger;
    private final FileStore files;
    private final VoucherFixture fx;
    private final SignedIn signedIn;
    private final JdbcTemplate jdbc;

    VoucherBenchmarkRun(VoucherService vouchers, VoucherOrderService orders, VoucherLedgerService ledger,
            FileStore files, VoucherFixture fx, SignedIn signedIn, JdbcTemplate jdbc) {
        this.vouchers = vouchers;
        this.orders = orders;
        this.ledger = ledger;
        this.files = files;
        this.fx = fx;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
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
        double claimSeconds = timed(claims, i -> {
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

        // Redemptions: confirmed orders filed by one agency, approved by managers on several threads.
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
        SecurityContext manager = context(fx.manager());
        double approveSeconds = timed(redemptions, i -> {
            SecurityContextHolder.setContext(manager);
            try {
                orders.approve(filed.get(i));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        IntegrityReport report = signedIn.as(fx.manager(), () -> ledger.integrityCheck());
        assertThat(report.discrepancies()).isEmpty();
        System.out.printf("%n=== Voucher benchmark on %s (%d threads, %d cores) ===%n", database, THREADS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("claims:      %d attempts (%d succeeded, %d refused: budget) in %.2f s = %.0f claims/s%n",
                claims, ok.get(), refused.get(), claimSeconds, claims / claimSeconds);
        System.out.printf("redemptions: %d approvals in %.2f s = %.0f redemptions/s%n", redemptions, approveSeconds,
                redemptions / approveSeconds);
        System.out.printf("violations:  %d (integrity check over %d accounts, %d transfers)%n%n",
                report.discrepancies().size(), report.accounts(), report.transfers());
    }

    private SecurityContext context(AccountSummary account) {
        signedIn.login(account.username());
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return context;
    }

    private static double timed(int count, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
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
        pool.shutdown();
        return seconds;
    }
}
