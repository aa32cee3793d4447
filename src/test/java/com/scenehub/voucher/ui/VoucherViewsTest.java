package com.scenehub.voucher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.shared.i18n.Translations;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import com.scenehub.voucher.CatalogueItemSummary;
import com.scenehub.voucher.FileStore;
import com.scenehub.voucher.OrderSummary;
import com.scenehub.voucher.ProgrammeSummary;
import com.scenehub.voucher.RedemptionStatus;
import com.scenehub.voucher.VoucherFixture;
import com.scenehub.voucher.VoucherOrderService;
import com.scenehub.voucher.VoucherService;
import com.scenehub.voucher.VoucherTestConfig;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.AopTestUtils;

@SceneHubTest
@Import(VoucherTestConfig.class)
class VoucherViewsTest extends SpringBrowserlessTest {

    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired VoucherService vouchers;
    @Autowired VoucherOrderService orders;
    @Autowired FileStore files;

    @Test
    void anEnterpriseClaimsFromAnOpenProgrammeAndADoubleClickClaimsOnce() {
        ProgrammeSummary p = fx.openProgramme(100_000, 50_000);
        OrgAndUser e = fx.enterprise();
        signedIn.login(e.user().username());
        MyVouchersView view = AopTestUtils.getUltimateTargetObject(navigate(MyVouchersView.class));
        assertThat(view.claimButtons).containsKey(p.id());
        view.faceValues.get(p.id()).setValue(new BigDecimal("20000.00"));
        test(view.claimButtons.get(p.id())).click();

        assertThat(signedIn.as(e.user(), () -> vouchers.myVouchers())).singleElement()
                .satisfies(v -> assertThat(v.balance()).isEqualByComparingTo("20000"));
        assertThat(test(view.vouchers).size()).isEqualTo(1);
    }

    @Test
    void aRefusedOrderKeepsWhatTheEnterpriseTypedAndExplainsInEnglish() {
        ProgrammeSummary p = fx.openProgramme(100_000, 50_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 10_000);
        fx.claim(e, p, 10_000);
        signedIn.login(e.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        VoucherCatalogueView view = AopTestUtils.getUltimateTargetObject(navigate(VoucherCatalogueView.class));
        view.openOrder(item);
        roundTrip();
        view.voucherAmount.setValue(new BigDecimal("9000"));
        test(view.place).click();

        assertThat(view.orderDialog.isOpened()).isTrue();
        assertThat(view.voucherAmount.getValue()).isEqualByComparingTo("9000");
        assertThat(signedIn.as(e.user(), () -> orders.myOrders())).isEmpty();
        view.voucherAmount.clear();
        test(view.place).click();
        assertThat(view.voucherAmount.isInvalid()).isTrue();
        assertThat(view.voucherAmount.getErrorMessage()).isEqualTo("Amounts must be positive numbers.");
        assertThat(view.price.getValue()).isEqualByComparingTo("10000");
        view.voucherAmount.setValue(new BigDecimal("5000"));
        test(view.place).click();
        assertThat(signedIn.as(e.user(), () -> orders.myOrders())).singleElement()
                .satisfies(o -> assertThat(o.voucherAmount()).isEqualByComparingTo("5000"));
    }

    @Test
    void anAgencyAddsAServiceAndABadPriceKeepsTheForm() {
        OrgAndUser agency = fx.agency();
        signedIn.login(agency.user().username());
        AgencyVoucherView view = AopTestUtils.getUltimateTargetObject(navigate(AgencyVoucherView.class));
        view.openItemForm();
        roundTrip();
        view.category.setValue("TESTING");
        test(view.title).setValue("检测服务");
        test(view.description).setValue("国标检测");
        view.listPrice.setValue(new BigDecimal("-5"));
        view.deliveryDays.setValue(10);
        test(view.saveItem).click();
        assertThat(view.listPrice.isInvalid()).isTrue();
        assertThat(view.listPrice.getErrorMessage()).isEqualTo("金额必须是正数。");
        assertThat(view.title.getValue()).isEqualTo("检测服务");
        assertThat(signedIn.as(agency.user(), () -> orders.myCatalogue())).isEmpty();
        view.listPrice.setValue(new BigDecimal("12000"));
        test(view.saveItem).click();
        assertThat(signedIn.as(agency.user(), () -> orders.myCatalogue())).singleElement()
                .satisfies(i -> assertThat(i.listPrice()).isEqualByComparingTo("12000"));
    }

    @Test
    void anAgencyFilesARedemptionWithItsDocuments() {
        ProgrammeSummary p = fx.openProgramme(100_000, 50_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 10_000);
        fx.claim(e, p, 10_000);
        OrderSummary order = fx.confirmedOrder(e, agency, p, item, 10_000, 5_000, files);
        signedIn.login(agency.user().username());
        AgencyVoucherView view = AopTestUtils.getUltimateTargetObject(navigate(AgencyVoucherView.class));
        OrderSummary confirmed = signedIn.as(agency.user(), () -> orders.agencyOrders()).getFirst();
        view.openRedemption(confirmed);
        roundTrip();
        test(view.fileButton).click();
        assertThat(view.redemptionDialog.isOpened()).isTrue();
        view.contract.setFileId(fx.pdf(agency.user(), files));
        view.invoice.setFileId(fx.pdf(agency.user(), files));
        view.delivery.setFileId(fx.pdf(agency.user(), files));
        test(view.fileButton).click();
        assertThat(signedIn.as(agency.user(), () -> orders.myRedemptions())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RedemptionStatus.FILED));
    }

    @Test
    void aManagerCreatesAProgrammeIssuesRejectsWithAReasonAndRunsTheIntegrityCheck() {
        OrgAndUser e = fx.enterprise();
        signedIn.login(fx.manager().username());
        VoucherProgrammesView programmes = AopTestUtils.getUltimateTargetObject(navigate(VoucherProgrammesView.class));
        programmes.openProgramme(null);
        roundTrip();
        test(programmes.name).setValue("测试计划");
        programmes.claimOpens.clear();
        test(programmes.saveProgramme).click();
        assertThat(programmes.claimOpens.isInvalid()).isTrue();
        assertThat(programmes.claimOpens.getErrorMessage()).isEqualTo("请按 yyyy-MM-dd 格式填写日期。");
        assertThat(programmes.name.getValue()).isEqualTo("测试计划");
        assertThat(programmes.programmeDialog.isOpened()).isTrue();
        test(programmes.claimOpens).setValue(fx.today().minusDays(1));
        test(programmes.saveProgramme).click();
        ProgrammeSummary created = vouchers.programmes().stream().filter(x -> x.name().equals("测试计划")).findFirst()
                .orElseThrow();
        programmes.openIssue(created);
        roundTrip();
        programmes.enterprises.setValue(java.util.Set.of(programmes.enterprises.getListDataView().getItems()
                .filter(o -> o.id().equals(e.organisation().id())).findFirst().orElseThrow()));
        test(programmes.issueButton).click();
        assertThat(signedIn.as(e.user(), () -> vouchers.myVouchers())).hasSize(1);

        VoucherReportsView reports = AopTestUtils.getUltimateTargetObject(navigate(VoucherReportsView.class));
        reports.runIntegrityCheck();
        assertThat(reports.integrityResult.getText()).contains("无差异");
    }

    @Test
    void eachEligibleCategoryGetsItsOwnCoverageRatioAndATypedRatioSurvivesUntickingItsCategory() {
        signedIn.login(fx.manager().username());
        VoucherProgrammesView programmes = AopTestUtils.getUltimateTargetObject(navigate(VoucherProgrammesView.class));
        programmes.openProgramme(null);
        roundTrip();
        test(programmes.name).setValue("分类比例计划");
        programmes.categories.setValue(java.util.Set.of("PATENT", "TESTING"));
        assertThat(programmes.coverageFields.getChildren()).hasSize(2);
        programmes.coverage.get("PATENT").setValue(70);
        programmes.coverage.get("TESTING").setValue(30);
        programmes.categories.setValue(java.util.Set.of("TESTING"));
        assertThat(programmes.coverageFields.getChildren()).hasSize(1);
        programmes.categories.setValue(java.util.Set.of("PATENT", "TESTING"));
        assertThat(programmes.coverage.get("PATENT").getValue()).isEqualTo(70);
        programmes.coverage.get("TESTING").setValue(0);
        test(programmes.saveProgramme).click();
        assertThat(programmes.coverage.get("TESTING").isInvalid()).isTrue();
        assertThat(programmes.coverage.get("TESTING").getErrorMessage()).isEqualTo("抵扣比例必须大于 0 且不超过 100%。");
        assertThat(programmes.programmeDialog.isOpened()).isTrue();
        programmes.coverage.get("TESTING").setValue(30);
        test(programmes.saveProgramme).click();

        ProgrammeSummary created = vouchers.programmes().stream().filter(x -> x.name().equals("分类比例计划"))
                .findFirst().orElseThrow();
        assertThat(created.coverage()).containsOnlyKeys("PATENT", "TESTING");
        assertThat(created.coverage().get("PATENT")).isEqualByComparingTo("0.70");
        assertThat(created.coverage().get("TESTING")).isEqualByComparingTo("0.30");
        programmes.openProgramme(created);
        roundTrip();
        assertThat(programmes.coverage.get("PATENT").getValue()).isEqualTo(70);
        assertThat(programmes.coverage.get("TESTING").getValue()).isEqualTo(30);

        // Enterprises see each category's own ratio on the claim card, in their language.
        vouchers.openProgramme(created.id());
        signedIn.login(fx.enterprise().user().username());
        MyVouchersView mine = AopTestUtils.getUltimateTargetObject(navigate(MyVouchersView.class));
        assertThat(mine.programmes.getElement().getTextRecursively())
                .contains("适用服务：专利服务（最多抵扣 70%）、检验检测（最多抵扣 30%）");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        mine = AopTestUtils.getUltimateTargetObject(navigate(MyVouchersView.class));
        assertThat(mine.programmes.getElement().getTextRecursively())
                .contains("Eligible services: Patent services (up to 70 %), Inspection and testing (up to 30 %)");
    }
}
