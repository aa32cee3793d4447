package com.scenehub.voucher;

import static com.scenehub.voucher.VoucherFixture.key;
import static com.scenehub.voucher.VoucherFixture.refused;
import static com.scenehub.voucher.VoucherFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Budget shards, the yearly cap across programmes, and re-filing a rejected redemption claim. */
@SceneHubTest
@Import(VoucherTestConfig.class)
class VoucherMoneyPathTest {

    @Autowired VoucherService vouchers;
    @Autowired VoucherOrderService orders;
    @Autowired VoucherLedgerService ledger;
    @Autowired LedgerAccountRepository accounts;
    @Autowired FileStore files;
    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }


    void clean() {
        assertThat(signedIn.as(fx.manager(), () -> ledger.integrityCheck()).discrepancies()).isEmpty();
    }

    private List<BigDecimal> shardBalances(Long programmeId) {
        return jdbc.queryForList("select balance from ledger_account where programme_id = ? and kind = "
                + "'PROGRAMME_BUDGET' order by owner_id", BigDecimal.class, programmeId);
    }

    // ------------------------------------------------------------ budget shards

    @Test
    void aProgrammeBudgetIsSpreadOverShardsInWholeVouchers() {
        ProgrammeSummary p = fx.openProgramme(3_000_000, 200_000, 10_000, 20_000, 50_000);
        List<BigDecimal> shards = shardBalances(p.id());
        assertThat(shards).hasSize(BudgetShards.SHARDS);
        assertThat(shards.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("3000000");
        // 3 000 000 / 16 = 187 500, rounded down to whole 10 000s; shard 0 keeps the rest.
        assertThat(shards.subList(1, shards.size())).allSatisfy(b -> assertThat(b).isEqualByComparingTo("180000"));
        assertThat(shards.getFirst()).isEqualByComparingTo("300000");
        assertThat(p.available()).isEqualByComparingTo("3000000");
        clean();
    }

    @Test
    void aClaimIsNotRefusedWhileTheProgrammeHasBudgetEvenWhenShardsAreEmpty() {
        // 16 shards of 1 000: after 15 claims only one shard holds money, wherever the claims landed.
        ProgrammeSummary p = fx.openProgramme(16_000, 1_000_000, 1000, 2000);
        List<OrgAndUser> enterprises = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            enterprises.add(fx.enterprise());
        }
        for (int i = 0; i < 15; i++) {
            fx.claim(enterprises.get(i % 4), p, 1000);
        }
        assertThat(shardBalances(p.id()).stream().filter(b -> b.signum() > 0)).hasSize(1);
        fx.claim(enterprises.getFirst(), p, 1000);
        signedIn.run(enterprises.get(1).user(), () -> refused(() -> vouchers.claim(p.id(), yuan(1000), key()),
                "error.voucher.budget-exhausted"));
        clean();
    }

    @Test
    void aClaimLargerThanAnyShardTakesFromSeveralAndARetryChangesNothing() {
        ProgrammeSummary p = fx.openProgramme(16_000, 1_000_000, 1000, 2000);
        OrgAndUser e = fx.enterprise();
        // Face values 1 000 and 2 000: shards hold 1 000 each, so a 2 000 voucher needs two shards.
        String k = key();
        VoucherSummary v = signedIn.as(e.user(), () -> vouchers.claim(p.id(), yuan(2000), k));
        VoucherSummary again = signedIn.as(e.user(), () -> vouchers.claim(p.id(), yuan(2000), k));
        assertThat(again.id()).isEqualTo(v.id());
        assertThat(v.balance()).isEqualByComparingTo("2000");
        assertThat(jdbc.queryForObject("select count(*) from ledger_transfer where voucher_id = ? and reason = 'CLAIM'",
                Long.class, v.id())).isEqualTo(2);
        for (int i = 0; i < 7; i++) {
            fx.claim(e, p, 2000);
        }
        assertThat(signedIn.as(fx.manager(), () -> vouchers.programme(p.id())).available()).isEqualByComparingTo("0");
        signedIn.run(e.user(), () -> refused(() -> vouchers.claim(p.id(), yuan(1000), key()),
                "error.voucher.budget-exhausted"));
        clean();
    }

    @Test
    void aClaimDoesNotWaitForAShardAnotherTransactionHolds() throws Exception {
        ProgrammeSummary p = fx.openProgramme(16_000, 1_000_000, 1000);
        OrgAndUser e = fx.enterprise();
        List<Long> shardIds = jdbc.queryForList("select id from ledger_account where programme_id = ? and kind = "
                + "'PROGRAMME_BUDGET' order by owner_id", Long.class, p.id());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        Future<?> holding = holder.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            // Hold half of the shards, as eight slow claims would.
            for (Long id : shardIds.subList(0, 8)) {
                jdbc.queryForList("select id from ledger_account where id = ? for update", id);
            }
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            for (int i = 0; i < 8; i++) {
                fx.claim(e, p, 1000);
            }
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 8 claims beside the held shards")
                    .isLessThan(15_000);
            assertThat(shardBalances(p.id()).subList(0, 8)).allSatisfy(b -> assertThat(b).isEqualByComparingTo("1000"));
        } finally {
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
            holder.shutdown();
        }
        // With the other shards empty, the next claim waits for the held ones and then succeeds.
        fx.claim(e, p, 1000);
        clean();
    }

    @Test
    void aBudgetCutGathersTheShardsAndARiseIsSpreadAgain() {
        ProgrammeSummary p = fx.openProgramme(160_000, 200_000, 10_000);
        OrgAndUser e = fx.enterprise();
        fx.claim(e, p, 10_000);
        ProgrammeForm form = p.form();
        ProgrammeForm cut = new ProgrammeForm(form.year(), form.name(), yuan(30_000), form.enterpriseCap(),
                form.faceValues(), form.coverage(), form.claimOpens(), form.claimCloses(), form.useDeadline(),
                form.redemptionDeadline());
        ProgrammeForm rise = new ProgrammeForm(form.year(), form.name(), yuan(330_000), form.enterpriseCap(),
                form.faceValues(), form.coverage(), form.claimOpens(), form.claimCloses(), form.useDeadline(),
                form.redemptionDeadline());
        ProgrammeForm otherYear = new ProgrammeForm(form.year() + 1, form.name(), form.totalBudget(),
                form.enterpriseCap(), form.faceValues(), form.coverage(), form.claimOpens(), form.claimCloses(),
                form.useDeadline(), form.redemptionDeadline());
        signedIn.run(fx.manager(), () -> {
            assertThat(vouchers.updateProgramme(p.id(), cut, "压缩预算").available()).isEqualByComparingTo("20000");
            assertThat(vouchers.updateProgramme(p.id(), rise, "追加预算").available()).isEqualByComparingTo("320000");
            refused(() -> vouchers.updateProgramme(p.id(), otherYear, "改年度"), "error.voucher.year-fixed");
        });
        assertThat(shardBalances(p.id()).stream().filter(b -> b.compareTo(yuan(10_000)) >= 0)).hasSize(16);
        clean();
    }

    // ------------------------------------------------------------ yearly cap across programmes

    @Test
    void theYearlyCapHoldsAcrossProgrammesOfTheSameYearUnderConcurrency() throws Exception {
        ProgrammeSummary first = fx.openProgramme(1_000_000, 10_000, 1000);
        ProgrammeSummary second = fx.openProgramme(1_000_000, 10_000, 1000);
        assertThat(second.year()).isEqualTo(first.year());
        OrgAndUser enterprise = fx.enterprise();
        OrgAndUser related = fx.relatedTo(enterprise, Roles.ENTERPRISE);
        Map<String, Integer> outcomes = fx.claimRace(200, 8, i -> i % 3 == 0 ? related : enterprise,
                i -> i % 2 == 0 ? first : second);

        assertThat(outcomes).containsEntry("ok", 10).containsEntry("error.voucher.cap-exceeded", 190).hasSize(2);
        BigDecimal together = jdbc.queryForObject("select sum(face_value) from voucher where holder_id in (?, ?)",
                BigDecimal.class, enterprise.organisation().id(), related.organisation().id());
        assertThat(together).isEqualByComparingTo("10000");
        assertThat(signedIn.as(enterprise.user(), () -> vouchers.remainingCap(first.id()))).isEqualByComparingTo("0");
        assertThat(signedIn.as(related.user(), () -> vouchers.remainingCap(second.id()))).isEqualByComparingTo("0");
        clean();
    }

    @Test
    void issuingCountsTowardsTheSameYearlyCap() {
        ProgrammeSummary first = fx.openProgramme(1_000_000, 20_000, 10_000);
        ProgrammeSummary second = fx.openProgramme(1_000_000, 20_000, 10_000);
        OrgAndUser e = fx.enterprise();
        signedIn.run(fx.manager(), () -> vouchers.issue(first.id(), List.of(e.organisation().id()), yuan(10_000), key()));
        fx.claim(e, second, 10_000);
        signedIn.run(fx.manager(), () -> refused(() -> vouchers.issue(second.id(), List.of(e.organisation().id()),
                yuan(10_000), key()), "error.voucher.cap-exceeded"));
        signedIn.run(e.user(), () -> refused(() -> vouchers.claim(first.id(), yuan(10_000), key()),
                "error.voucher.cap-exceeded"));
        clean();
    }

    // ------------------------------------------------------------ re-filing a rejected redemption

    private OrderSummary confirmed(OrgAndUser e, OrgAndUser agency, ProgrammeSummary p, CatalogueItemSummary item,
            long amount) {
        return fx.confirmedOrder(e, agency, p, item, amount * 2, amount, files);
    }

    private BigDecimal voucherBalance(OrgAndUser e) {
        return signedIn.as(e.user(), () -> vouchers.myVouchers()).stream().map(VoucherSummary::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void afterARejectionTheAgencyFilesACorrectedClaimOnceAndItCanBePaid() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "INCUBATION", 20_000);
        fx.claim(e, p, 20_000);
        OrderSummary order = confirmed(e, agency, p, item, 10_000);
        Long doc = fx.pdf(agency.user(), files);
        RedemptionSummary first = signedIn.as(agency.user(), () -> orders.fileRedemption(order.id(), doc, doc, doc));
        signedIn.run(fx.manager(), () -> orders.reject(first.id(), "发票抬头不符"));
        assertThat(voucherBalance(e)).isEqualByComparingTo("20000");

        Long invoice = fx.pdf(agency.user(), files);
        RedemptionSummary second = signedIn.as(agency.user(),
                () -> orders.fileRedemption(order.id(), doc, invoice, doc));
        RedemptionSummary doubleSubmit = signedIn.as(agency.user(),
                () -> orders.fileRedemption(order.id(), doc, invoice, doc));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.status()).isEqualTo(RedemptionStatus.FILED);
        assertThat(doubleSubmit.id()).isEqualTo(second.id());
        assertThat(voucherBalance(e)).as("reserved again, once").isEqualByComparingTo("10000");
        assertThat(signedIn.as(e.user(), () -> orders.myOrders())).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.CLAIMED);
            assertThat(o.redemptionId()).isEqualTo(second.id());
        });
        assertThat(signedIn.as(agency.user(), () -> orders.myRedemptions())).extracting(RedemptionSummary::status)
                .containsExactly(RedemptionStatus.FILED, RedemptionStatus.REJECTED);
        clean();

        signedIn.run(fx.manager(), () -> {
            refused(() -> orders.approve(first.id()), "error.voucher.redemption-state");
            orders.approve(second.id());
            orders.pay(second.id(), "PAY-2", fx.today());
        });
        // A late repeat of either filing changes nothing now.
        RedemptionSummary late = signedIn.as(agency.user(), () -> orders.fileRedemption(order.id(), doc, doc, doc));
        assertThat(late.id()).isEqualTo(second.id());
        assertThat(late.status()).isEqualTo(RedemptionStatus.PAID);
        assertThat(voucherBalance(e)).isEqualByComparingTo("10000");
        assertThat(jdbc.queryForObject("select balance from ledger_account where programme_id = ? and kind = 'PAID'",
                BigDecimal.class, p.id())).isEqualByComparingTo("10000");
        clean();
    }

    @Test
    void reFilingIsRefusedWithTheSameDocumentsAfterTheDeadlineOrWhenTheValueIsGone() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        OrgAndUser otherAgency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "INCUBATION", 20_000);
        fx.claim(e, p, 20_000);
        Long doc = fx.pdf(agency.user(), files);
        Long newDoc = fx.pdf(agency.user(), files);

        // The rejected claim's own documents again: a repeated submit, not a correction.
        OrderSummary spent = confirmed(e, agency, p, item, 10_000);
        RedemptionSummary r1 = signedIn.as(agency.user(), () -> orders.fileRedemption(spent.id(), doc, doc, doc));
        signedIn.run(fx.manager(), () -> orders.reject(r1.id(), "合同缺页"));
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(spent.id(), doc, doc, doc),
                "error.voucher.refile-new-document"));
        // Another agency cannot file for the order.
        Long foreign = fx.pdf(otherAgency.user(), files);
        assertThatThrownBy(() -> signedIn.as(otherAgency.user(),
                () -> orders.fileRedemption(spent.id(), foreign, foreign, foreign)))
                .isInstanceOf(NotFoundException.class);

        // The enterprise used the returned value for another order: nothing left to reserve again.
        confirmed(e, agency, p, item, 20_000);
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(spent.id(), doc, newDoc, doc),
                "error.voucher.refile-value-spent"));
        assertThat(signedIn.as(agency.user(), () -> orders.agencyOrders()))
                .filteredOn(o -> o.id().equals(spent.id())).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.REJECTED));
        clean();
    }

    @Test
    void reFilingIsRefusedOnceTheVouchersExpiredOrTheRedemptionDeadlinePassed() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 20_000);
        fx.claim(e, p, 20_000);
        Long doc = fx.pdf(agency.user(), files);
        Long newDoc = fx.pdf(agency.user(), files);
        OrderSummary a = confirmed(e, agency, p, item, 5_000);
        OrderSummary b = confirmed(e, agency, p, item, 5_000);
        RedemptionSummary ra = signedIn.as(agency.user(), () -> orders.fileRedemption(a.id(), doc, doc, doc));
        RedemptionSummary rb = signedIn.as(agency.user(), () -> orders.fileRedemption(b.id(), doc, doc, doc));
        signedIn.run(fx.manager(), () -> orders.reject(ra.id(), "发票有误"));

        // Past the use deadline (day 90) but before the redemption deadline (day 150).
        clock.advanceDays(100);
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(a.id(), doc, newDoc, doc),
                "error.voucher.refile-voucher-expired"));
        signedIn.run(fx.manager(), () -> orders.reject(rb.id(), "发票有误"));
        clock.advanceDays(60);
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(b.id(), doc, newDoc, doc),
                "error.voucher.redemption-deadline"));
        clean();
    }
}
