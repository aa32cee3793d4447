package com.scenehub.voucher;

import static com.scenehub.voucher.VoucherFixture.key;
import static com.scenehub.voucher.VoucherFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group-commit claim writer: claims queued while the writer is paused run in one batch, each
 * with its own answer.
 */
@SceneHubTest
@Import(VoucherTestConfig.class)
class VoucherClaimBatchTest {

    @Autowired VoucherService vouchers;
    @Autowired VoucherLedgerService ledger;
    @Autowired VoucherRepository voucherRows;
    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired PlatformTransactionManager transactionManager;

    private final List<Thread> callers = new ArrayList<>();

    @AfterEach
    void release() {
        vouchers.beforeBatchedTransfer(k -> {
        });
        vouchers.claimWriter().resume();
    }

    /** Queues a claim from its own thread (the call blocks until the batch commits); "ok:<voucher id>" or the refusal's key. */
    private CompletableFuture<String> queue(OrgAndUser enterprise, ProgrammeSummary p, String requestKey)
            throws InterruptedException {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        int before = vouchers.claimWriter().queued();
        Thread caller = Thread.ofPlatform().daemon().start(() -> {
            try {
                VoucherSummary v = signedIn.as(enterprise.user(), () -> vouchers.claim(p.id(), yuan(1000), requestKey));
                outcome.complete("ok:" + v.id());
            } catch (BusinessRuleException refused) {
                outcome.complete(refused.messageKey());
            } catch (RuntimeException failed) {
                outcome.complete("failed: " + failed);
            }
        });
        callers.add(caller);
        // Keep the queue order the order of the calls.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (vouchers.claimWriter().queued() == before && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(vouchers.claimWriter().queued()).isEqualTo(before + 1);
        return outcome;
    }

    private static String get(CompletableFuture<String> outcome) throws Exception {
        return outcome.get(60, TimeUnit.SECONDS);
    }

    private void clean() {
        assertThat(signedIn.as(fx.manager(), () -> ledger.integrityCheck()).discrepancies()).isEmpty();
    }

    @Test
    void refusalsInABatchDoNotAffectTheirBatchMates() throws Exception {
        ProgrammeSummary p = fx.openProgramme(5000, 2000, 1000);
        ProgrammeSummary closed = fx.openProgramme(5000, 2000, 1000);
        signedIn.run(fx.manager(), () -> vouchers.closeProgramme(closed.id()));
        OrgAndUser first = fx.enterprise();
        OrgAndUser second = fx.enterprise();
        OrgAndUser third = fx.enterprise();
        long batches = vouchers.claimWriter().batches();
        long fallbacks = vouchers.claimWriter().fallbacks();

        vouchers.claimWriter().pause();
        var a1 = queue(first, p, key());
        var a2 = queue(first, p, key());
        var a3 = queue(first, p, key()); // over the cap of ¥2 000
        var c1 = queue(third, closed, key()); // programme closed
        var b1 = queue(second, p, key());
        var b2 = queue(second, p, key());
        var d1 = queue(third, p, key()); // the last ¥1 000 of the budget
        var d2 = queue(third, p, key()); // budget used up
        vouchers.claimWriter().resume();

        assertThat(get(a1)).startsWith("ok:");
        assertThat(get(a2)).startsWith("ok:");
        assertThat(get(a3)).isEqualTo("error.voucher.cap-exceeded");
        assertThat(get(c1)).isEqualTo("error.voucher.programme-not-open");
        assertThat(get(b1)).startsWith("ok:");
        assertThat(get(b2)).startsWith("ok:");
        assertThat(get(d1)).startsWith("ok:");
        assertThat(get(d2)).isEqualTo("error.voucher.budget-exhausted");
        assertThat(vouchers.claimWriter().batches() - batches).as("all in one batch").isEqualTo(1);
        assertThat(vouchers.claimWriter().fallbacks()).isEqualTo(fallbacks);
        assertThat(voucherRows.findByProgrammeIdOrderByIdAsc(p.id())).hasSize(5);
        assertThat(signedIn.as(third.user(), () -> vouchers.remainingCap(p.id()))).isEqualByComparingTo("1000");
        clean();
    }

    @Test
    void aRepeatedRequestKeyAppliesOnceInOneBatchAndAcrossBatches() throws Exception {
        ProgrammeSummary p = fx.openProgramme(10_000, 10_000, 1000);
        OrgAndUser enterprise = fx.enterprise();
        String repeated = key();

        vouchers.claimWriter().pause();
        var first = queue(enterprise, p, repeated);
        var other = queue(enterprise, p, key());
        var again = queue(enterprise, p, repeated);
        vouchers.claimWriter().resume();

        String original = get(first);
        assertThat(original).startsWith("ok:");
        assertThat(get(again)).isEqualTo(original);
        assertThat(get(other)).startsWith("ok:").isNotEqualTo(original);

        // In a later batch, next to a new claim.
        vouchers.claimWriter().pause();
        var later = queue(enterprise, p, repeated);
        var fresh = queue(enterprise, p, key());
        vouchers.claimWriter().resume();
        assertThat(get(later)).isEqualTo(original);
        assertThat(get(fresh)).startsWith("ok:");

        assertThat(voucherRows.findByProgrammeIdOrderByIdAsc(p.id())).hasSize(3);
        assertThat(signedIn.as(enterprise.user(), () -> vouchers.remainingCap(p.id()))).isEqualByComparingTo("7000");
        clean();
    }

    @Test
    void anUnexpectedFailureRunsTheBatchOneClaimAtATimeAndTheOthersSucceed() throws Exception {
        ProgrammeSummary p = fx.openProgramme(10_000, 10_000, 1000);
        OrgAndUser enterprise = fx.enterprise();
        OrgAndUser other = fx.enterprise();
        String failing = key();
        vouchers.beforeBatchedTransfer(k -> {
            if (k.equals("claim:" + failing)) {
                throw new IllegalStateException("unexpected failure in a batch");
            }
        });
        long fallbacks = vouchers.claimWriter().fallbacks();

        vouchers.claimWriter().pause();
        var before = queue(enterprise, p, key());
        var broken = queue(other, p, failing);
        var after = queue(enterprise, p, key());
        vouchers.claimWriter().resume();

        // Run on its own (outside a batch) the failing claim goes through as well.
        assertThat(get(before)).startsWith("ok:");
        assertThat(get(broken)).startsWith("ok:");
        assertThat(get(after)).startsWith("ok:");
        assertThat(vouchers.claimWriter().fallbacks() - fallbacks).isEqualTo(1);
        assertThat(voucherRows.findByProgrammeIdOrderByIdAsc(p.id())).hasSize(3);
        clean();
    }

    @Test
    void insideACallersTransactionTheClaimRunsInThatTransaction() {
        ProgrammeSummary p = fx.openProgramme(10_000, 10_000, 1000);
        OrgAndUser enterprise = fx.enterprise();
        long batches = vouchers.claimWriter().batches();
        String requestKey = key();

        VoucherSummary v = signedIn.as(enterprise.user(), () -> new TransactionTemplate(transactionManager)
                .execute(s -> vouchers.claim(p.id(), yuan(1000), requestKey)));
        VoucherSummary again = signedIn.as(enterprise.user(), () -> vouchers.claim(p.id(), yuan(1000), requestKey));

        assertThat(v.id()).isNotNull();
        assertThat(again.id()).isEqualTo(v.id());
        assertThat(vouchers.claimWriter().batches() - batches).as("only the repeat, outside a transaction")
                .isEqualTo(1);
        clean();
    }
}
