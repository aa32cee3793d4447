package com.scenehub.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.project.MilestoneStatus;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.PostgresTest;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The selection and project schema and queries on PostgreSQL. */
@PostgresTest
@Import(TestClock.Config.class)
class SelectionPostgresTest {

    @Autowired SelectionService selection;
    @Autowired ProjectService projects;
    @Autowired SelectionFixtures fixtures;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void useThisContext() {
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void directDockingToAMetMilestoneOnPostgres() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser provider = data.verifiedOrganisation(Roles.PROVIDER);
        var awarded = fixtures.awardedWithOneMetMilestone(demand, provider, data.verifiedOrganisation(Roles.PROVIDER),
                data.staff(Roles.MANAGER), clock);
        assertThat(awarded.opportunity().status()).isEqualTo(OpportunityStatus.AWARDED);
        assertThat(awarded.project().status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(awarded.project().milestones().getFirst().status()).isEqualTo(MilestoneStatus.MET);
        assertThat(awarded.project().disbursedAmount()).isEqualByComparingTo("105600");
        assertThat(projects.publicProgress(awarded.opportunity().id()).orElseThrow().milestonesMet()).isEqualTo(1);
    }

    @Test
    void openCompetitionRankingOnPostgres() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        AccountSummary manager = data.staff(Roles.MANAGER);
        OpportunityDetails o = fixtures.published(demand, manager, SelectionMode.OPEN_COMPETITION, Duration.ofDays(7));
        OrgAndUser a = data.verifiedOrganisation(Roles.PROVIDER);
        ProposalDetails p = signedIn.as(a.user(), () -> selection.createDraft(o.id(),
                new ProposalForm("方案", new BigDecimal("700000"), "六个月", "团队")));
        signedIn.as(a.user(), () -> selection.submit(p.id()));
        AccountSummary e1 = data.staff(Roles.EXPERT);
        AccountSummary e2 = data.staff(Roles.EXPERT);
        clock.set(LocalDateTime.of(2026, 3, 10, 10, 0));
        signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(e1.id(), e2.id())));
        for (AccountSummary e : List.of(e1, e2)) {
            signedIn.as(e, () -> selection.declare(p.id(), false, null));
        }
        signedIn.run(e1, () -> selection.score(p.id(), List.of(new CriterionScore(0, new BigDecimal("41.5"), null),
                new CriterionScore(1, new BigDecimal("25"), null), new CriterionScore(2, new BigDecimal("17"), null))));
        signedIn.run(e2, () -> selection.score(p.id(), List.of(new CriterionScore(0, new BigDecimal("44"), null),
                new CriterionScore(1, new BigDecimal("26"), null), new CriterionScore(2, new BigDecimal("11"), "报价偏高"))));
        RankedProposal top = signedIn.as(manager, () -> selection.ranking(o.id())).getFirst();
        assertThat(top.score()).isEqualByComparingTo("82.25");
        SelectionOverview notice = signedIn.as(manager, () -> selection.confirmWinner(o.id(), p.id()));
        assertThat(notice.opportunity().status()).isEqualTo(OpportunityStatus.NOTICE);
    }
}
