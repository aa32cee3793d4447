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
        test(view.budgetMin).setValue("900000");
        test(view.budgetMax).setValue("100000");

        test(view.saveDraft).click();

        assertThat(view.budgetMax.isInvalid()).isTrue();
        assertThat(view.budgetMax.getErrorMessage()).contains("预算下限不能高于上限");
        assertThat(view.title.getValue()).isEqualTo("智能产线改造");
        assertThat(view.painPoints.getValue()).isEqualTo("人工巡检");
        assertThat(view.budgetMin.getValue()).isEqualTo("900000");
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
}
