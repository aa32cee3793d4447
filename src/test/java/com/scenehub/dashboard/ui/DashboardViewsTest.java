package com.scenehub.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.dashboard.DashboardFilter;
import com.scenehub.dashboard.DashboardService;
import com.scenehub.dashboard.Pipeline;
import com.scenehub.security.AccountSummary;
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
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SceneHubTest
@Import(TestClock.Config.class)
class DashboardViewsTest extends SpringBrowserlessTest {

    @Autowired DashboardService dashboards;
    @Autowired SelectionFixtures fixtures;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;
    @Autowired com.scenehub.shared.security.AuthenticatedUser authenticatedUser;

    @org.junit.jupiter.api.BeforeEach
    void useThisContext() {
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.logout();
    }

    @Test
    void dashboardsAndStatisticsShowTheSameFiguresAsTheService() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser provider = data.verifiedOrganisation(Roles.PROVIDER);
        AccountSummary manager = data.staff(Roles.MANAGER);
        fixtures.awardedWithOneMetMilestone(demand, provider, data.verifiedOrganisation(Roles.PROVIDER), manager, clock);

        signedIn.logout();
        UI.getCurrent().setLocale(Translations.ENGLISH);
        StatisticsView statistics = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(navigate(StatisticsView.class));
        assertThat(statistics.zone).isEqualTo(dashboards.zone(Translations.ENGLISH));
        assertThat(statistics.byScene.getOption()).contains("Smart logistics");

        MyDashboardView mine = signedIn.as(provider.user(), () -> new MyDashboardView(dashboards, authenticatedUser));
        assertThat(mine.provider.awards()).isEqualTo(1);
        assertThat(mine.provider.milestonesMet()).isEqualTo(1);
        assertThat(mine.enterprise).isNull();

        MyDashboardView demandView = signedIn.as(demand.user(), () -> new MyDashboardView(dashboards, authenticatedUser));
        assertThat(demandView.enterprise.projects()).isEqualTo(1);
        assertThat(demandView.enterprise.second()).isEqualTo(2);
    }

    @Test
    void theManagersDashboardShowsThePipelineOfTheService() {
        AccountSummary manager = data.staff(Roles.MANAGER);
        signedIn.login(manager.username());
        ManagerDashboardView dashboard = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(
                navigate(ManagerDashboardView.class));
        Pipeline pipeline = signedIn.as(manager, () -> dashboards.managerPipeline(DashboardFilter.NONE));
        assertThat(dashboard.pipeline).isEqualTo(pipeline);
        assertThat(pipeline.requirements()).isGreaterThanOrEqualTo(pipeline.opportunities());
        assertThat(dashboard.pipelineChart.getOption()).contains("\"type\":\"funnel\"")
                .contains("\"value\":" + pipeline.awards());
    }

    @Test
    void onlyManagersReadThePipeline() {
        OrgAndUser provider = data.verifiedOrganisation(Roles.PROVIDER);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> dashboards.managerPipeline(DashboardFilter.NONE)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> dashboards.enterpriseFigures()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
