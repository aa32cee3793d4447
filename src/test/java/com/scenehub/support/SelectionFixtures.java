package com.scenehub.support;

import com.scenehub.opportunity.Criterion;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityForm;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.project.AgreementForm;
import com.scenehub.project.EvidenceUpload;
import com.scenehub.project.MilestonePlan;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectService;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalForm;
import com.scenehub.selection.SelectionOverview;
import com.scenehub.selection.SelectionService;
import com.scenehub.requirement.RequirementForm;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Published opportunities for the selection tests, made through the scene workflow's own services. */
@Component
public class SelectionFixtures {

    private final TestData data;
    private final SignedIn signedIn;
    private final RequirementService requirements;
    private final OpportunityService opportunities;
    private final Clock clock;
    private final SelectionService selection;
    private final ProjectService projects;

    SelectionFixtures(TestData data, SignedIn signedIn, RequirementService requirements,
            OpportunityService opportunities, Clock clock, SelectionService selection, ProjectService projects) {
        this.selection = selection;
        this.projects = projects;
        this.data = data;
        this.signedIn = signedIn;
        this.requirements = requirements;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    public static RequirementForm requirementForm(String title) {
        RequirementForm f = new RequirementForm();
        f.setTitle(title);
        f.setSceneField("SMART_LOGISTICS");
        f.setIndustryField("LOGISTICS");
        f.setZoneArea("HONGTA");
        f.setPainPoints("仓库拣货依赖人工，错拣率高。");
        f.setExpectedOutcome("建成无人仓，拣货效率提升一倍。");
        f.setIndicators("错拣率 ≤ 0.1%");
        f.setBudgetMin(new BigDecimal("500000.00"));
        f.setBudgetMax(new BigDecimal("1200000.00"));
        f.setTimeframeStart(LocalDate.of(2027, 1, 1));
        f.setTimeframeEnd(LocalDate.of(2027, 12, 31));
        f.setOpenResources("开放仓库与 WMS 数据");
        f.setContactName("陈工");
        f.setContactPhone("0877-2051005");
        return f;
    }

    /** An accepted requirement of the given enterprise. */
    public RequirementSummary acceptedRequirement(OrgAndUser owner, AccountSummary manager) {
        AccountSummary expert = data.staff(Roles.EXPERT);
        RequirementSummary draft = signedIn.as(owner.user(),
                () -> requirements.createDraft(requirementForm("需求" + TestData.next())));
        signedIn.as(owner.user(), () -> requirements.submit(draft.id()));
        signedIn.as(manager, () -> requirements.assignExpert(draft.id(), expert.id()));
        signedIn.as(expert, () -> requirements.writeAnalysis(draft.id(), "可行", "TRL 7", "错拣率"));
        return signedIn.as(manager, () -> requirements.accept(draft.id(), "符合园区方向"));
    }

    /** A published OPEN opportunity of the demand enterprise, window from a minute ago to now + window. */
    public OpportunityDetails published(OrgAndUser demand, AccountSummary manager, SelectionMode mode, Duration window) {
        RequirementSummary r = acceptedRequirement(demand, manager);
        Instant now = clock.instant();
        OpportunityForm f = new OpportunityForm();
        f.setRequirementIds(Set.of(r.id()));
        f.setTitle("智慧物流无人仓 " + TestData.next());
        f.setSummary("为物流企业建设无人仓。");
        f.setScope("AGV、WMS 对接、视觉拣选。");
        f.setIndicators("错拣率 ≤ 0.1%");
        f.setSceneField("SMART_LOGISTICS");
        f.setIndustryField("LOGISTICS");
        f.setZoneArea("HONGTA");
        f.setBudget(new BigDecimal("1000000.00"));
        f.setSupportPolicy("场景专项资金最高支持 30%");
        f.setSelectionMode(mode);
        f.setCriteria(List.of(new Criterion("技术方案", "先进性与可行性", 50), new Criterion("实施能力", "团队与案例", 30),
                new Criterion("报价", "合理性", 20)));
        f.setEligibility("在中国境内注册的企业");
        f.setWindowOpens(now.minusSeconds(60));
        f.setWindowCloses(now.plus(window));
        OpportunityDetails d = signedIn.as(manager, () -> opportunities.design(f));
        signedIn.as(manager, () -> opportunities.markReady(d.id()));
        signedIn.run(manager, () -> {
            OpportunityListSummary list = opportunities.createList(2090, "test");
            opportunities.addOpportunity(list.id(), d.id());
            opportunities.publishList(list.id());
        });
        return signedIn.as(manager, () -> opportunities.findOpportunity(d.id()).orElseThrow());
    }

    /** What {@link #awardedWithOneMetMilestone} made. */
    public record Awarded(OpportunityDetails opportunity, ProposalDetails winner, ProposalDetails other,
            ProjectDetails project) {
    }

    /**
     * A direct-docking opportunity taken to a running project with its first milestone met and a grant
     * payment recorded; the clock is moved past the window.
     */
    public Awarded awardedWithOneMetMilestone(OrgAndUser demand, OrgAndUser provider, OrgAndUser other,
            AccountSummary manager, TestClock testClock) {
        OpportunityDetails o = published(demand, manager, SelectionMode.DIRECT_DOCKING, Duration.ofDays(7));
        ProposalDetails win = signedIn.as(provider.user(), () -> selection.createDraft(o.id(),
                new ProposalForm("保密技术方案：AGV 调度算法", new BigDecimal("880000"), "六个月", "八人团队")));
        signedIn.as(provider.user(), () -> selection.submit(win.id()));
        ProposalDetails lose = signedIn.as(other.user(), () -> selection.createDraft(o.id(),
                new ProposalForm("保密技术方案：视觉拣选", new BigDecimal("910000"), "八个月", "六人团队")));
        signedIn.as(other.user(), () -> selection.submit(lose.id()));
        testClock.set(testClock.instant().plus(Duration.ofDays(8)));
        signedIn.as(manager, () -> selection.startEvaluation(o.id()));
        signedIn.as(demand.user(), () -> selection.shortlist(win.id()));
        signedIn.as(demand.user(), () -> selection.choose(win.id()));
        SelectionOverview done = signedIn.as(manager, () -> selection.confirmChoice(o.id()));
        LocalDate start = LocalDate.now(testClock);
        signedIn.as(manager, () -> projects.updateAgreement(done.projectId(), new AgreementForm(
                new BigDecimal("880000"), new BigDecimal("264000"), start, start.plusMonths(6),
                List.of(new MilestonePlan("设备到货安装", "AGV 20 台到货并完成安装", start.plusMonths(2), new BigDecimal("40")),
                        new MilestonePlan("系统上线验收", "WMS 对接并试运行一个月", start.plusMonths(6), new BigDecimal("60"))))));
        signedIn.as(demand.user(), () -> projects.confirm(done.projectId()));
        signedIn.as(provider.user(), () -> projects.confirm(done.projectId()));
        ProjectDetails running = signedIn.as(provider.user(), () -> projects.start(done.projectId()));
        Long first = running.milestones().getFirst().id();
        signedIn.as(provider.user(), () -> projects.submitEvidence(first, "保密交付说明：到货验收单",
                List.of(new EvidenceUpload("到货验收单.pdf", "%PDF-1.7 secret".getBytes()))));
        signedIn.as(demand.user(), () -> projects.decideMilestone(first, true, null));
        ProjectDetails paid = signedIn.as(manager, () -> projects.recordDisbursement(first, new BigDecimal("105600"),
                "ZF-2026-018"));
        return new Awarded(signedIn.as(manager, () -> opportunities.findOpportunity(o.id()).orElseThrow()), win, lose,
                paid);
    }
}
