package com.scenehub.voucher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import com.scenehub.support.TestData;
import com.scenehub.voucher.CatalogueItemSummary;
import com.scenehub.voucher.FileStore;
import com.scenehub.voucher.OrderSummary;
import com.scenehub.voucher.ProgrammeSummary;
import com.scenehub.voucher.RedemptionStatus;
import com.scenehub.voucher.RedemptionSummary;
import com.scenehub.voucher.VoucherFixture;
import com.scenehub.voucher.VoucherOrderService;
import com.scenehub.voucher.VoucherTestConfig;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.AopTestUtils;

/**
 * Who may open each voucher view (every other role is refused), the report charts in both
 * languages, the translated date pickers and the upload's refusals.
 */
@SceneHubTest
@Import(VoucherTestConfig.class)
class VoucherViewAccessTest extends SpringBrowserlessTest {

    static final Map<Class<? extends Component>, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put(MyVouchersView.class, Roles.ENTERPRISE);
        VIEWS.put(VoucherCatalogueView.class, Roles.ENTERPRISE);
        VIEWS.put(AgencyVoucherView.class, Roles.AGENCY);
        VIEWS.put(VoucherProgrammesView.class, Roles.MANAGER);
        VIEWS.put(VoucherApprovalsView.class, Roles.MANAGER);
        VIEWS.put(VoucherReportsView.class, Roles.MANAGER);
    }

    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired TestData data;
    @Autowired VoucherOrderService orders;
    @Autowired FileStore files;
    @Autowired com.scenehub.voucher.VoucherLedgerService ledger;

    /** Opens a view; false when the navigation was refused (rerouted elsewhere or an error). */
    boolean opens(Class<? extends Component> view) {
        try {
            navigate(view);
        } catch (RuntimeException refused) {
            return false;
        }
        return view.isInstance(AopTestUtils.getUltimateTargetObject(getCurrentView()));
    }

    @Test
    void everyRoleOpensOnlyItsOwnVoucherViews() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put(Roles.ENTERPRISE, fx.enterprise().user().username());
        users.put(Roles.AGENCY, fx.agency().user().username());
        users.put(Roles.MANAGER, fx.manager().username());
        users.put(Roles.PROVIDER, data.verifiedOrganisation(Roles.PROVIDER).user().username());
        users.put(Roles.EXPERT, data.staff(Roles.EXPERT).username());
        users.put(Roles.ADMIN, data.staff(Roles.ADMIN).username());
        for (Map.Entry<String, String> user : users.entrySet()) {
            for (Map.Entry<Class<? extends Component>, String> view : VIEWS.entrySet()) {
                signedIn.login(user.getValue());
                boolean allowed = view.getValue().equals(user.getKey());
                assertThat(opens(view.getKey())).as("%s opens %s", user.getKey(), view.getKey().getSimpleName())
                        .isEqualTo(allowed);
            }
        }
        signedIn.logout();
        for (Class<? extends Component> view : VIEWS.keySet()) {
            assertThat(opens(view)).as("anonymous opens %s", view.getSimpleName()).isFalse();
        }
    }

    @Test
    void theReportsChartEveryMeasureByProgrammeCategoryAgencyAndEnterpriseInBothLanguages() {
        ProgrammeSummary p = fx.openProgramme(1_000_000, 100_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 10_000);
        fx.claim(e, p, 20_000);
        fx.order(e, p, item, 10_000, 5_000);
        signedIn.login(fx.manager().username());

        UI.getCurrent().setLocale(Translations.CHINESE);
        VoucherReportsView zh = AopTestUtils.getUltimateTargetObject(navigate(VoucherReportsView.class));
        zh.programme.setValue(zh.programme.getListDataView().getItems().filter(x -> x.id().equals(p.id()))
                .findFirst().orElseThrow());
        for (VoucherReportsView.ChartBox box : List.of(zh.programmeChart, zh.categoryChart, zh.agencyChart,
                zh.enterpriseChart)) {
            assertThat(box.chart.isVisible()).isTrue();
            assertThat(box.empty.isVisible()).isFalse();
            assertThat(box.chart.getOption()).contains("\"type\":\"bar\"", "已发放", "已冻结", "已兑付", "已支付", "已过期");
        }
        assertThat(zh.categoryChart.chart.getOption()).contains("5000.00");
        assertThat(zh.enterpriseChart.chart.getOption()).contains("20000.00", "5000.00");
        assertThat(zh.enterpriseChart.chart.getOption()).contains(e.organisation().name());
        assertThat(zh.agencyChart.chart.getOption()).contains(agency.organisation().name());
        assertThat(zh.programmeChart.chart.getOption()).contains(p.name());
        assertThat(zh.export.getChildren().count()).isEqualTo(1);

        UI.getCurrent().setLocale(Translations.ENGLISH);
        VoucherReportsView en = AopTestUtils.getUltimateTargetObject(navigate(VoucherReportsView.class));
        en.programme.setValue(en.programme.getListDataView().getItems().filter(x -> x.id().equals(p.id()))
                .findFirst().orElseThrow());
        assertThat(en.categoryChart.chart.getOption()).contains("Issued", "Reserved", "Redeemed", "Paid", "Expired");

        // the Excel export behind the report's download link: one translated sheet per breakdown
        byte[] xlsx = ledger.exportExcel(p.id(), Translations.ENGLISH, key -> UI.getCurrent().getTranslation(key));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(3)).isEqualTo("By enterprise");
            var sheet = workbook.getSheetAt(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Issued");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(e.organisation().name());
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(20000.0);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(5000.0);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void aProgrammeWhereNoValueMovedShowsANoteInsteadOfEmptyCharts() {
        ProgrammeSummary p = fx.openProgramme(1_000_000, 100_000);
        signedIn.login(fx.manager().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        VoucherReportsView view = AopTestUtils.getUltimateTargetObject(navigate(VoucherReportsView.class));
        view.programme.setValue(view.programme.getListDataView().getItems().filter(x -> x.id().equals(p.id()))
                .findFirst().orElseThrow());
        assertThat(view.categoryChart.chart.isVisible()).isFalse();
        assertThat(view.categoryChart.empty.isVisible()).isTrue();
        assertThat(view.categoryChart.empty.getText()).contains("nothing to chart");
    }

    @Test
    void datePickersSpeakTheUsersLanguage() {
        signedIn.login(fx.manager().username());
        UI.getCurrent().setLocale(Translations.CHINESE);
        VoucherProgrammesView zh = AopTestUtils.getUltimateTargetObject(navigate(VoucherProgrammesView.class));
        assertThat(zh.claimOpens.getI18n().getMonthNames()).startsWith("一月");
        assertThat(zh.claimOpens.getI18n().getToday()).isEqualTo("今天");
        assertThat(zh.claimOpens.getI18n().getBadInputErrorMessage()).contains("年-月-日").contains("2027-01-31");
        assertThat(zh.budget.getI18n().getBadInputErrorMessage()).isEqualTo("金额必须是正数。");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        VoucherProgrammesView en = AopTestUtils.getUltimateTargetObject(navigate(VoucherProgrammesView.class));
        assertThat(en.claimOpens.getI18n().getMonthNames()).startsWith("January");
        assertThat(en.claimOpens.getI18n().getToday()).isEqualTo("Today");
        assertThat(en.claimOpens.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void aBadBudgetIsExplainedBesideTheFieldAndNothingTypedIsLost() {
        signedIn.login(fx.manager().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        VoucherProgrammesView view = AopTestUtils.getUltimateTargetObject(navigate(VoucherProgrammesView.class));
        view.openProgramme(null);
        roundTrip();
        test(view.name).setValue("Bad budget programme");
        view.budget.clear();
        IntegerField firstRatio = view.coverage.values().iterator().next();
        firstRatio.setValue(150);
        test(view.saveProgramme).click();
        assertThat(view.programmeDialog.isOpened()).isTrue();
        assertThat(view.budget.isInvalid()).isTrue();
        assertThat(view.budget.getErrorMessage()).isEqualTo("Amounts must be positive numbers.");
        assertThat(firstRatio.isInvalid()).isTrue();
        assertThat(firstRatio.getValue()).isEqualTo(150);
        assertThat(view.name.getValue()).isEqualTo("Bad budget programme");
        assertThat(view.claimOpens.getValue()).isNotNull();
    }

    @Test
    void uploadsStateTheRulesRefuseBadFilesInTheUsersLanguageAndKeepAGoodOne() {
        OrgAndUser agency = fx.agency();
        signedIn.login(agency.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        DocumentUpload upload = new DocumentUpload("Contract", files);
        UI.getCurrent().add(upload);
        assertThat(upload.hint.getText()).isEqualTo("PDF, PNG or JPEG, at most 10 MB each.");
        assertThat(upload.upload.getMaxFileSize()).isEqualTo(FileStore.MAX_BYTES);
        assertThat(upload.upload.getAcceptedFileTypes()).contains("application/pdf", ".pdf", "image/png", "image/jpeg");
        assertThat(upload.upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("Only PDF, PNG or JPEG files are accepted.");

        // refused in the browser (type): the web component reports it, the message is translated
        ComponentUtil.fireEvent(upload.upload, new FileRejectedEvent(upload.upload,
                upload.upload.getI18n().getError().getIncorrectFileType(), "notes.txt"));
        assertThat(upload.status.getText()).isEqualTo("“notes.txt” was refused: Only PDF, PNG or JPEG files are accepted.");
        assertThat(upload.fileId()).isNull();

        // refused by the store: the name says PDF, the content does not
        test(upload.upload).upload("fake.pdf", "application/pdf", "just text".getBytes());
        upload.finished();
        assertThat(upload.fileId()).isNull();
        assertThat(upload.status.getClassNames()).contains("sh-error-text");
        assertThat(upload.status.getText()).doesNotContain("error.");

        test(upload.upload).upload("contract.pdf", "application/pdf", "%PDF-1.4\n%ok\n".getBytes());
        upload.finished();
        assertThat(upload.fileId()).isNotNull();
        assertThat(upload.status.getText()).isEqualTo("✓ contract.pdf stored");
    }

    @Test
    void theManagerRecordsAPaymentWithADatePickerAndAMissingDateIsExplained() {
        ProgrammeSummary p = fx.openProgramme(100_000, 50_000);
        OrgAndUser e = fx.enterprise();
        OrgAndUser agency = fx.agency();
        CatalogueItemSummary item = fx.item(agency, "PATENT", 10_000);
        fx.claim(e, p, 10_000);
        OrderSummary order = fx.confirmedOrder(e, agency, p, item, 10_000, 5_000, files);
        AccountSummary manager = fx.manager();
        RedemptionSummary filed = signedIn.as(agency.user(), () -> orders.fileRedemption(order.id(),
                fx.pdf(agency.user(), files), fx.pdf(agency.user(), files), fx.pdf(agency.user(), files)));
        signedIn.run(manager, () -> orders.approve(filed.id()));

        signedIn.login(manager.username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        VoucherApprovalsView view = AopTestUtils.getUltimateTargetObject(navigate(VoucherApprovalsView.class));
        RedemptionSummary approved = signedIn.as(manager, () -> orders.redemptions(RedemptionStatus.APPROVED)).stream()
                .filter(r -> r.id().equals(filed.id())).findFirst().orElseThrow();
        view.openPayment(approved);
        roundTrip();
        assertThat(view.paymentDate.getValue()).isEqualTo(fx.today());
        assertThat(view.paymentDate.getMax()).isEqualTo(fx.today());
        test(view.paymentReference).setValue("BANK-2026-001");
        view.paymentDate.clear();
        test(view.confirm).click();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.paymentDate.getErrorMessage()).isEqualTo("Enter the date as yyyy-MM-dd.");
        assertThat(view.paymentReference.getValue()).isEqualTo("BANK-2026-001");
        LocalDate paid = fx.today().minusDays(1);
        test(view.paymentDate).setValue(paid);
        test(view.confirm).click();
        assertThat(signedIn.as(manager, () -> orders.redemptions(RedemptionStatus.PAID))).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(filed.id());
            assertThat(r.paymentDate()).isEqualTo(paid);
        });
    }
}
