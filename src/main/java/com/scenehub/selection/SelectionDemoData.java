package com.scenehub.selection;

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
import com.scenehub.requirement.RequirementForm;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.spi.DemoDataContribution;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo zone's selection and projects (from the plan's enterprises): an open-competition
 * opportunity in its public notice period after expert scoring, a direct-docking opportunity awarded
 * to a signed project with one met milestone and a grant payment, and an opportunity still open with
 * sealed proposals. Each step runs as the demo account that would do it.
 */
@Component
class SelectionDemoData implements DemoDataContribution {

    private static final Logger log = LoggerFactory.getLogger(SelectionDemoData.class);

    private final RequirementService requirements;
    private final OpportunityService opportunities;
    private final SelectionService selection;
    private final ProjectService projects;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final Clock clock;

    SelectionDemoData(RequirementService requirements, OpportunityService opportunities, SelectionService selection,
            ProjectService projects, AccountService accounts, UserDetailsService users, Clock clock) {
        this.requirements = requirements;
        this.opportunities = opportunities;
        this.selection = selection;
        this.projects = projects;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        try {
            loadSelection();
        } catch (RuntimeException | InterruptedException e) {
            log.warn("Selection demo data not loaded: {}", e.toString());
        }
    }

    private void loadSelection() throws InterruptedException {
        AccountSummary expert = accounts.findByUsername("expert").orElseThrow();
        AccountSummary expert2 = accounts.findByUsername("expert2").orElseThrow();
        Instant now = clock.instant();
        Instant shortClose = now.plusSeconds(6);

        OpportunityDetails competition = designed("enterprise3", "通力物流无人仓智能分拣场景",
                "为玉溪通力物流建设无人仓：AGV 搬运、视觉分拣与 WMS 对接，错拣率降至 0.1% 以下。",
                "SMART_LOGISTICS", "LOGISTICS", "HONGTA", new BigDecimal("1200000"), SelectionMode.OPEN_COMPETITION,
                now.minusSeconds(60), shortClose);
        OpportunityDetails docking = designed("enterprise2", "正成工精密数控产线智能化改造",
                "为云南正成工精密机械改造一条数控产线：设备联网、质量在线检测、预测性维护。",
                "SMART_FACTORY", "CNC_MACHINE", "YANHE", new BigDecimal("900000"), SelectionMode.DIRECT_DOCKING,
                now.minusSeconds(60), shortClose);
        OpportunityDetails open = designed("enterprise", "沃森生物疫苗冷链物流全程追溯",
                "为玉溪沃森生物建设疫苗冷链运输温度全程监测与追溯平台。",
                "SMART_LOGISTICS", "BIOPHARMA", "CORE_JIULONG", new BigDecimal("800000"), SelectionMode.OPEN_COMPETITION,
                now.minusSeconds(60), now.plus(Duration.ofDays(30)));
        as("manager", () -> {
            OpportunityListSummary list = opportunities.createList(LocalDate.now(clock).getYear(),
                    "演示批次：场景对接与甄选", true);
            for (OpportunityDetails o : List.of(competition, docking, open)) {
                opportunities.addOpportunity(list.id(), o.id());
            }
            return opportunities.publishList(list.id());
        });

        ProposalDetails c1 = proposal("provider", competition, "基于中科钛领工业互联网平台的无人仓方案：20 台 AGV、"
                + "视觉分拣工作站、WMS 接口改造。", "1080000", "2026 年 7 月至 12 月，分三期", "项目经理 1 名、算法工程师 4 名、实施工程师 6 名");
        ProposalDetails c2 = proposal("provider2", competition, "华溪数控自研搬运机器人与分拣线，配套仓储调度软件。",
                "990000", "2026 年 8 月至 2027 年 1 月", "项目经理 1 名、机械工程师 5 名");
        ProposalDetails d1 = proposal("provider", docking, "机床联网采集、视觉质检与预测性维护一体化方案。", "860000",
                "六个月，两期交付", "项目经理 1 名、工程师 6 名");
        ProposalDetails d2 = proposal("provider2", docking, "数控系统升级与产线自动上下料改造。", "820000", "八个月",
                "工程师 5 名");
        ProposalDetails o1 = proposal("provider", open, "冷链车载温度传感 + 区块链追溯平台。", "760000", "五个月", "工程师 5 名");
        as("provider2", () -> selection.createDraft(open.id(), new ProposalForm("冷链温控设备改造（草稿）", null, null, null), true));

        long wait = Duration.between(clock.instant(), shortClose).toMillis() + 300;
        if (wait > 0) {
            Thread.sleep(wait);
        }

        // open competition: panel, declarations, scores, winner proposed, public notice running
        as("manager", () -> selection.formPanel(competition.id(), List.of(expert.id(), expert2.id())));
        for (String e : List.of("expert", "expert2")) {
            as(e, () -> selection.declare(c1.id(), false, null));
            as(e, () -> selection.declare(c2.id(), false, null));
        }
        score("expert", c1, "44", "26", "17", null);
        score("expert", c2, "38", "24", "18", null);
        score("expert2", c1, "42", "27", "16", null);
        score("expert2", c2, "29", "22", "19", "分拣准确率指标论证不足");
        Long top = as("manager", () -> selection.ranking(competition.id()).getFirst().proposalId());
        as("manager", () -> selection.confirmWinner(competition.id(), top));

        // direct docking: shortlist, meeting, choice, confirmation, project with one met milestone
        as("manager", () -> selection.startEvaluation(docking.id()));
        as("enterprise2", () -> selection.shortlist(d1.id()));
        as("enterprise2", () -> selection.shortlist(d2.id()));
        as("enterprise2", () -> selection.recordMeeting(docking.id(), LocalDate.now(clock), "正成工 刘强、中科钛领 赵磊、管委会科技局",
                "现场踏勘 3 号产线，确认联网设备清单与质检指标。"));
        as("enterprise2", () -> selection.choose(d1.id()));
        SelectionOverview awarded = as("manager", () -> selection.confirmChoice(docking.id()));
        Long projectId = awarded.projectId();
        LocalDate start = LocalDate.now(clock).minusMonths(2);
        as("manager", () -> projects.updateAgreement(projectId, new AgreementForm(new BigDecimal("860000"),
                new BigDecimal("258000"), start, start.plusMonths(8), List.of(
                        new MilestonePlan("设备联网与数据采集", "30 台机床接入平台，数据采集率 ≥ 98%", start.plusMonths(2),
                                new BigDecimal("30")),
                        new MilestonePlan("视觉质检上线", "在线质检覆盖 3 道关键工序", start.plusMonths(5), new BigDecimal("40")),
                        new MilestonePlan("预测性维护与最终验收", "故障预警准确率 ≥ 85%，完成验收", start.plusMonths(8),
                                new BigDecimal("30"))))));
        as("enterprise2", () -> projects.confirm(projectId));
        as("provider", () -> projects.confirm(projectId));
        ProjectDetails running = as("provider", () -> projects.start(projectId));
        Long first = running.milestones().getFirst().id();
        as("provider", () -> projects.submitEvidence(first, "30 台机床已接入，附数据采集报告。",
                List.of(new EvidenceUpload("数据采集报告.pdf", "%PDF-1.4\n% demo report\n".getBytes(StandardCharsets.US_ASCII)))));
        as("enterprise2", () -> projects.decideMilestone(first, true, "数据完整，同意通过"));
        as("manager", () -> projects.recordDisbursement(first, new BigDecimal("77400"), "YXGX-ZX-2026-001"));
        as("manager", () -> projects.assignAcceptanceExpert(projectId, expert.id()));
        log.info("Selection demo loaded: notice for {}, project {}, open {}", competition.id(), projectId, o1.id());
    }

    private OpportunityDetails designed(String owner, String title, String summary, String scene, String industry,
            String area, BigDecimal budget, SelectionMode mode, Instant opens, Instant closes) {
        RequirementForm r = new RequirementForm();
        r.setTitle(title + "需求");
        r.setSceneField(scene);
        r.setIndustryField(industry);
        r.setZoneArea(area);
        r.setPainPoints("现有流程依赖人工，效率低、差错多。");
        r.setExpectedOutcome(summary);
        r.setIndicators("效率提升 50%，差错率降低 80%");
        r.setBudgetMin(budget.multiply(new BigDecimal("0.6")));
        r.setBudgetMax(budget);
        r.setTimeframeStart(LocalDate.now(clock).plusMonths(1));
        r.setTimeframeEnd(LocalDate.now(clock).plusMonths(12));
        r.setOpenResources("开放现场、设备与业务数据");
        r.setContactName("项目联系人");
        r.setContactPhone("0877-2051000");
        RequirementSummary draft = as(owner, () -> requirements.createDraft(r, true));
        as(owner, () -> requirements.submit(draft.id()));
        AccountSummary expert = accounts.findByUsername("expert").orElseThrow();
        as("manager", () -> requirements.assignExpert(draft.id(), expert.id()));
        as("expert", () -> requirements.writeAnalysis(draft.id(), "技术可行，园区内已有类似应用", "TRL 7–8",
                "效率、差错率、投资回收期"));
        as("manager", () -> requirements.accept(draft.id(), "符合园区新经济应用场景方向"));
        OpportunityForm f = new OpportunityForm();
        f.setRequirementIds(Set.of(draft.id()));
        f.setTitle(title);
        f.setSummary(summary);
        f.setScope("方案设计、设备与软件供货、安装调试、培训与运维。");
        f.setIndicators("效率提升 50%，差错率降低 80%");
        f.setSceneField(scene);
        f.setIndustryField(industry);
        f.setZoneArea(area);
        f.setBudget(budget);
        f.setSupportPolicy("场景专项资金按合同额的 30% 给予支持");
        f.setSelectionMode(mode);
        f.setCriteria(List.of(new Criterion("技术方案", "先进性、可行性与指标响应", 50),
                new Criterion("实施能力", "团队、案例与进度保障", 30), new Criterion("报价", "合理性与性价比", 20)));
        f.setEligibility("在中国境内依法注册、具有相应技术能力的企业；与需求方存在关联关系的不得申报。");
        f.setWindowOpens(opens);
        f.setWindowCloses(closes);
        OpportunityDetails d = as("manager", () -> opportunities.design(f, true));
        return as("manager", () -> opportunities.markReady(d.id()));
    }

    private ProposalDetails proposal(String provider, OpportunityDetails o, String approach, String price,
            String schedule, String team) {
        ProposalDetails draft = as(provider, () -> selection.createDraft(o.id(),
                new ProposalForm(approach, new BigDecimal(price), schedule, team), true));
        return as(provider, () -> selection.submit(draft.id()));
    }

    private void score(String expert, ProposalDetails p, String a, String b, String c, String comment) {
        as(expert, () -> {
            selection.score(p.id(), List.of(new CriterionScore(0, new BigDecimal(a), comment),
                    new CriterionScore(1, new BigDecimal(b), null), new CriterionScore(2, new BigDecimal(c), null)));
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            UserDetails user = users.loadUserByUsername(username);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
