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

    @Test
    void sharesNotTotallingOneHundredAreRefusedAndTheRowsKeepWhatWasTyped() {
        var p = signedIn.as(manager, () -> projects.createFromAward(new com.scenehub.project.ProjectAward(
                TestData.next() * 1000L, demand.organisation().id(), provider.organisation().id(), "园区智慧停车项目",
                new BigDecimal("500000"))));
        signedIn.login(manager.username());
        ProjectView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProjectView.class, p.id()));
        test(view.grantAmount).setValue("150000");
        test(view.startDate).setValue("2026-04-01");
        test(view.endDate).setValue("2026-12-31");
        var row = view.rows.getFirst();
        test(row.name).setValue("系统上线");
        test(row.deliverable).setValue("停车诱导系统上线");
        test(row.due).setValue("2026-09-30");
        test(row.share).setValue("90");
        test(view.saveAgreement).click();
        assertThat(view.project.milestones()).isEmpty();
        assertThat(view.rows.getFirst().share.getValue()).isEqualTo("90");
        assertThat(view.rows.getFirst().name.getValue()).isEqualTo("系统上线");

        test(view.rows.getFirst().share).setValue("100");
        test(view.saveAgreement).click();
        assertThat(view.project.milestones()).hasSize(1);
        assertThat(view.project.grantAmount()).isEqualByComparingTo("150000");
    }

    @Test
    void theProviderSubmitsEvidenceAndThePublicSeesOnlyProgress() {
        var awarded = fixtures.awardedWithOneMetMilestone(demand, provider, data.verifiedOrganisation(Roles.PROVIDER),
                manager, clock);
        signedIn.login(provider.user().username());
        ProjectView view = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(ProjectView.class, awarded.project().id()));
        Long second = view.project.milestones().get(1).id();
        assertThat(view.submitEvidence).containsKey(second);
        test(view.evidenceNotes.get(second)).setValue("系统已上线试运行");
        test(view.submitEvidence.get(second)).click();
        assertThat(view.project.milestones().get(1).status().name()).isEqualTo("SUBMITTED");
        assertThat(view.project.status()).isEqualTo(ProjectStatus.IN_PROGRESS);

        signedIn.logout();
        PublicProgressView progress = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(PublicProgressView.class, awarded.opportunity().id()));
        String text = progress.getElement().getOuterHTML();
        assertThat(text).contains(provider.organisation().name()).contains("设备到货安装");
        assertThat(text).doesNotContain("保密交付说明").doesNotContain("到货验收单.pdf").doesNotContain("系统已上线试运行");
    }
}
