package com.scenehub.requirement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.AopTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class RequirementViewsTest extends SpringBrowserlessTest {

    @Autowired RequirementService requirements;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;

    @Test
    void aRefusedSaveKeepsEverythingTypedAndSavesNothing() {
        OrgAndUser owner = scene.enterprise();
        signedIn.login(owner.user().username());
        UI.getCurrent().setLocale(Translations.CHINESE);
        RequirementFormView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementFormView.class));
        test(view.title).setValue("智能产线改造");
        test(view.painPoints).setValue("人工巡检");
        view.budgetMin.setValue(new BigDecimal("900000"));
        view.budgetMax.setValue(new BigDecimal("100000"));

        test(view.saveDraft).click();

        assertThat(view.budgetMax.isInvalid()).isTrue();
        assertThat(view.budgetMax.getErrorMessage()).contains("预算下限不能高于上限");
        assertThat(view.title.getValue()).isEqualTo("智能产线改造");
        assertThat(view.painPoints.getValue()).isEqualTo("人工巡检");
        assertThat(view.budgetMin.getValue()).isEqualByComparingTo("900000");
        assertThat(requirements.mine()).isEmpty();
    }

    @Test
    void aSubmissionRefusedByTheServiceIsExplainedBesideTheFieldInEnglish() {
        OrgAndUser owner = scene.enterprise();
        signedIn.login(owner.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        RequirementFormView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementFormView.class));
        test(view.title).setValue("Unmanned warehouse");
        view.sceneField.setValue("SMART_LOGISTICS");
        test(view.expectedOutcome).setValue("60,000 parcels a day");
        test(view.contactName).setValue("Chen");
        test(view.contactPhone).setValue("0877-1");

        test(view.submit).click();

        assertThat(view.painPoints.isInvalid()).isTrue();
        assertThat(view.painPoints.getErrorMessage()).contains("pain points");
        assertThat(view.title.getValue()).isEqualTo("Unmanned warehouse");
        assertThat(view.expectedOutcome.getValue()).isEqualTo("60,000 parcels a day");
        assertThat(requirements.mine()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RequirementStatus.DRAFT));
    }

    @Test
    void aManagerDecisionNeedsAReason() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary r = scene.analysed(owner, manager, scene.expert());
        signedIn.login(manager.username());
        UI.getCurrent().setLocale(Translations.CHINESE);
        RequirementDetailView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementDetailView.class, r.id()));

        test(view.reject).click();
        roundTrip();
        test(view.dialog.confirm).click();

        assertThat(view.dialog.reason.isInvalid()).isTrue();
        assertThat(view.dialog.reason.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(requirements.findRequirement(r.id()).status()).isEqualTo(RequirementStatus.IN_ANALYSIS);

        test(view.dialog.reason).setValue("不属于园区产业方向");
        test(view.dialog.confirm).click();

        RequirementSummary after = requirements.findRequirement(r.id());
        assertThat(after.status()).isEqualTo(RequirementStatus.REJECTED);
        assertThat(after.decisionReason()).isEqualTo("不属于园区产业方向");
        assertThat(view.requirement.status()).isEqualTo(RequirementStatus.REJECTED);
    }

    @Test
    void theOwnerSeesNoDecisionButtonsAndTheExpertGetsTheAnalysisForm() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        AccountSummary expert = scene.expert();
        RequirementSummary r = scene.inAnalysis(owner, manager, expert);

        signedIn.login(owner.user().username());
        RequirementDetailView ownerView = AopTestUtils.getUltimateTargetObject(navigate(RequirementDetailView.class, r.id()));
        assertThat(ownerView.accept).isNull();
        assertThat(ownerView.withdraw).isNotNull();

        signedIn.login(expert.username());
        RequirementDetailView expertView = AopTestUtils.getUltimateTargetObject(navigate(RequirementDetailView.class, r.id()));
        test(expertView.feasibility).setValue("可行");
        test(expertView.maturity).setValue("TRL 7");
        test(expertView.saveAnalysis).click();
        assertThat(requirements.findRequirement(r.id()).analysisFeasibility()).isEqualTo("可行");
    }

    @Test
    void refusedAmountsAndDatesAreExplainedInTheUsersLanguageAndNothingTypedIsLost() {
        OrgAndUser owner = scene.enterprise();
        signedIn.login(owner.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        RequirementFormView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementFormView.class));
        test(view.title).setValue("Vision inspection");
        view.budgetMin.setValue(new BigDecimal("-5"));
        view.budgetMax.setValue(new BigDecimal("1000.125"));
        view.timeframeStart.setValue(LocalDate.of(2027, 6, 1));
        view.timeframeEnd.setValue(LocalDate.of(2027, 5, 1));

        test(view.saveDraft).click();

        assertThat(view.budgetMin.isInvalid()).isTrue();
        assertThat(view.budgetMin.getErrorMessage()).isEqualTo("Amounts cannot be negative.");
        assertThat(view.budgetMax.isInvalid()).isTrue();
        assertThat(view.budgetMax.getErrorMessage()).startsWith("Please enter an amount in yuan");
        assertThat(view.timeframeEnd.isInvalid()).isTrue();
        assertThat(view.timeframeEnd.getErrorMessage()).isEqualTo("The end date must not be before the start date.");
        assertThat(view.timeframeEnd.getMin()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(view.timeframeStart.getMax()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(view.title.getValue()).isEqualTo("Vision inspection");
        assertThat(view.timeframeStart.getValue()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(requirements.mine()).isEmpty();

        view.budgetMin.setValue(new BigDecimal("500000"));
        view.budgetMax.setValue(new BigDecimal("800000.50"));
        view.timeframeEnd.setValue(LocalDate.of(2027, 12, 31));
        test(view.saveDraft).click();
        assertThat(requirements.mine()).singleElement().satisfies(r -> {
            assertThat(r.budgetMax()).isEqualByComparingTo("800000.50");
            assertThat(r.timeframeEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        });
    }

    @Test
    void theDatePickerSpeaksChinese() {
        OrgAndUser owner = scene.enterprise();
        signedIn.login(owner.user().username());
        UI.getCurrent().setLocale(Translations.CHINESE);
        RequirementFormView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementFormView.class));
        assertThat(view.timeframeStart.getI18n().getMonthNames()).startsWith("一月");
        assertThat(view.timeframeStart.getI18n().getToday()).isEqualTo("今天");
        assertThat(view.timeframeStart.getI18n().getDateFormats()).startsWith("yyyy-MM-dd");
    }

    @Test
    void theOwnerUploadsAFileAndARefusedFileIsExplained() {
        OrgAndUser owner = scene.enterprise();
        RequirementSummary r = scene.draft(owner, "附件测试" + System.nanoTime());
        signedIn.login(owner.user().username());
        UI.getCurrent().setLocale(Translations.CHINESE);
        RequirementDetailView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementDetailView.class, r.id()));
        assertThat(view.attachments.getUpload()).isNotNull();

        test(view.attachments.getUpload()).upload("方案.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(view.attachments.getOutcome()).isEqualTo("文件内容与扩展名 .pdf 不符。");
        assertThat(requirements.attachments(r.id())).isEmpty();

        test(view.attachments.getUpload()).upload("方案.pdf", "application/pdf", "%PDF-1.7 test".getBytes(StandardCharsets.UTF_8));
        assertThat(view.attachments.getOutcome()).contains("方案.pdf");
        assertThat(requirements.attachments(r.id())).extracting(a -> a.fileName()).containsExactly("方案.pdf");
    }

    @Test
    void managersAndTheOwnerFindTheRankedMatchesFromTheRequirement() {
        OrgAndUser owner = scene.enterprise();
        AccountSummary manager = scene.manager();
        RequirementSummary submitted = scene.submitted(owner);
        RequirementSummary draft = scene.draft(owner, "草稿" + System.nanoTime());

        signedIn.login(manager.username());
        RequirementDetailView view = AopTestUtils.getUltimateTargetObject(navigate(RequirementDetailView.class, submitted.id()));
        assertThat(view.related.isVisible()).isTrue();
        assertThat(view.related.getChildren().map(c -> ((RouterLink) c).getHref()))
                .containsExactly("matches/requirement/" + submitted.id());

        signedIn.login(owner.user().username());
        RequirementDetailView ownerView = AopTestUtils.getUltimateTargetObject(navigate(RequirementDetailView.class, draft.id()));
        assertThat(ownerView.related).isNull();
    }
}
