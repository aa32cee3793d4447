package com.scenehub.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.security.AccountSummary;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalForm;
import com.scenehub.selection.ProposalStatus;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@SceneHubTest
@Import(TestClock.Config.class)
class SelectionViewsTest extends SpringBrowserlessTest {

    @Autowired SelectionService selection;
    @Autowired SelectionFixtures fixtures;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    OrgAndUser demand;
    OrgAndUser provider;
    AccountSummary manager;
    OpportunityDetails opportunity;

    /** What the browser sends when the user types into a field and leaves it. */
    static void typeAsUser(com.vaadin.flow.component.Component field, String text) {
        try {
            field.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        provider = data.verifiedOrganisation(Roles.PROVIDER);
        manager = data.staff(Roles.MANAGER);
        opportunity = fixtures.published(demand, manager, SelectionMode.OPEN_COMPETITION, Duration.ofDays(7));
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.logout();
    }

    @Test
    void aProviderSeesTheOpenOpportunityAndSavesADraft() {
        signedIn.login(provider.user().username());
        ProposalsView list = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProposalsView.class));
        assertThat(test(list.open).size()).isGreaterThanOrEqualTo(1);

        ProposalEditorView editor = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProposalEditorView.class, opportunity.id()));
        test(editor.approach).setValue("边缘计算 + AGV 调度");
        typeAsUser(editor.price, "八十八万");
        test(editor.save).click();
        assertThat(editor.price.isInvalid()).isTrue();
        assertThat(editor.price.getErrorMessage()).isEqualTo(editor.getTranslation("error.money.format"));
        assertThat(editor.price.getElement().getProperty("value")).isEqualTo("八十八万");
        assertThat(editor.approach.getValue()).isEqualTo("边缘计算 + AGV 调度");
        assertThat(editor.proposal).isNull();
        assertThat(editor.upload).isNull();

        typeAsUser(editor.price, "880000.125");
        test(editor.save).click();
        assertThat(editor.proposal).isNull();

        typeAsUser(editor.price, "880000");
        test(editor.save).click();
        assertThat(editor.proposal).isNotNull();
        assertThat(editor.proposal.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(editor.proposal.price()).isEqualByComparingTo("880000");

        // attachments go through Vaadin's upload, which states and enforces the types and size
        assertThat(editor.upload.getAcceptedFileTypes()).contains(".pdf", ".xlsx", ".jpg");
        assertThat(editor.upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        test(editor.upload).upload("技术方案.pdf", "application/pdf", "%PDF-1.7 方案".getBytes());
        assertThat(editor.proposal.id()).satisfies(id -> assertThat(selection.findProposal(id).attachments())
                .extracting(a -> a.fileName()).containsExactly("技术方案.pdf"));
        test(editor.upload).upload("伪装.pdf", "application/pdf", "not a pdf".getBytes());
        assertThat(selection.findProposal(editor.proposal.id()).attachments()).hasSize(1);
    }

    @Test
    void aLateSubmissionIsRefusedAndTheTextIsKept() {
        signedIn.login(provider.user().username());
        UI.getCurrent().setLocale(Translations.ENGLISH);
        ProposalEditorView editor = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProposalEditorView.class, opportunity.id()));
        test(editor.approach).setValue("方案正文");
        editor.price.setValue(new BigDecimal("500000"));
        test(editor.schedule).setValue("六个月");
        test(editor.team).setValue("五人");
        test(editor.save).click();
        clock.set(LocalDateTime.of(2026, 3, 9, 10, 0, 1));
        test(editor.team).setValue("六人");
        test(editor.submit).click();
        assertThat(editor.team.getValue()).isEqualTo("六人");
        assertThat(editor.approach.getValue()).isEqualTo("方案正文");
        assertThat(signedIn.as(provider.user(), () -> selection.myProposalFor(opportunity.id())).orElseThrow().status())
                .isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void anExpertDeclaresThenScoresAndALowScoreNeedsAComment() {
        ProposalDetails p = signedIn.as(provider.user(), () -> selection.createDraft(opportunity.id(),
                new ProposalForm("方案", new BigDecimal("800000"), "六个月", "团队")));
        signedIn.as(provider.user(), () -> selection.submit(p.id()));
        AccountSummary expert = data.staff(Roles.EXPERT);
        clock.set(LocalDateTime.of(2026, 3, 10, 10, 0));
        signedIn.as(manager, () -> selection.formPanel(opportunity.id(), List.of(expert.id())));

        signedIn.login(expert.username());
        SelectionView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(SelectionView.class, opportunity.id()));
        assertThat(view.scoreFields).isEmpty();
        test(view.declareNone.get(p.id())).click();
        assertThat(view.scoreFields.get(p.id())).hasSize(3);

        var points = view.scoreFields.get(p.id());
        typeAsUser(points.get(0), "abc");
        test(view.saveScores.get(p.id())).click();
        assertThat(points.get(0).isInvalid()).isTrue();
        assertThat(view.scoreErrors.get(p.id()).getText()).isEqualTo(view.getTranslation("error.form.invalid"));
        points.get(0).setValue(new BigDecimal("20"));
        points.get(1).setValue(new BigDecimal("25"));
        points.get(2).setValue(new BigDecimal("18"));
        test(view.saveScores.get(p.id())).click();
        assertThat(points.get(0).getValue()).isEqualByComparingTo("20");
        // the refusal is shown beside the scores and on the comment that is missing
        assertThat(view.scoreErrors.get(p.id()).getText()).contains("技术方案");
        assertThat(view.commentFields.get(p.id()).get(0).isInvalid()).isTrue();
        assertThat(view.commentFields.get(p.id()).get(1).isInvalid()).isFalse();
        signedIn.logout();
        assertThat(signedIn.as(manager, () -> selection.ranking(opportunity.id())).getFirst().scorers()).isZero();

        signedIn.login(expert.username());
        test(view.commentFields.get(p.id()).get(0)).setValue("方案深度不足");
        test(view.saveScores.get(p.id())).click();
        signedIn.logout();
        assertThat(signedIn.as(manager, () -> selection.ranking(opportunity.id())).getFirst().score())
                .isEqualByComparingTo("63");
    }

    @Test
    void theManagerSeesTheRankingAndTheSealWhileTheWindowIsOpen() {
        signedIn.login(manager.username());
        SelectionView open = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(SelectionView.class, opportunity.id()));
        assertThat(open.overview.sealed()).isTrue();
        assertThat(open.ranking).isNull();
        assertThat(open.formPanel).isNull();

        clock.set(LocalDateTime.of(2026, 3, 10, 10, 0));
        SelectionView closed = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(SelectionView.class, opportunity.id()));
        assertThat(closed.formPanel).isNotNull();
    }

    @Test
    void aDockingMeetingDatedInTheFutureIsRefusedAndWhatWasTypedStays() {
        OpportunityDetails docking = fixtures.published(demand, manager, SelectionMode.DIRECT_DOCKING, Duration.ofDays(7));
        ProposalDetails p = signedIn.as(provider.user(), () -> selection.createDraft(docking.id(),
                new ProposalForm("方案", new BigDecimal("800000"), "六个月", "团队")));
        signedIn.as(provider.user(), () -> selection.submit(p.id()));
        clock.set(LocalDateTime.of(2026, 3, 10, 10, 0));
        signedIn.as(manager, () -> selection.startEvaluation(docking.id()));

        signedIn.login(demand.user().username());
        SelectionView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(SelectionView.class, docking.id()));
        assertThat(view.meetingDate.getMax()).isEqualTo(LocalDate.of(2026, 3, 10));
        view.meetingDate.setValue(LocalDate.of(2026, 3, 12)); // typed past the maximum
        test(view.participants).setValue("需求方 陈工；供给方 李经理");
        test(view.minutes).setValue("现场踏勘仓库并讨论 WMS 接口。");
        test(view.recordMeeting).click();
        assertThat(view.meetingDate.isInvalid()).isTrue();
        assertThat(view.meetingDate.getErrorMessage()).isEqualTo(view.getTranslation("error.date.too-late"));
        assertThat(view.overview.meetings()).isEmpty();
        assertThat(view.participants.getValue()).isEqualTo("需求方 陈工；供给方 李经理");

        test(view.meetingDate).setValue(LocalDate.of(2026, 3, 10));
        test(view.recordMeeting).click();
        assertThat(view.overview.meetings()).hasSize(1);
        assertThat(view.overview.meetings().getFirst().heldOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void anotherEnterpriseCannotOpenTheSelection() {
        OrgAndUser other = data.verifiedOrganisation(Roles.ENTERPRISE);
        signedIn.login(other.user().username());
        UI.getCurrent().navigate(SelectionView.class, opportunity.id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SelectionsView.class);
    }
}
