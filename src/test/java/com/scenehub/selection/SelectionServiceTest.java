package com.scenehub.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.organisation.OrganisationRegistration;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.security.NewAccount;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
@Import(TestClock.Config.class)
class SelectionServiceTest {

    /** Monday 2 March 2026, 10:00 in the zone; the window closes a week later. */
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Autowired SelectionService selection;
    @Autowired OpportunityService opportunities;
    @Autowired ProjectService projects;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired SelectionFixtures fixtures;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    OrgAndUser demand;
    OrgAndUser providerA;
    OrgAndUser providerB;
    AccountSummary manager;

    @BeforeEach
    void setUp() {
        clock.set(START);
        demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        providerA = data.verifiedOrganisation(Roles.PROVIDER);
        providerB = data.verifiedOrganisation(Roles.PROVIDER);
        manager = data.staff(Roles.MANAGER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ProposalForm form(String price) {
        return new ProposalForm("AGV + 视觉拣选方案", new BigDecimal(price), "6 个月分三期交付", "项目经理 1 名，工程师 5 名");
    }

    OpportunityDetails open(SelectionMode mode) {
        return fixtures.published(demand, manager, mode, Duration.ofDays(7));
    }

    ProposalDetails submitted(OrgAndUser provider, OpportunityDetails o, String price) {
        ProposalDetails draft = signedIn.as(provider.user(), () -> selection.createDraft(o.id(), form(price)));
        return signedIn.as(provider.user(), () -> selection.submit(draft.id()));
    }

    void afterWindow() {
        clock.set(START.plusDays(8));
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    static List<CriterionScore> points(String a, String b, String c) {
        return List.of(new CriterionScore(0, new BigDecimal(a), null), new CriterionScore(1, new BigDecimal(b), null),
                new CriterionScore(2, new BigDecimal(c), null));
    }

    // ---- proposals and sealing ----------------------------------------------------------------

    @Test
    void aVerifiedProviderDraftsSubmitsAndMayWithdrawBeforeTheDeadline() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        ProposalDetails draft = signedIn.as(providerA.user(), () -> selection.createDraft(o.id(),
                new ProposalForm("初稿", null, null, null)));
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        refused(() -> signedIn.as(providerA.user(), () -> selection.submit(draft.id())), "error.proposal.price-positive");
        refused(() -> signedIn.as(providerA.user(), () -> selection.updateDraft(draft.id(), form("-5"))),
                "error.proposal.price-positive");
        signedIn.as(providerA.user(), () -> selection.updateDraft(draft.id(), new ProposalForm("方案", BigDecimal.TEN, "", "团队")));
        refused(() -> signedIn.as(providerA.user(), () -> selection.submit(draft.id())), "error.proposal.schedule-required");
        signedIn.as(providerA.user(), () -> selection.updateDraft(draft.id(), form("880000")));
        signedIn.as(providerA.user(), () -> selection.attach(draft.id(), "方案.pdf", "%PDF-1.4 x".getBytes()));

        ProposalDetails sent = signedIn.as(providerA.user(), () -> selection.submit(draft.id()));
        assertThat(sent.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(sent.submittedAt()).isEqualTo(clock.instant());
        assertThat(sent.attachments()).hasSize(1);
        refused(() -> signedIn.as(providerA.user(), () -> selection.updateDraft(draft.id(), form("1"))),
                "error.proposal.not-draft");
        refused(() -> signedIn.as(providerA.user(), () -> selection.createDraft(o.id(), form("1"))),
                "error.proposal.exists");

        ProposalDetails withdrawn = signedIn.as(providerA.user(), () -> selection.withdraw(draft.id(), "资源不足"));
        assertThat(withdrawn.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(signedIn.as(providerA.user(), () -> selection.createDraft(o.id(), form("900000"))).status())
                .isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void deadlinesAreEnforcedOnTheServer() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        ProposalDetails draft = signedIn.as(providerA.user(), () -> selection.createDraft(o.id(), form("500000")));
        ProposalDetails sent = submitted(providerB, o, "600000");
        clock.set(START.plusDays(7));
        refused(() -> signedIn.as(providerA.user(), () -> selection.submit(draft.id())), "error.proposal.deadline-passed");
        refused(() -> signedIn.as(providerA.user(), () -> selection.updateDraft(draft.id(), form("1"))),
                "error.proposal.deadline-passed");
        refused(() -> signedIn.as(providerB.user(), () -> selection.withdraw(sent.id(), "迟了")),
                "error.proposal.deadline-passed");
        OrgAndUser late = data.verifiedOrganisation(Roles.PROVIDER);
        refused(() -> signedIn.as(late.user(), () -> selection.createDraft(o.id(), form("1"))),
                "error.proposal.deadline-passed");
    }

    @Test
    void unverifiedRelatedAndNonProviderOrganisationsCannotApply() {
        OpportunityDetails o = open(SelectionMode.DIRECT_DOCKING);
        OrgAndUser pending = data.pendingOrganisation(Roles.PROVIDER);
        refused(() -> signedIn.as(pending.user(), () -> selection.createDraft(o.id(), form("1"))),
                "error.organisation.not-verified");

        OrganisationRegistration r = TestData.registration(Roles.PROVIDER);
        r.setContactPhone(demand.organisation().contactPhone());
        var related = organisations.register(r, Translations.CHINESE);
        SystemUser.runAs("m", Set.of(Roles.MANAGER), () -> organisations.verify(related.id()));
        refused(() -> signedIn.as(r.getUsername(), () -> selection.createDraft(o.id(), form("1"))),
                "error.proposal.related-to-demand");

        assertThatThrownBy(() -> signedIn.as(demand.user(), () -> selection.createDraft(o.id(), form("1"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void proposalsAreSealedForEveryRoleUntilTheWindowClosesAndForOtherProvidersForever() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        ProposalDetails a = submitted(providerA, o, "800000");
        ProposalDetails bDraft = signedIn.as(providerB.user(), () -> selection.createDraft(o.id(), form("700000")));
        OrgAndUser otherEnterprise = data.verifiedOrganisation(Roles.ENTERPRISE);
        AccountSummary expert = data.staff(Roles.EXPERT);

        // during the window: only the author
        assertThat(signedIn.as(providerA.user(), () -> selection.findProposal(a.id())).approach()).isNotBlank();
        assertThatThrownBy(() -> signedIn.as(providerB.user(), () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(demand.user(), () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(manager, () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(expert, () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        SelectionOverview during = signedIn.as(manager, () -> selection.overview(o.id()));
        assertThat(during.sealed()).isTrue();
        assertThat(during.proposals()).isEmpty();
        assertThat(during.receivedCount()).isEqualTo(1);
        assertThat(signedIn.as(demand.user(), () -> selection.overview(o.id())).proposals()).isEmpty();
        assertThatThrownBy(() -> signedIn.as(manager, () -> selection.proposalFile(a.id(), 1L)))
                .isInstanceOf(NotFoundException.class);
        assertThat(selection.receivedCountsAfterClose()).doesNotContainKey(o.id());

        afterWindow();
        // after the window: demand enterprise and managers see received proposals, never drafts
        assertThat(signedIn.as(demand.user(), () -> selection.overview(o.id())).proposals())
                .extracting(ProposalDetails::id).containsExactly(a.id());
        assertThat(signedIn.as(manager, () -> selection.findProposal(a.id())).price()).isEqualByComparingTo("800000");
        assertThatThrownBy(() -> signedIn.as(manager, () -> selection.findProposal(bDraft.id())))
                .isInstanceOf(NotFoundException.class);
        // other providers, other enterprises and experts not on the panel: never
        assertThatThrownBy(() -> signedIn.as(providerB.user(), () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(otherEnterprise.user(), () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(otherEnterprise.user(), () -> selection.overview(o.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(expert, () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(providerB.user(), () -> selection.myProposals())).extracting(ProposalDetails::id)
                .containsExactly(bDraft.id());
        assertThat(selection.receivedCountsAfterClose()).containsEntry(o.id(), 1L);

        // a panel expert: only after declaring no conflict for that proposal
        signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(expert.id())));
        assertThatThrownBy(() -> signedIn.as(expert, () -> selection.findProposal(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(expert, () -> selection.myAssignments(o.id())).getFirst().proposal()).isNull();
        signedIn.as(expert, () -> selection.declare(a.id(), false, null));
        assertThat(signedIn.as(expert, () -> selection.findProposal(a.id())).id()).isEqualTo(a.id());
    }

    // ---- direct docking ------------------------------------------------------------------------

    @Test
    void directDockingTheDemandEnterpriseShortlistsMeetsAndChoosesAndAManagerConfirms() {
        OpportunityDetails o = open(SelectionMode.DIRECT_DOCKING);
        ProposalDetails a = submitted(providerA, o, "820000");
        ProposalDetails b = submitted(providerB, o, "760000");
        afterWindow();
        refused(() -> signedIn.as(demand.user(), () -> selection.shortlist(a.id())), "error.selection.wrong-status");
        signedIn.as(manager, () -> selection.startEvaluation(o.id()));

        OrgAndUser otherEnterprise = data.verifiedOrganisation(Roles.ENTERPRISE);
        assertThatThrownBy(() -> signedIn.as(otherEnterprise.user(), () -> selection.shortlist(a.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(demand.user(), () -> selection.shortlist(a.id())).status())
                .isEqualTo(ProposalStatus.SHORTLISTED);
        signedIn.as(demand.user(), () -> selection.shortlist(b.id()));
        assertThat(signedIn.as(demand.user(), () -> selection.decline(b.id())).status())
                .isEqualTo(ProposalStatus.NOT_SELECTED);
        refused(() -> signedIn.as(demand.user(), () -> selection.choose(b.id())), "error.proposal.not-shortlisted");

        refused(() -> signedIn.as(demand.user(), () -> selection.recordMeeting(o.id(), LocalDate.of(2026, 3, 9), " ",
                "纪要")), "error.meeting.incomplete");
        refused(() -> signedIn.as(demand.user(), () -> selection.recordMeeting(o.id(), LocalDate.of(2026, 4, 1), "双方",
                "纪要")), "error.meeting.future");
        DockingMeetingView meeting = signedIn.as(demand.user(), () -> selection.recordMeeting(o.id(),
                LocalDate.of(2026, 3, 9), "需求方陈工，供给方赵经理", "现场踏勘并确认对接范围"));
        assertThat(meeting.recordedBy()).isEqualTo(demand.user().username());

        refused(() -> signedIn.as(manager, () -> selection.confirmChoice(o.id())), "error.selection.nothing-chosen");
        signedIn.as(demand.user(), () -> selection.choose(a.id()));
        assertThatThrownBy(() -> signedIn.as(demand.user(), () -> selection.confirmChoice(o.id())))
                .isInstanceOf(AuthorizationDeniedException.class);

        SelectionOverview done = signedIn.as(manager, () -> selection.confirmChoice(o.id()));
        assertThat(done.finalised()).isTrue();
        assertThat(done.opportunity().status()).isEqualTo(OpportunityStatus.AWARDED);
        assertThat(done.opportunity().winnerOrganisationId()).isEqualTo(providerA.organisation().id());
        assertThat(done.meetings()).hasSize(1);
        assertThat(signedIn.as(providerA.user(), () -> selection.findProposal(a.id())).status())
                .isEqualTo(ProposalStatus.WINNER);
        assertThat(signedIn.as(providerB.user(), () -> selection.findProposal(b.id())).status())
                .isEqualTo(ProposalStatus.NOT_SELECTED);
        ProjectDetails project = signedIn.as(manager, () -> projects.findProject(done.projectId()));
        assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.contractAmount()).isEqualByComparingTo("820000");
        assertThat(project.demandOrganisationId()).isEqualTo(demand.organisation().id());
        assertThat(project.providerOrganisationId()).isEqualTo(providerA.organisation().id());
        assertThat(signedIn.as(manager, () -> selection.history(o.id()))).extracting(c -> c.toStatus())
                .contains("PROPOSAL_SUBMITTED", "SHORTLISTED", "MEETING", "CHOSEN", "AWARDED");
    }

    // ---- open competition ----------------------------------------------------------------------

    @Test
    void openCompetitionPanelConflictsScoresRankingNoticeObjectionsAndAward() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        ProposalDetails p1 = submitted(providerA, o, "900000");
        ProposalDetails p2 = submitted(providerB, o, "850000");
        AccountSummary e1 = data.staff(Roles.EXPERT);
        AccountSummary e2 = data.staff(Roles.EXPERT);
        AccountSummary e3 = data.staff(Roles.EXPERT);

        refused(() -> signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(e1.id()))), "error.panel.window-open");
        clock.set(LocalDateTime.of(2026, 3, 13, 9, 0)); // Friday, after the window
        refused(() -> signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(manager.id()))),
                "error.panel.not-an-expert");
        SelectionOverview formed = signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(e1.id(), e2.id(), e3.id())));
        assertThat(formed.opportunity().status()).isEqualTo(OpportunityStatus.EVALUATING);
        assertThat(formed.panelExpertIds()).containsExactlyInAnyOrder(e1.id(), e2.id(), e3.id());

        // declare before scoring; a declared conflict removes the expert from that proposal
        refused(() -> signedIn.run(e1, () -> selection.score(p1.id(), points("45", "27", "18"))), "error.panel.declare-first");
        signedIn.as(e1, () -> selection.declare(p1.id(), false, null));
        signedIn.as(e1, () -> selection.declare(p2.id(), false, null));
        signedIn.as(e2, () -> selection.declare(p1.id(), false, null));
        signedIn.as(e2, () -> selection.declare(p2.id(), false, null));
        refused(() -> signedIn.as(e3, () -> selection.declare(p1.id(), true, " ")), "error.panel.conflict-note-required");
        assertThat(signedIn.as(e3, () -> selection.declare(p1.id(), true, "曾任该公司顾问")))
                .isEqualTo(PanelAssignment.Declaration.CONFLICT_DECLARED);
        refused(() -> signedIn.as(e3, () -> selection.declare(p1.id(), false, null)), "error.panel.already-declared");
        signedIn.as(e3, () -> selection.declare(p2.id(), false, null));
        refused(() -> signedIn.run(e3, () -> selection.score(p1.id(), points("50", "30", "20"))), "error.panel.conflicted");
        assertThatThrownBy(() -> signedIn.as(e3, () -> selection.findProposal(p1.id()))).isInstanceOf(NotFoundException.class);

        // score rules: every criterion, within 0..weight, a comment below 60 % of the maximum
        refused(() -> signedIn.run(e1, () -> selection.score(p1.id(), points("45", "27", "18").subList(0, 2))),
                "error.score.all-criteria");
        refused(() -> signedIn.run(e1, () -> selection.score(p1.id(), points("51", "27", "18"))), "error.score.range");
        refused(() -> signedIn.run(e1, () -> selection.score(p1.id(), points("29.5", "27", "18"))),
                "error.score.comment-required");
        signedIn.run(e1, () -> selection.score(p1.id(), List.of(new CriterionScore(0, new BigDecimal("29.5"), "方案粗糙"),
                new CriterionScore(1, new BigDecimal("27"), null), new CriterionScore(2, new BigDecimal("18"), null))));
        // a second save replaces the first
        signedIn.run(e1, () -> selection.score(p1.id(), points("45", "27", "18")));   // 90
        signedIn.run(e1, () -> selection.score(p2.id(), points("40", "20", "15")));   // 75
        signedIn.run(e2, () -> selection.score(p1.id(), points("40", "24", "16")));   // 80

        refused(() -> signedIn.as(manager, () -> selection.confirmWinner(o.id(), p1.id())),
                "error.selection.scoring-incomplete");
        signedIn.run(e2, () -> selection.score(p2.id(), points("45", "25", "18")));   // 88
        signedIn.run(e3, () -> selection.score(p2.id(), points("50", "30", "20")));   // 100

        // ranking: P1 = (90 + 80) / 2 = 85.00 with one expert excluded; P2 = (75 + 88 + 100) / 3 = 87.67
        List<RankedProposal> ranking = signedIn.as(manager, () -> selection.ranking(o.id()));
        assertThat(ranking).extracting(RankedProposal::proposalId).containsExactly(p2.id(), p1.id());
        assertThat(ranking.get(0).score()).isEqualByComparingTo("87.67");
        assertThat(ranking.get(0).scorers()).isEqualTo(3);
        assertThat(ranking.get(1).score()).isEqualByComparingTo("85.00");
        assertThat(ranking.get(1).excludedExperts()).isEqualTo(1);
        assertThat(ranking.get(1).criterionMeans()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("42.50"), new BigDecimal("25.50"), new BigDecimal("17.00"));
        assertThatThrownBy(() -> signedIn.as(demand.user(), () -> selection.ranking(o.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(e1, () -> selection.ranking(o.id())))
                .isInstanceOf(AuthorizationDeniedException.class);

        // the manager confirms the top-ranked proposal: notice period of 5 working days
        refused(() -> signedIn.as(manager, () -> selection.confirmWinner(o.id(), p1.id())), "error.selection.not-top-ranked");
        SelectionOverview notice = signedIn.as(manager, () -> selection.confirmWinner(o.id(), p2.id()));
        assertThat(notice.opportunity().status()).isEqualTo(OpportunityStatus.NOTICE);
        assertThat(notice.noticeStarts()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(notice.noticeEnds()).isEqualTo(LocalDate.of(2026, 3, 20));
        refused(() -> signedIn.run(e1, () -> selection.score(p1.id(), points("50", "30", "20"))), "error.selection.wrong-status");
        PublicNotice publicNotice = selection.publicNotice(o.id()).orElseThrow();
        assertThat(publicNotice.winnerName()).isEqualTo(providerB.organisation().name());
        assertThat(publicNotice.objectionsOpen()).isTrue();
        assertThat(selection.currentNotices()).extracting(PublicNotice::opportunityId).contains(o.id());

        // objections by any registered user; the manager resolves each on record
        OrgAndUser citizen = data.verifiedOrganisation(Roles.ENTERPRISE);
        refused(() -> signedIn.as(citizen.user(), () -> selection.object(o.id(), "  ")), "error.objection.text-required");
        ObjectionView objection = signedIn.as(providerA.user(), () -> selection.object(o.id(), "评分标准理解有误"));
        refused(() -> signedIn.as(manager, () -> selection.finalise(o.id())), "error.notice.still-running");
        clock.set(LocalDateTime.of(2026, 3, 21, 9, 0)); // Saturday, the day after the notice ends
        refused(() -> signedIn.as(citizen.user(), () -> selection.object(o.id(), "太晚了")), "error.notice.closed");
        refused(() -> signedIn.as(manager, () -> selection.finalise(o.id())), "error.notice.objections-open");
        refused(() -> signedIn.as(manager, () -> selection.resolveObjection(objection.id(), false, "")),
                "error.objection.resolution-required");
        assertThatThrownBy(() -> signedIn.as(citizen.user(), () -> selection.resolveObjection(objection.id(), false, "x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        ObjectionView resolved = signedIn.as(manager, () -> selection.resolveObjection(objection.id(), false,
                "经复核，评分符合评审标准，异议不成立"));
        assertThat(resolved.upheld()).isFalse();
        assertThat(resolved.resolvedBy()).isEqualTo(manager.username());

        SelectionOverview awarded = signedIn.as(manager, () -> selection.finalise(o.id()));
        assertThat(awarded.opportunity().status()).isEqualTo(OpportunityStatus.AWARDED);
        assertThat(awarded.opportunity().winnerOrganisationId()).isEqualTo(providerB.organisation().id());
        assertThat(signedIn.as(providerB.user(), () -> selection.findProposal(p2.id())).status())
                .isEqualTo(ProposalStatus.WINNER);
        assertThat(signedIn.as(providerA.user(), () -> selection.findProposal(p1.id())).status())
                .isEqualTo(ProposalStatus.NOT_SELECTED);
        ProjectDetails project = signedIn.as(manager, () -> projects.findProject(awarded.projectId()));
        assertThat(project.contractAmount()).isEqualByComparingTo("850000");
        assertThat(selection.publicNotice(o.id()).orElseThrow().objections()).singleElement()
                .satisfies(v -> {
                    assertThat(v.filedBy()).isNull();
                    assertThat(v.resolution()).contains("异议不成立");
                });
    }

    @Test
    void aDetectedConflictRemovesTheExpertEvenIfTheyDeclareNone() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        ProposalDetails p = submitted(providerA, o, "900000");
        AccountSummary insider = accounts.openAccount(new NewAccount("insider" + TestData.next(), TestData.PASSWORD,
                "Insider", "insider" + TestData.next() + "@example.test", providerA.organisation().id(),
                Set.of(Roles.EXPERT), Locale.SIMPLIFIED_CHINESE, false));
        afterWindow();
        signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(insider.id())));

        assertThat(signedIn.as(insider, () -> selection.declare(p.id(), false, null)))
                .isEqualTo(PanelAssignment.Declaration.CONFLICT_DETECTED);
        refused(() -> signedIn.run(insider, () -> selection.score(p.id(), points("50", "30", "20"))), "error.panel.conflicted");
        List<RankedProposal> ranking = signedIn.as(manager, () -> selection.ranking(o.id()));
        assertThat(ranking.getFirst().excludedExperts()).isEqualTo(1);
        assertThat(ranking.getFirst().eligibleExperts()).isZero();
        refused(() -> signedIn.as(manager, () -> selection.confirmWinner(o.id(), p.id())), "error.selection.scoring-incomplete");
    }

    @Test
    void anExpertRelatedToTheDemandEnterpriseCannotJoinThePanel() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        submitted(providerA, o, "900000");
        AccountSummary insider = accounts.openAccount(new NewAccount("dinsider" + TestData.next(), TestData.PASSWORD,
                "Demand insider", "d" + TestData.next() + "@example.test", demand.organisation().id(),
                Set.of(Roles.EXPERT), Locale.SIMPLIFIED_CHINESE, false));
        afterWindow();
        refused(() -> signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(insider.id()))),
                "error.panel.expert-related-to-demand");
    }

    @Test
    void anUpheldObjectionBlocksTheAwardAndTheManagerRecordsNoResultWithAReason() {
        OpportunityDetails o = open(SelectionMode.OPEN_COMPETITION);
        ProposalDetails p = submitted(providerA, o, "900000");
        AccountSummary e1 = data.staff(Roles.EXPERT);
        afterWindow();
        signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(e1.id())));
        signedIn.as(e1, () -> selection.declare(p.id(), false, null));
        signedIn.run(e1, () -> selection.score(p.id(), points("40", "20", "15")));
        signedIn.as(manager, () -> selection.confirmWinner(o.id(), p.id()));
        ObjectionView objection = signedIn.as(providerB.user(), () -> selection.object(o.id(), "中标方资质证书已过期"));
        signedIn.as(manager, () -> selection.resolveObjection(objection.id(), true, "核实资质证书确已过期，异议成立"));
        refused(() -> signedIn.as(manager, () -> selection.resolveObjection(objection.id(), false, "改判")),
                "error.objection.already-resolved");
        clock.set(START.plusDays(30));
        refused(() -> signedIn.as(manager, () -> selection.finalise(o.id())), "error.notice.objection-upheld");

        refused(() -> signedIn.as(manager, () -> selection.noResult(o.id(), " ")), "error.reason-required");
        OpportunityDetails failed = signedIn.as(manager, () -> selection.noResult(o.id(), "唯一候选方资质不符，本次流标"));
        assertThat(failed.status()).isEqualTo(OpportunityStatus.FAILED);
        assertThat(failed.outcomeReason()).isEqualTo("唯一候选方资质不符，本次流标");
        assertThat(signedIn.as(providerA.user(), () -> selection.findProposal(p.id())).status())
                .isEqualTo(ProposalStatus.NOT_SELECTED);
        assertThat(projects.publicProgress(o.id())).isEmpty();
    }

    @Test
    void aCancellationIsRecordedWithAReason() {
        OpportunityDetails o = open(SelectionMode.DIRECT_DOCKING);
        submitted(providerA, o, "900000");
        OpportunityDetails cancelled = signedIn.as(manager, () -> selection.cancel(o.id(), "需求方项目调整"));
        assertThat(cancelled.status()).isEqualTo(OpportunityStatus.CANCELLED);
        assertThat(signedIn.as(manager, () -> selection.history(o.id()))).extracting(c -> c.reason())
                .contains("需求方项目调整");
    }

    @Test
    void theNoticePeriodCountsWorkingDaysOnly() {
        assertThat(SelectionService.addWorkingDays(LocalDate.of(2026, 3, 13), 5)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(SelectionService.addWorkingDays(LocalDate.of(2026, 3, 11), 5)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(SelectionService.addWorkingDays(LocalDate.of(2026, 3, 14), 5)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(SelectionService.addWorkingDays(LocalDate.of(2026, 3, 9), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(SelectionService.addWorkingDays(LocalDate.of(2026, 3, 13), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
    }
}
