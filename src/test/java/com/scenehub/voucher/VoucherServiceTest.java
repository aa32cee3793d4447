package com.scenehub.voucher;

import static com.scenehub.voucher.VoucherFixture.key;
import static com.scenehub.voucher.VoucherFixture.refused;
import static com.scenehub.voucher.VoucherFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.notification.NotificationService;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData.OrgAndUser;
import com.scenehub.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
@Import(VoucherTestConfig.class)
class VoucherServiceTest {

    @Autowired VoucherService vouchers;
    @Autowired VoucherOrderService orders;
    @Autowired VoucherLedgerService ledger;
    @Autowired FileStore files;
    @Autowired NotificationService notifications;
    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired LedgerAccountRepository accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }


    void clean() {
        IntegrityReport report = signedIn.as(fx.manager(), () -> ledger.integrityCheck());
        assertThat(report.discrepancies()).isEmpty();
    }

    // ------------------------------------------------------------ programmes

    @Test
    void aManagerCreatesAProgrammeWhoseBudgetSitsInItsBudgetAccount() {
        ProgrammeSummary p = signedIn.as(fx.manager(), () -> vouchers.createProgramme(fx.form(500_000, 200_000), key()));
        assertThat(p.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(p.available()).isEqualByComparingTo("500000");
        assertThat(accounts.sumBalances(p.id())).isEqualByComparingTo("500000");
        clean();
    }

    @Test
    void creatingTwiceWithTheSameRequestKeyMakesOneProgramme() {
        String k = key();
        ProgrammeForm form = fx.form(100_000, 50_000);
        ProgrammeSummary first = signedIn.as(fx.manager(), () -> vouchers.createProgramme(form, k));
        ProgrammeSummary second = signedIn.as(fx.manager(), () -> vouchers.createProgramme(form, k));
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void badProgrammesAreRefused() {
        ProgrammeForm ok = fx.form(100_000, 50_000);
        signedIn.run(fx.manager(), () -> {
            refused(() -> vouchers.createProgramme(new ProgrammeForm(ok.year(), ok.name(), yuan(0), ok.enterpriseCap(),
                    ok.faceValues(), ok.coverage(), ok.claimOpens(), ok.claimCloses(), ok.useDeadline(),
                    ok.redemptionDeadline()), key()), "error.voucher.amount-positive");
            refused(() -> vouchers.createProgramme(new ProgrammeForm(ok.year(), ok.name(), ok.totalBudget(),
                    ok.enterpriseCap(), ok.faceValues(), ok.coverage(), ok.claimOpens(), ok.claimCloses(),
                    ok.redemptionDeadline(), ok.useDeadline()), key()), "error.voucher.dates-order");
            refused(() -> vouchers.createProgramme(new ProgrammeForm(ok.year(), ok.name(), ok.totalBudget(),
                    ok.enterpriseCap(), ok.faceValues(), java.util.Map.of("PATENT", new BigDecimal("1.5")),
                    ok.claimOpens(), ok.claimCloses(), ok.useDeadline(), ok.redemptionDeadline()), key()),
                    "error.voucher.coverage-range");
            refused(() -> vouchers.createProgramme(new ProgrammeForm(ok.year(), ok.name(), ok.totalBudget(),
                    ok.enterpriseCap(), ok.faceValues(), java.util.Map.of("NOPE", new BigDecimal("0.5")),
                    ok.claimOpens(), ok.claimCloses(), ok.useDeadline(), ok.redemptionDeadline()), key()),
                    "error.voucher.category-unknown");
            refused(() -> vouchers.createProgramme(new ProgrammeForm(ok.year(), ok.name(), ok.totalBudget(),
                    yuan(5000), ok.faceValues(), ok.coverage(), ok.claimOpens(), ok.claimCloses(), ok.useDeadline(),
                    ok.redemptionDeadline()), key()), "error.voucher.face-value-range");
        });
    }

    @Test
    void onlyManagersManageProgrammes() {
        OrgAndUser enterprise = fx.enterprise();
        assertThatThrownBy(() -> signedIn.as(enterprise.user(),
                () -> vouchers.createProgramme(fx.form(100_000, 50_000), key())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(fx.agency().user(), () -> vouchers.expireDue()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anOpenProgrammeChangesOnlyWithAReasonAndNeverBelowWhatIsIssued() {
        ProgrammeSummary p = fx.openProgramme(100_000, 100_000);
        OrgAndUser e = fx.enterprise();
        fx.claim(e, p, 50_000);
        ProgrammeForm form = p.form();
        ProgrammeForm smaller = new ProgrammeForm(form.year(), form.name(), yuan(40_000), form.enterpriseCap(),
                List.of(yuan(10_000)), form.coverage(), form.claimOpens(), form.claimCloses(), form.useDeadline(),
                form.redemptionDeadline());
        ProgrammeForm larger = new ProgrammeForm(form.year(), form.name(), yuan(150_000), form.enterpriseCap(),
                form.faceValues(), form.coverage(), form.claimOpens(), form.claimCloses(), form.useDeadline(),
                form.redemptionDeadline());
        signedIn.run(fx.manager(), () -> {
            refused(() -> vouchers.updateProgramme(p.id(), larger, " "), "error.voucher.change-reason-required");
            refused(() -> vouchers.updateProgramme(p.id(), smaller, "cut"), "error.voucher.budget-below-issued");
            ProgrammeSummary changed = vouchers.updateProgramme(p.id(), larger, "追加预算");
            assertThat(changed.totalBudget()).isEqualByComparingTo("150000");
            assertThat(changed.available()).isEqualByComparingTo("100000");
            assertThat(vouchers.programmeHistory(p.id())).anyMatch(h -> "追加预算".equals(h.note()));
        });
        clean();
    }

    // ------------------------------------------------------------ issue and claim

    @Test
    void aManagerIssuesToSeveralEnterprisesAtOnceAndARetryIssuesNothingMore() {
        ProgrammeSummary p = fx.openProgramme(100_000, 50_000);
        OrgAndUser a = fx.enterprise();
        OrgAndUser b = fx.enterprise();
        String k = key();
        List<VoucherSummary> issued = signedIn.as(fx.manager(),
                () -> vouchers.issue(p.id(), List.of(a.organisation().id(), b.organisation().id()), yuan(20_000), k));
        List<VoucherSummary> again = signedIn.as(fx.manager(),
                () -> vouchers.issue(p.id(), List.of(a.organisation().id(), b.organisation().id()), yuan(20_000), k));
        assertThat(issued).hasSize(2);
        assertThat(again).extracting(VoucherSummary::id).containsExactlyElementsOf(
                issued.stream().map(VoucherSummary::id).toList());
        assertThat(signedIn.as(fx.manager(), () -> vouchers.programme(p.id())).available())
                .isEqualByComparingTo("60000");
        assertThat(signedIn.as(a.user(), () -> vouchers.myVouchers())).singleElement()
                .satisfies(v -> assertThat(v.balance()).isEqualByComparingTo("20000"));
        clean();
    }

    @Test
    void issuingIsAllOrNothingAndRefusesUnverifiedEnterprises() {
        ProgrammeSummary p = fx.openProgramme(100_000, 50_000);
        OrgAndUser ok = fx.enterprise();
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        signedIn.run(fx.manager(), () -> refused(() -> vouchers.issue(p.id(),
                List.of(ok.organisation().id(), pending.organisation().id()), yuan(10_000), key()),
                "error.voucher.enterprise-not-eligible"));
        assertThat(signedIn.as(ok.user(), () -> vouchers.myVouchers())).isEmpty();
    }

    @Test
    void claimsRespectTheCapOfTheRelatedGroupTogether() {
        ProgrammeSummary p = fx.openProgramme(1_000_000, 60_000);
        OrgAndUser parent = fx.enterprise();
        OrgAndUser sister = fx.relatedTo(parent, Roles.ENTERPRISE);
        fx.claim(parent, p, 50_000);
        refused(() -> fx.claim(sister, p, 20_000), "error.voucher.cap-exceeded");
        fx.claim(sister, p, 10_000);
        refused(() -> fx.claim(parent, p, 10_000), "error.voucher.cap-exceeded");
        assertThat(signedIn.as(sister.user(), () -> vouchers.remainingCap(p.id()))).isEqualByComparingTo("0");
    }

    @Test
    void claimsStopWhenTheBudgetIsSpentAndOutsideTheWindow() {
        ProgrammeSummary p = fx.openProgramme(30_000, 100_000, 10_000, 20_000);
        OrgAndUser e = fx.enterprise();
        fx.claim(e, p, 20_000);
        refused(() -> fx.claim(e, p, 20_000), "error.voucher.budget-exhausted");
        refused(() -> fx.claim(e, p, 15_000), "error.voucher.face-value");
        clock.advanceDays(40);
        refused(() -> fx.claim(e, p, 10_000), "error.voucher.claim-window");
    }

    @Test
    void draftProgrammesAndUnverifiedEnterprisesCannotClaim() {
        ProgrammeSummary draft = signedIn.as(fx.manager(), () -> vouchers.createProgramme(fx.form(50_000, 50_000), key()));
        OrgAndUser e = fx.enterprise();
        refused(() -> fx.claim(e, draft, 10_000), "error.voucher.programme-not-open");
        ProgrammeSummary p = fx.openProgramme(50_000, 50_000);
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        refused(() -> fx.claim(pending, p, 10_000), "error.organisation.not-verified");
        assertThatThrownBy(() -> fx.claim(fx.agency(), p, 10_000)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aDoubleClickedClaimIsAppliedOnce() {
        ProgrammeSummary p = fx.openProgramme(100_000, 100_000);
        OrgAndUser e = fx.enterprise();
        String k = key();
        VoucherSummary first = signedIn.as(e.user(), () -> vouchers.claim(p.id(), yuan(10_000), k));
        VoucherSummary second = signedIn.as(e.user(), () -> vouchers.claim(p.id(), yuan(10_000), k));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(signedIn.as(e.user(), () -> vouchers.myVouchers())).hasSize(1);
    }

    // ------------------------------------------------------------ catalogue and orders

    @Test
    void catalogueItemsAreValidatedAndBelongToTheirAgency() {
        OrgAndUser agency = fx.agency();
        signedIn.run(agency.user(), () -> {
            refused(() -> orders.addItem(new CatalogueItemForm("PATENT", " ", "d", yuan(100), 10), key()),
                    "error.voucher.title-required");
            refused(() -> orders.addItem(new CatalogueItemForm("PATENT", "t", "d", yuan(0), 10), key()),
                    "error.voucher.amount-positive");
            refused(() -> orders.addItem(new CatalogueItemForm("NOPE", "t", "d", yuan(10), 10), key()),
                    "error.voucher.category-unknown");
        });
        CatalogueItemSummary item = fx.item(agency, "PATENT", 10_000);
        OrgAndUser other = fx.agency();
        signedIn.run(other.user(), () -> refused(() -> orders.updateItem(item.id(),
                new CatalogueItemForm("PATENT", "x", "y", yuan(1), 1), true), "error.voucher.item-not-found"));
        assertThatThrownBy(() -> signedIn.as(fx.enterprise().user(), () -> orders.addItem(
                new CatalogueItemForm("PATENT", "t", "d", yuan(10), 10), key())))
                .isInstanceOf(AuthorizationDeniedException.class);
        OrgAndUser pendingAgency = data.pendingOrganisation(Roles.AGENCY);
        signedIn.run(pendingAgency.user(), () -> refused(() -> orders.addItem(
                new CatalogueItemForm("PATENT", "t", "d", yuan(10), 10), key()), "error.organisation.not-verified"));
    }

    @Test
    void anOrderReservesVouchersUpToTheCoverageRatioEarliestDeadlineFirst() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "RD_DESIGN", 80_000);
        fx.claim(e, p, 20_000);
        fx.claim(e, p, 50_000);
        refused(() -> fx.order(e, p, item, 80_000, 40_001), "error.voucher.coverage-exceeded");
        OrderSummary order = fx.order(e, p, item, 80_000, 40_000);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.ownShare()).isEqualByComparingTo("40000");
        List<VoucherSummary> mine = signedIn.as(e.user(), () -> vouchers.myVouchers());
        assertThat(mine.stream().map(VoucherSummary::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("30000");
        refused(() -> fx.order(e, p, item, 80_000, 40_000), "error.voucher.insufficient-balance");
        clean();
    }

    @Test
    void relatedPartiesSuspendedAgenciesAndIneligibleCategoriesAreRefused() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        fx.claim(e, p, 50_000);
        OrgAndUser relatedAgency = fx.relatedTo(e, Roles.AGENCY);
        CatalogueItemSummary own = fx.item(relatedAgency, "PATENT", 10_000);
        refused(() -> fx.order(e, p, own, 10_000, 5_000), "error.voucher.related-party");

        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 10_000);
        signedIn.run(fx.manager(), () -> orders.suspendAgency(agency.organisation().id(), "投诉核查"));
        refused(() -> fx.order(e, p, item, 10_000, 5_000), "error.voucher.agency-suspended");
        assertThat(signedIn.as(e.user(), () -> orders.catalogue())).noneMatch(i -> i.id().equals(item.id()));
        signedIn.run(fx.manager(), () -> orders.reinstateAgency(agency.organisation().id()));
        assertThat(fx.order(e, p, item, 10_000, 5_000).status()).isEqualTo(OrderStatus.PLACED);

        ProgrammeForm f = fx.form(100_000, 100_000);
        ProgrammeSummary patentOnly = signedIn.as(fx.manager(), () -> vouchers.openProgramme(vouchers.createProgramme(
                new ProgrammeForm(f.year(), f.name(), f.totalBudget(), f.enterpriseCap(), f.faceValues(),
                        java.util.Map.of("PATENT", new BigDecimal("0.5")), f.claimOpens(), f.claimCloses(),
                        f.useDeadline(), f.redemptionDeadline()), key()).id()));
        OrgAndUser e2 = fx.enterprise();
        fx.claim(e2, patentOnly, 10_000);
        CatalogueItemSummary testing = fx.item(agency, "TESTING", 10_000);
        refused(() -> fx.order(e2, patentOnly, testing, 10_000, 5_000), "error.voucher.category-not-eligible");
    }

    @Test
    void cancellingReleasesTheReservationAndTwiceChangesNothing() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "TESTING", 20_000);
        fx.claim(e, p, 10_000);
        OrderSummary order = fx.order(e, p, item, 20_000, 10_000);
        signedIn.run(e.user(), () -> refused(() -> orders.cancelOrder(order.id(), ""), "error.reason-required"));
        signedIn.run(e.user(), () -> orders.cancelOrder(order.id(), "不需要了"));
        signedIn.run(e.user(), () -> orders.cancelOrder(order.id(), "不需要了"));
        assertThat(signedIn.as(e.user(), () -> vouchers.myVouchers())).singleElement()
                .satisfies(v -> assertThat(v.balance()).isEqualByComparingTo("10000"));
        OrgAndUser stranger = fx.enterprise();
        signedIn.run(stranger.user(), () -> refused(() -> orders.cancelOrder(order.id(), "x"),
                "error.voucher.order-not-found"));
        clean();
    }

    @Test
    void theWholeWayFromClaimToPaymentMovesTheMoneyAndNotifiesEachSide() throws Exception {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 30_000);
        fx.claim(e, p, 20_000);
        OrderSummary order = fx.order(e, p, item, 30_000, 15_000);

        OrgAndUser otherAgency = fx.agency();
        signedIn.run(otherAgency.user(), () -> refused(() -> orders.acceptOrder(order.id()),
                "error.voucher.order-not-found"));
        assertThatThrownBy(() -> signedIn.as(e.user(), () -> orders.acceptOrder(order.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        signedIn.run(agency.user(), () -> orders.acceptOrder(order.id()));
        signedIn.run(agency.user(), () -> orders.acceptOrder(order.id()));
        Long proof = fx.pdf(e.user(), files);
        signedIn.run(e.user(), () -> refused(() -> orders.confirmDelivery(order.id(), proof),
                "error.voucher.order-state"));
        signedIn.run(agency.user(), () -> orders.deliverOrder(order.id()));
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(order.id(), 1L, 1L, 1L),
                "error.voucher.order-not-confirmed"));
        signedIn.run(e.user(), () -> orders.confirmDelivery(order.id(), proof));
        Long contract = fx.pdf(agency.user(), files);
        Long invoice = fx.pdf(agency.user(), files);
        Long delivery = fx.pdf(agency.user(), files);
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(order.id(), proof, invoice, delivery),
                "error.file.not-found"));
        RedemptionSummary filed = signedIn.as(agency.user(),
                () -> orders.fileRedemption(order.id(), contract, invoice, delivery));
        RedemptionSummary again = signedIn.as(agency.user(),
                () -> orders.fileRedemption(order.id(), contract, invoice, delivery));
        assertThat(again.id()).isEqualTo(filed.id());
        assertThatThrownBy(() -> signedIn.as(agency.user(), () -> orders.approve(filed.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        signedIn.run(fx.manager(), () -> {
            refused(() -> orders.pay(filed.id(), "BANK-1", fx.today()), "error.voucher.redemption-state");
            orders.approve(filed.id());
            orders.approve(filed.id());
            refused(() -> orders.pay(filed.id(), " ", fx.today()), "error.voucher.payment-reference");
            refused(() -> orders.pay(filed.id(), "BANK-1", fx.today().plusDays(1)), "error.voucher.payment-date");
            RedemptionSummary paid = orders.pay(filed.id(), "BANK-1", fx.today());
            orders.pay(filed.id(), "BANK-1", fx.today());
            assertThat(paid.status()).isEqualTo(RedemptionStatus.PAID);
            assertThat(accounts.sumBalances(p.id(), AccountKind.PAID)).isEqualByComparingTo("15000");
            assertThat(accounts.sumBalances(p.id(), AccountKind.AGENCY_PAYABLE)).isEqualByComparingTo("0");
        });
        assertThat(signedIn.as(agency.user(), () -> orders.agencyOrders())).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.PAID));
        clean();
        awaitNotification(agency, "notify.voucher.payment-made");
        awaitNotification(e, "notify.voucher.order-accepted");
        awaitNotification(agency, "notify.voucher.order-placed");
    }

    @Test
    void aRejectedClaimReturnsTheAmountToTheVoucherOrToTheBudgetOnceExpired() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "INCUBATION", 20_000);
        fx.claim(e, p, 20_000);
        RedemptionSummary first = filed(e, agency, p, item, 10_000);
        signedIn.run(fx.manager(), () -> {
            refused(() -> orders.reject(first.id(), ""), "error.reason-required");
            orders.reject(first.id(), "发票抬头不符");
            orders.reject(first.id(), "发票抬头不符");
            refused(() -> orders.approve(first.id()), "error.voucher.redemption-state");
        });
        assertThat(signedIn.as(e.user(), () -> vouchers.myVouchers())).singleElement()
                .satisfies(v -> assertThat(v.balance()).isEqualByComparingTo("20000"));

        RedemptionSummary second = filed(e, agency, p, item, 10_000);
        clock.advanceDays(100);
        signedIn.run(fx.manager(), () -> orders.reject(second.id(), "材料不全"));
        assertThat(signedIn.as(fx.manager(), () -> vouchers.programme(p.id())).available())
                .isEqualByComparingTo("490000");
        clean();
    }

    @Test
    void claimsAfterTheRedemptionDeadlineAreRefused() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 20_000);
        fx.claim(e, p, 10_000);
        OrderSummary order = confirmed(e, agency, p, item, 10_000);
        clock.advanceDays(160);
        Long c = fx.pdf(agency.user(), files);
        signedIn.run(agency.user(), () -> refused(() -> orders.fileRedemption(order.id(), c, c, c),
                "error.voucher.redemption-deadline"));
    }

    @Test
    void expiryReturnsUnusedValueOnceAndRemindersGoOutOnce() throws Exception {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 20_000);
        fx.claim(e, p, 20_000);
        fx.order(e, p, item, 20_000, 5_000);
        clock.advanceDays(65);
        assertThat(signedIn.as(fx.manager(), () -> vouchers.sendReminders())).isPositive();
        assertThat(signedIn.as(fx.manager(), () -> vouchers.sendReminders())).isZero();
        clock.advanceDays(20);
        assertThat(signedIn.as(fx.manager(), () -> vouchers.sendReminders())).isPositive();
        assertThat(signedIn.as(fx.manager(), () -> vouchers.sendReminders())).isZero();
        awaitNotification(e, "notify.voucher.expiring");
        clock.advanceDays(10);
        refused(() -> fx.order(e, p, item, 20_000, 5_000), "error.voucher.programme-ended");
        assertThat(signedIn.as(fx.manager(), () -> vouchers.expireDue())).isPositive();
        assertThat(signedIn.as(fx.manager(), () -> vouchers.expireDue())).isZero();
        VoucherSummary v = signedIn.as(e.user(), () -> vouchers.myVouchers()).getFirst();
        assertThat(v.status()).isEqualTo(VoucherStatus.EXPIRED);
        assertThat(v.balance()).isEqualByComparingTo("0");
        assertThat(signedIn.as(fx.manager(), () -> vouchers.programme(p.id())).available())
                .isEqualByComparingTo("495000");
        VoucherMovements moves = signedIn.as(fx.manager(), () -> ledger.movements(v.id()));
        assertThat(moves.transfers()).extracting(TransferView::reason)
                .containsExactly(TransferReason.CLAIM, TransferReason.RESERVE, TransferReason.EXPIRE);
        OrgAndUser stranger = fx.enterprise();
        signedIn.run(stranger.user(), () -> refused(() -> ledger.movements(v.id()), "error.voucher.voucher-not-found"));
        clean();
    }

    @Test
    void flagsMarkPricesFarAboveTheMedianAndConcentrationWithoutBlocking() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        String category = "HIGH_TECH_APPLICATION";
        fx.item(fx.agency(), category, 10_000);
        fx.item(fx.agency(), category, 10_000);
        CatalogueItemSummary item = fx.item(agency, category, 12_000);
        fx.claim(e, p, 50_000);
        OrderSummary order = fx.order(e, p, item, 40_000, 20_000);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        List<FlagView> flags = signedIn.as(fx.manager(), () -> orders.flags()).stream()
                .filter(f -> f.orderId().equals(order.id())).toList();
        assertThat(flags).extracting(FlagView::kind)
                .containsExactlyInAnyOrder(FlagKind.PRICE_ABOVE_MEDIAN);
        OrderSummary second = fx.order(e, p, item, 24_000, 12_000);
        assertThat(signedIn.as(fx.manager(), () -> orders.flags())).anyMatch(
                f -> f.orderId().equals(second.id()) && f.kind() == FlagKind.CONCENTRATION);
        assertThatThrownBy(() -> signedIn.as(e.user(), () -> orders.flags()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void filesAreCheckedByTheirFirstBytes() {
        OrgAndUser e = fx.enterprise();
        signedIn.run(e.user(), () -> {
            refused(() -> files.store("x.pdf", "hello".getBytes()), "error.file.type");
            refused(() -> files.store("x.pdf", new byte[0]), "error.file.empty");
            byte[] big = new byte[FileStore.MAX_BYTES + 1];
            big[0] = '%';
            big[1] = 'P';
            big[2] = 'D';
            big[3] = 'F';
            refused(() -> files.store("x.pdf", big), "error.file.too-large");
            assertThat(files.store("p.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1})).isPositive();
        });
    }

    @Test
    void reportsAddUpAndExportToExcel() {
        ProgrammeSummary p = fx.openProgramme(500_000, 200_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 20_000);
        fx.claim(e, p, 20_000);
        fx.order(e, p, item, 20_000, 10_000);
        VoucherReport report = signedIn.as(fx.manager(), () -> ledger.report(p.id(), java.util.Locale.ENGLISH));
        assertThat(report.total().issued()).isEqualByComparingTo("20000");
        assertThat(report.total().reserved()).isEqualByComparingTo("10000");
        assertThat(report.byCategory()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Patent services"));
        byte[] xlsx = signedIn.as(fx.manager(), () -> ledger.exportExcel(p.id(), java.util.Locale.ENGLISH, k -> k));
        assertThat(xlsx).startsWith('P', 'K');
    }

    private OrderSummary confirmed(OrgAndUser e, OrgAndUser agency, ProgrammeSummary p, CatalogueItemSummary item,
            long amount) {
        return fx.confirmedOrder(e, agency, p, item, amount * 2, amount, files);
    }

    private RedemptionSummary filed(OrgAndUser e, OrgAndUser agency, ProgrammeSummary p, CatalogueItemSummary item,
            long amount) {
        OrderSummary order = confirmed(e, agency, p, item, amount);
        Long c = fx.pdf(agency.user(), files);
        return signedIn.as(agency.user(), () -> orders.fileRedemption(order.id(), c, c, c));
    }

    private void awaitNotification(OrgAndUser who, String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (signedIn.as(who.user(), () -> notifications.mine(50)).stream().anyMatch(n -> key.equals(n.messageKey()))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No notification " + key + " for " + who.user().username());
    }
}
