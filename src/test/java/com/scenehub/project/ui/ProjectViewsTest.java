package com.scenehub.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@SceneHubTest
@Import(TestClock.Config.class)
class ProjectViewsTest extends SpringBrowserlessTest {

    @Autowired ProjectService projects;
    @Autowired SelectionFixtures fixtures;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    OrgAndUser demand;
    OrgAndUser provider;
    AccountSummary manager;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        provider = data.verifiedOrganisation(Roles.PROVIDER);
        manager = data.staff(Roles.MANAGER);
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.logout();
    }

    /** What the browser sends when the user types into a field and leaves it. */
    static void typeAsUser(com.vaadin.flow.component.Component field, String text) {
        try {
            field.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sharesNotTotallingOneHundredAreRefusedAndTheRowsKeepWhatWasTyped() {
        var p = signedIn.as(manager, () -> projects.createFromAward(new com.scenehub.project.ProjectAward(
                TestData.next() * 1000L, demand.organisation().id(), provider.organisation().id(), "园区智慧停车项目",
                new BigDecimal("500000"))));
        signedIn.login(manager.username());
        ProjectView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProjectView.class, p.id()));
        view.grantAmount.setValue(new BigDecimal("150000"));
        test(view.startDate).setValue(LocalDate.of(2026, 4, 1));
        test(view.endDate).setValue(LocalDate.of(2026, 12, 31));
        // the dates keep in order: the end not before the start, due dates within the period
        assertThat(view.endDate.getMin()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(view.startDate.getMax()).isEqualTo(LocalDate.of(2026, 12, 31));
        var row = view.rows.getFirst();
        assertThat(row.due.getMin()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(row.due.getMax()).isEqualTo(LocalDate.of(2026, 12, 31));
        test(row.name).setValue("系统上线");
        test(row.deliverable).setValue("停车诱导系统上线");
        test(row.due).setValue(LocalDate.of(2026, 9, 30));
        row.share.setValue(new BigDecimal("90"));
        assertThat(view.sharesTotal.getText()).contains("90").doesNotContain("100");
        assertThat(view.sharesTotal.hasClassName("sh-shares-off")).isTrue();
        test(view.saveAgreement).click();
        assertThat(view.project.milestones()).isEmpty();
        assertThat(view.agreementError.getText()).contains("100").contains("90");
        assertThat(view.rows.getFirst().share.getValue()).isEqualByComparingTo("90");
        assertThat(view.rows.getFirst().name.getValue()).isEqualTo("系统上线");
        assertThat(view.rows.getFirst().due.getValue()).isEqualTo(LocalDate.of(2026, 9, 30));

        view.rows.getFirst().share.setValue(new BigDecimal("100"));
        assertThat(view.sharesTotal.hasClassName("sh-shares-off")).isFalse();
        test(view.saveAgreement).click();
        assertThat(view.project.milestones()).hasSize(1);
        assertThat(view.project.grantAmount()).isEqualByComparingTo("150000");
        assertThat(view.project.milestones().getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void textThatIsNoAmountAndADueDateAfterTheEndAreRefusedBesideTheFields() {
        var p = signedIn.as(manager, () -> projects.createFromAward(new com.scenehub.project.ProjectAward(
                TestData.next() * 1000L, demand.organisation().id(), provider.organisation().id(), "园区智慧照明项目",
                new BigDecimal("400000"))));
        signedIn.login(manager.username());
        ProjectView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProjectView.class, p.id()));
        typeAsUser(view.grantAmount, "十二万");
        assertThat(view.grantAmount.isInvalid()).isTrue();
        assertThat(view.grantAmount.getErrorMessage()).isEqualTo(view.getTranslation("error.money.format"));
        test(view.startDate).setValue(LocalDate.of(2026, 4, 1));
        test(view.endDate).setValue(LocalDate.of(2026, 9, 30));
        var row = view.rows.getFirst();
        test(row.name).setValue("灯具改造");
        test(row.deliverable).setValue("完成 300 盏灯具改造");
        row.due.setValue(LocalDate.of(2026, 12, 31)); // what the browser sends when typed past the maximum
        assertThat(row.due.isInvalid()).isTrue();
        assertThat(row.due.getErrorMessage()).isEqualTo(view.getTranslation("error.date.too-late"));
        test(view.saveAgreement).click();
        assertThat(view.project.milestones()).isEmpty();
        assertThat(view.agreementError.getText()).isEqualTo(view.getTranslation("error.form.invalid"));
        assertThat(row.name.getValue()).isEqualTo("灯具改造");
        assertThat(row.due.getValue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(view.grantAmount.getElement().getProperty("value")).isEqualTo("十二万");

        typeAsUser(view.grantAmount, "120000");
        test(row.due).setValue(LocalDate.of(2026, 9, 1));
        test(view.saveAgreement).click();
        assertThat(view.project.milestones()).hasSize(1);
        assertThat(view.project.grantAmount()).isEqualByComparingTo("120000");
    }

    @Test
    void theProviderSubmitsEvidenceAndThePublicSeesOnlyProgress() {
        var awarded = fixtures.awardedWithOneMetMilestone(demand, provider, data.verifiedOrganisation(Roles.PROVIDER),
                manager, clock);
        signedIn.login(provider.user().username());
        ProjectView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProjectView.class, awarded.project().id()));
        Long second = view.project.milestones().get(1).id();
        assertThat(view.submitEvidence).containsKey(second);
        assertThat(view.evidenceUploads.get(second).getAcceptedFileTypes()).contains(".pdf", ".docx", ".png");
        assertThat(view.evidenceUploads.get(second).getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        test(view.evidenceNotes.get(second)).setValue("系统已上线试运行");
        test(view.evidenceUploads.get(second)).upload("试运行报告.pdf", "application/pdf", "%PDF-1.7 试运行".getBytes());
        assertThat(view.pendingFiles.get(second)).extracting(e -> e.fileName()).containsExactly("试运行报告.pdf");
        test(view.submitEvidence.get(second)).click();
        assertThat(view.project.milestones().get(1).status().name()).isEqualTo("SUBMITTED");
        assertThat(view.project.milestones().get(1).evidence()).extracting(f -> f.fileName()).containsExactly("试运行报告.pdf");
        assertThat(view.project.status()).isEqualTo(ProjectStatus.IN_PROGRESS);

        signedIn.logout();
        PublicProgressView progress = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(PublicProgressView.class, awarded.opportunity().id()));
        String text = progress.getElement().getOuterHTML();
        assertThat(text).contains(provider.organisation().name()).contains("设备到货安装");
        assertThat(text).doesNotContain("保密交付说明").doesNotContain("到货验收单.pdf").doesNotContain("系统已上线试运行");
    }
}
