package com.scenehub.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.notification.NotificationService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
@Import(TestClock.Config.class)
class ProjectServiceTest {

    static final AtomicLong OPPORTUNITY = new AtomicLong(900_000);
    static final byte[] PDF = "%PDF-1.7\n%test evidence\n".getBytes();

    @Autowired ProjectService projects;
    @Autowired NotificationService notifications;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    OrgAndUser demand;
    OrgAndUser provider;
    AccountSummary manager;
    AccountSummary expert;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        provider = data.verifiedOrganisation(Roles.PROVIDER);
        manager = data.staff(Roles.MANAGER);
        expert = data.staff(Roles.EXPERT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ProjectDetails newProject() {
        return signedIn.as(manager, () -> projects.createFromAward(new ProjectAward(OPPORTUNITY.incrementAndGet(),
                demand.organisation().id(), provider.organisation().id(), "智能仓储场景项目", new BigDecimal("800000"))));
    }

    static AgreementForm agreement(String... shares) {
        List<MilestonePlan> plans = new java.util.ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            plans.add(new MilestonePlan("里程碑" + (i + 1), "交付物" + (i + 1), LocalDate.of(2026, 4 + i, 30),
                    new BigDecimal(shares[i])));
        }
        return new AgreementForm(new BigDecimal("800000"), new BigDecimal("200000"), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), plans);
    }

    ProjectDetails signedProject() {
        ProjectDetails p = newProject();
        signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("30", "70")));
        signedIn.as(demand.user(), () -> projects.confirm(p.id()));
        return signedIn.as(provider.user(), () -> projects.confirm(p.id()));
    }

    ProjectDetails runningProject() {
        ProjectDetails p = signedProject();
        return signedIn.as(provider.user(), () -> projects.start(p.id()));
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void anAwardCreatesADraftProjectWithItsParties() {
        ProjectDetails p = newProject();

        assertThat(p.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(p.demandOrganisationName()).isEqualTo(demand.organisation().name());
        assertThat(p.providerOrganisationName()).isEqualTo(provider.organisation().name());
        assertThat(p.contractAmount()).isEqualByComparingTo("800000");
        assertThat(signedIn.as(manager, () -> projects.history(p.id()))).extracting(ProjectHistoryEntry::action)
                .containsExactly("CREATED");
    }

    @Test
    void anAwardNeedsAPositiveAmountAManagerAndOnlyOneProjectPerOpportunity() {
        long opp = OPPORTUNITY.incrementAndGet();
        ProjectAward zero = new ProjectAward(opp, demand.organisation().id(), provider.organisation().id(), "项目",
                BigDecimal.ZERO);
        refused(() -> signedIn.as(manager, () -> projects.createFromAward(zero)), "error.project.contract-amount-positive");
        ProjectAward ok = new ProjectAward(opp, demand.organisation().id(), provider.organisation().id(), "项目",
                BigDecimal.TEN);
        assertThatThrownBy(() -> signedIn.as(demand.user(), () -> projects.createFromAward(ok)))
                .isInstanceOf(AuthorizationDeniedException.class);
        signedIn.as(manager, () -> projects.createFromAward(ok));
        refused(() -> signedIn.as(manager, () -> projects.createFromAward(ok)), "error.project.exists");
    }

    @Test
    void milestoneSharesMustTotalOneHundredPercent() {
        ProjectDetails p = newProject();
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("30", "60"))),
                "error.project.shares-total");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("50", "50.5"))),
                "error.project.shares-total");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("110", "-10"))),
                "error.project.share-positive");

        ProjectDetails ok = signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("33.5", "66.5")));
        assertThat(ok.milestones()).extracting(MilestoneView::paymentShare)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("33.5"), new BigDecimal("66.5"));
        assertThat(ok.milestones().get(1).finalMilestone()).isTrue();
    }

    @Test
    void amountsAndDatesAreChecked() {
        ProjectDetails p = newProject();
        AgreementForm base = agreement("100");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), new AgreementForm(
                new BigDecimal("-1"), BigDecimal.ZERO, base.startDate(), base.endDate(), base.milestones()))),
                "error.project.contract-amount-positive");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), new AgreementForm(
                new BigDecimal("100"), new BigDecimal("-5"), base.startDate(), base.endDate(), base.milestones()))),
                "error.project.grant-amount-invalid");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), new AgreementForm(
                new BigDecimal("100"), new BigDecimal("101"), base.startDate(), base.endDate(), base.milestones()))),
                "error.project.grant-above-contract");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), new AgreementForm(
                base.contractAmount(), base.grantAmount(), base.endDate(), base.startDate(), base.milestones()))),
                "error.project.end-before-start");
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), new AgreementForm(
                base.contractAmount(), base.grantAmount(), base.startDate(), LocalDate.of(2026, 3, 31),
                base.milestones()))), "error.project.milestone-due-outside");
    }

    @Test
    void onlyTheManagerOrTheDemandEnterpriseSetsTheAgreement() {
        ProjectDetails p = newProject();
        OrgAndUser other = data.verifiedOrganisation(Roles.ENTERPRISE);
        assertThatThrownBy(() -> signedIn.as(other.user(), () -> projects.updateAgreement(p.id(), agreement("100"))))
                .isInstanceOf(com.scenehub.shared.domain.AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(provider.user(), () -> projects.updateAgreement(p.id(), agreement("100"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(signedIn.as(demand.user(), () -> projects.updateAgreement(p.id(), agreement("100"))).milestones())
                .hasSize(1);
    }

    @Test
    void bothPartiesConfirmAndEachConfirmationIsRecordedWithUserAndTime() {
        ProjectDetails p = newProject();
        refused(() -> signedIn.as(demand.user(), () -> projects.confirm(p.id())), "error.project.agreement-incomplete");
        signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("40", "60")));

        ProjectDetails half = signedIn.as(demand.user(), () -> projects.confirm(p.id()));
        assertThat(half.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(half.demandConfirmedBy()).isEqualTo(demand.user().username());
        assertThat(half.demandConfirmedAt()).isEqualTo(clock.instant());
        refused(() -> signedIn.as(demand.user(), () -> projects.confirm(p.id())), "error.project.already-confirmed");

        OrgAndUser outsider = data.verifiedOrganisation(Roles.PROVIDER);
        assertThatThrownBy(() -> signedIn.as(outsider.user(), () -> projects.confirm(p.id())))
                .isInstanceOf(com.scenehub.shared.domain.AccessDeniedException.class);

        ProjectDetails signed = signedIn.as(provider.user(), () -> projects.confirm(p.id()));
        assertThat(signed.status()).isEqualTo(ProjectStatus.SIGNED);
        assertThat(signed.providerConfirmedBy()).isEqualTo(provider.user().username());
        refused(() -> signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("100"))),
                "error.project.wrong-status");
    }

    @Test
    void changingTheAgreementClearsEarlierConfirmations() {
        ProjectDetails p = newProject();
        signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("100")));
        signedIn.as(demand.user(), () -> projects.confirm(p.id()));
        ProjectDetails changed = signedIn.as(manager, () -> projects.updateAgreement(p.id(), agreement("50", "50")));
        assertThat(changed.demandConfirmedAt()).isNull();
        assertThat(signedIn.as(provider.user(), () -> projects.confirm(p.id())).status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void trackingFromEvidenceToCompletionWithTheExpertInTheFinalAcceptance() {
        ProjectDetails p = runningProject();
        assertThat(p.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        Long first = p.milestones().get(0).id();
        Long last = p.milestones().get(1).id();

        ProjectDetails submitted = signedIn.as(provider.user(), () -> projects.submitEvidence(first, "第一阶段完成",
                List.of(new EvidenceUpload("阶段报告.pdf", PDF))));
        MilestoneView m1 = submitted.milestones().get(0);
        assertThat(m1.status()).isEqualTo(MilestoneStatus.SUBMITTED);
        assertThat(m1.evidence()).extracting(MilestoneView.EvidenceFile::fileName).containsExactly("阶段报告.pdf");
        assertThat(signedIn.as(demand.user(), () -> projects.readEvidence(m1.evidence().get(0).id()))).isEqualTo(PDF);

        assertThat(signedIn.as(demand.user(), () -> projects.decideMilestone(first, true, null)).milestones().get(0)
                .status()).isEqualTo(MilestoneStatus.MET);

        signedIn.as(provider.user(), () -> projects.submitEvidence(last, "全部交付", List.of()));
        ProjectDetails acceptance = signedIn.as(demand.user(), () -> projects.decideMilestone(last, true, "同意"));
        assertThat(acceptance.status()).isEqualTo(ProjectStatus.ACCEPTANCE);
        assertThat(acceptance.milestones().get(1).status()).isEqualTo(MilestoneStatus.DEMAND_ACCEPTED);

        assertThatThrownBy(() -> signedIn.as(expert, () -> projects.expertAcceptance(p.id(), true, null)))
                .isInstanceOf(com.scenehub.shared.domain.AccessDeniedException.class);
        signedIn.as(manager, () -> projects.assignAcceptanceExpert(p.id(), expert.id()));
        ProjectDetails done = signedIn.as(expert, () -> projects.expertAcceptance(p.id(), true, "验收通过"));
        assertThat(done.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(done.milestonesMet()).isEqualTo(2);
        assertThat(done.milestones().get(1).expertDecidedBy()).isEqualTo(expert.username());
        refused(() -> signedIn.as(manager, () -> projects.terminate(p.id(), "太迟")), "error.project.closed");
        assertThat(signedIn.as(manager, () -> projects.history(p.id()))).extracting(ProjectHistoryEntry::action)
                .contains("CONFIRMED_DEMAND", "CONFIRMED_PROVIDER", "STARTED", "EVIDENCE", "MILESTONE_ACCEPTED",
                        "EXPERT_ASSIGNED", "COMPLETED");
    }

    @Test
    void theExpertMayRejectTheFinalAcceptanceWithAReasonSendingTheProjectBack() {
        ProjectDetails p = runningProject();
        Long first = p.milestones().get(0).id();
        Long last = p.milestones().get(1).id();
        refused(() -> signedIn.as(demand.user(), () -> projects.decideMilestone(first, true, null)),
                "error.milestone.not-submitted");
        signedIn.as(provider.user(), () -> projects.submitEvidence(last, "提前交付", List.of()));
        refused(() -> signedIn.as(demand.user(), () -> projects.decideMilestone(last, true, null)),
                "error.milestone.earlier-not-met");
        signedIn.as(provider.user(), () -> projects.submitEvidence(first, "阶段一", List.of()));
        signedIn.as(demand.user(), () -> projects.decideMilestone(first, true, null));
        signedIn.as(demand.user(), () -> projects.decideMilestone(last, true, null));
        signedIn.as(manager, () -> projects.assignAcceptanceExpert(p.id(), expert.id()));

        refused(() -> signedIn.as(expert, () -> projects.expertAcceptance(p.id(), false, " ")), "error.reason-required");
        ProjectDetails back = signedIn.as(expert, () -> projects.expertAcceptance(p.id(), false, "指标未达到"));
        assertThat(back.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(back.milestones().get(1).status()).isEqualTo(MilestoneStatus.REJECTED);
        assertThat(back.milestones().get(1).decisionNote()).isEqualTo("指标未达到");
    }

    @Test
    void rejectionNeedsAReasonAndTheProviderMaySubmitAgain() {
        ProjectDetails p = runningProject();
        Long first = p.milestones().get(0).id();
        signedIn.as(provider.user(), () -> projects.submitEvidence(first, "阶段一", List.of()));
        refused(() -> signedIn.as(demand.user(), () -> projects.decideMilestone(first, false, "")), "error.reason-required");
        ProjectDetails rejected = signedIn.as(demand.user(), () -> projects.decideMilestone(first, false, "缺少测试报告"));
        assertThat(rejected.milestones().get(0).status()).isEqualTo(MilestoneStatus.REJECTED);
        assertThat(signedIn.as(provider.user(), () -> projects.submitEvidence(first, "补充测试报告", List.of()))
                .milestones().get(0).status()).isEqualTo(MilestoneStatus.SUBMITTED);
        OrgAndUser otherProvider = data.verifiedOrganisation(Roles.PROVIDER);
        assertThatThrownBy(() -> signedIn.as(otherProvider.user(), () -> projects.submitEvidence(first, "x", List.of())))
                .isInstanceOf(com.scenehub.shared.domain.AccessDeniedException.class);
        OrgAndUser otherDemand = data.verifiedOrganisation(Roles.ENTERPRISE);
        assertThatThrownBy(() -> signedIn.as(otherDemand.user(), () -> projects.decideMilestone(first, true, null)))
                .isInstanceOf(com.scenehub.shared.domain.AccessDeniedException.class);
    }

    @Test
    void evidenceBeforeTheStartOrWithABadFileIsRefused() {
        ProjectDetails p = signedProject();
        Long first = p.milestones().get(0).id();
        refused(() -> signedIn.as(provider.user(), () -> projects.submitEvidence(first, "太早", List.of())),
                "error.project.wrong-status");
        signedIn.as(provider.user(), () -> projects.start(p.id()));
        refused(() -> signedIn.as(provider.user(), () -> projects.submitEvidence(first, "伪装的文件",
                List.of(new EvidenceUpload("report.pdf", "MZ executable".getBytes())))), "error.attachment.content-mismatch");
        refused(() -> signedIn.as(provider.user(), () -> projects.submitEvidence(first, "脚本",
                List.of(new EvidenceUpload("run.sh", "#!/bin/sh".getBytes())))), "error.attachment.type");
        byte[] big = new byte[(int) com.scenehub.records.FileRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        refused(() -> signedIn.as(provider.user(), () -> projects.submitEvidence(first, "太大",
                List.of(new EvidenceUpload("big.pdf", big)))), "error.attachment.too-large");
        refused(() -> signedIn.as(provider.user(), () -> projects.submitEvidence(first, " ", List.of())),
                "error.milestone.evidence-note-required");
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00};
        assertThat(signedIn.as(provider.user(), () -> projects.submitEvidence(first, "现场照片",
                List.of(new EvidenceUpload("site.png", png)))).milestones().get(0).evidence()).hasSize(1);
    }

    @Test
    void disbursementsGoAgainstMetMilestonesAndNeverExceedTheGrant() {
        ProjectDetails p = runningProject();
        Long first = p.milestones().get(0).id();
        refused(() -> signedIn.as(manager, () -> projects.recordDisbursement(first, new BigDecimal("1000"), null)),
                "error.project.disbursement-milestone-not-met");
        signedIn.as(provider.user(), () -> projects.submitEvidence(first, "阶段一", List.of()));
        signedIn.as(demand.user(), () -> projects.decideMilestone(first, true, null));

        refused(() -> signedIn.as(manager, () -> projects.recordDisbursement(first, BigDecimal.ZERO, null)),
                "error.project.disbursement-positive");
        ProjectDetails paid = signedIn.as(manager, () -> projects.recordDisbursement(first, new BigDecimal("150000"),
                "ZF-2026-001"));
        assertThat(paid.disbursedAmount()).isEqualByComparingTo("150000");
        assertThat(paid.milestones().get(0).disbursed()).isEqualByComparingTo("150000");
        refused(() -> signedIn.as(manager, () -> projects.recordDisbursement(first, new BigDecimal("50000.01"), null)),
                "error.project.disbursement-above-grant");
        assertThat(signedIn.as(manager, () -> projects.recordDisbursement(first, new BigDecimal("50000"), null))
                .disbursedAmount()).isEqualByComparingTo("200000");
        assertThatThrownBy(() -> signedIn.as(demand.user(), () -> projects.recordDisbursement(first, BigDecimal.ONE, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void overdueMilestonesAreFlaggedOnceAndTheProviderIsNotified() throws InterruptedException {
        ProjectDetails p = runningProject();
        assertThat(signedIn.as(manager, () -> projects.flagOverdueMilestones())).isZero();
        assertThat(signedIn.as(manager, () -> projects.findProject(p.id())).overdueMilestones()).isZero();

        clock.set(LocalDateTime.of(2026, 4, 30, 23, 0));
        assertThat(signedIn.as(manager, () -> projects.flagOverdueMilestones())).isZero();

        clock.set(LocalDateTime.of(2026, 5, 1, 8, 0));
        assertThat(signedIn.as(manager, () -> projects.flagOverdueMilestones())).isGreaterThanOrEqualTo(1);
        assertThat(signedIn.as(manager, () -> projects.flagOverdueMilestones())).isZero();
        ProjectDetails now = signedIn.as(provider.user(), () -> projects.findProject(p.id()));
        assertThat(now.milestones().get(0).overdue()).isTrue();
        assertThat(now.milestones().get(1).overdue()).isFalse();
        assertThat(signedIn.as(manager, () -> projects.history(p.id()))).extracting(ProjectHistoryEntry::action)
                .contains("OVERDUE");

        boolean notified = false;
        for (int i = 0; i < 50 && !notified; i++) {
            notified = signedIn.as(provider.user(), () -> notifications.mine(20)).stream()
                    .anyMatch(n -> n.messageKey().equals("notify.milestone.overdue"));
            if (!notified) {
                Thread.sleep(100);
            }
        }
        assertThat(notified).isTrue();
    }

    @Test
    void terminationNeedsAReason() {
        ProjectDetails p = runningProject();
        refused(() -> signedIn.as(manager, () -> projects.terminate(p.id(), "  ")), "error.reason-required");
        ProjectDetails t = signedIn.as(manager, () -> projects.terminate(p.id(), "供给方无法履约"));
        assertThat(t.status()).isEqualTo(ProjectStatus.TERMINATED);
        assertThat(t.terminationReason()).isEqualTo("供给方无法履约");
        assertThat(signedIn.as(manager, () -> projects.flagOverdueMilestones())).isGreaterThanOrEqualTo(0);
    }

    @Test
    void onlyPartiesManagersAndTheAssignedExpertSeeAProjectButEveryoneSeesItsPublicProgress() {
        ProjectDetails p = runningProject();
        Long first = p.milestones().get(0).id();
        signedIn.as(provider.user(), () -> projects.submitEvidence(first, "保密的实施细节",
                List.of(new EvidenceUpload("内部.pdf", PDF))));
        signedIn.as(demand.user(), () -> projects.decideMilestone(first, true, null));
        Long evidenceId = signedIn.as(manager, () -> projects.findProject(p.id())).milestones().get(0).evidence().get(0).id();

        OrgAndUser outsider = data.verifiedOrganisation(Roles.ENTERPRISE);
        assertThatThrownBy(() -> signedIn.as(outsider.user(), () -> projects.findProject(p.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(outsider.user(), () -> projects.readEvidence(evidenceId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(expert, () -> projects.findProject(p.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(outsider.user(), () -> projects.visibleProjects())).extracting(ProjectSummary::id)
                .doesNotContain(p.id());
        assertThat(signedIn.as(provider.user(), () -> projects.visibleProjects())).extracting(ProjectSummary::id)
                .contains(p.id());
        signedIn.as(manager, () -> projects.assignAcceptanceExpert(p.id(), expert.id()));
        assertThat(signedIn.as(expert, () -> projects.findProject(p.id())).id()).isEqualTo(p.id());

        PublicProgress progress = projects.publicProgress(p.opportunityId()).orElseThrow();
        assertThat(progress.providerName()).isEqualTo(provider.organisation().name());
        assertThat(progress.milestonesMet()).isEqualTo(1);
        assertThat(progress.completed()).isFalse();
        assertThat(progress.toString()).doesNotContain("保密的实施细节").doesNotContain("内部.pdf");
    }

    @Test
    void onlyAnExpertCanJoinTheAcceptance() {
        ProjectDetails p = runningProject();
        AccountSummary notExpert = data.staff(Roles.MANAGER);
        refused(() -> signedIn.as(manager, () -> projects.assignAcceptanceExpert(p.id(), notExpert.id())),
                "error.project.not-an-expert");
    }
}
