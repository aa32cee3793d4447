package com.scenehub.opportunity;

import com.scenehub.requirement.RequirementForm;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.config.ClockConfig;
import com.scenehub.shared.spi.DemoDataContribution;
import com.scenehub.supply.SupplyItemForm;
import com.scenehub.supply.SupplyItemKind;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo zone's scene workflow, drawn from the plan's 附录1/附录2: requirements of 云南正成工精密机械
 * (智能工厂), 通力物流 (无人仓储) and 沃森生物 (智慧医疗) in various states, listed supply items of the
 * demo providers, a call for solutions, and the published "2026年第1批新经济应用场景机会清单" with three
 * opportunities and a corrigendum. Every step goes through the services as the demo account that
 * would take it, so histories and notifications are real.
 */
@Component
class SceneDemoData implements DemoDataContribution {

    private final RequirementService requirements;
    private final SupplyService supply;
    private final OpportunityService opportunities;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final Clock clock;

    SceneDemoData(RequirementService requirements, SupplyService supply, OpportunityService opportunities,
            AccountService accounts, UserDetailsService users, Clock clock) {
        this.requirements = requirements;
        this.supply = supply;
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        AccountSummary expert = accounts.findByUsername("expert").orElseThrow();
        AccountSummary expert2 = accounts.findByUsername("expert2").orElseThrow();

        RequirementSummary factory = accepted("enterprise2", requirement("精密零部件智能工厂数控产线改造", "SMART_FACTORY", "CNC_MACHINE",
                "YANHE", "现有 40 台数控机床依靠人工巡检与纸质记录，换线平均耗时 2 小时，关键尺寸不良率约 1.8%，设备突发停机每月 6 次以上。",
                "建成一条数据贯通的智能产线：设备联网率 100%，在线质检覆盖关键工序，良品率提升至 99.5%，换线时间缩短至 30 分钟以内。",
                "设备联网率 100%；不良率 ≤ 0.5%；换线 ≤ 30 分钟；非计划停机下降 60%", "800000", "1500000",
                "开放一条试验产线、机床运行数据和车间场地；派驻工艺工程师配合", "刘强", "0877-2051004"), expert,
                "可行。机床联网与在线质检技术成熟，已有同类案例；改造可分两期，先联网后质检。", "TRL 7–8：设备联网、边缘采集和视觉检测均已产业化。",
                "良品率 ≥ 99.5%；OEE 提升 15%");
        RequirementSummary warehouse = accepted("enterprise3", requirement("无人仓储与智能分拣中心建设", "SMART_LOGISTICS", "LOGISTICS",
                "HONGTA", "仓储作业依赖人工拣选，旺季日处理 3 万件时差错率上升到 0.6%，夜间作业人员紧缺。",
                "建设 5000 平方米无人仓：AGV 搬运、自动分拣、WMS 与运输系统打通，日处理能力 6 万件，差错率低于 0.05%。",
                "日处理 ≥ 6 万件；差错率 ≤ 0.05%；人均效率提升 2 倍", "2000000", "3500000",
                "开放现有仓库一处及历史订单数据（脱敏）", "陈静", "0877-2051005"), expert2,
                "可行。AGV 与自动分拣系统供给充足，关键在 WMS 与现有运输系统的接口。", "TRL 8–9：同类无人仓在快递行业已规模应用。",
                "日处理能力、差错率、投资回收期 ≤ 4 年");
        RequirementSummary coldChain = accepted("enterprise", requirement("疫苗冷链全程追溯与智慧质控", "SMART_HEALTH", "BIOPHARMA",
                "CORE_JIULONG", "疫苗出库后冷链温度依赖抽检记录，异常发现滞后，追溯需人工核对多套台账。",
                "实现从出库到接种点的全程温湿度实时监测与一物一码追溯，异常 5 分钟内告警，质控报告自动生成。",
                "温度监测覆盖率 100%；异常告警 ≤ 5 分钟；追溯查询 ≤ 10 秒", "600000", "1000000",
                "开放冷库两处、配送车辆 12 台及质量管理流程", "张伟", "0877-2051003"), expert,
                "可行。物联网温度标签和追溯平台成熟，需满足药品 GSP 与疫苗管理法要求。", "TRL 8：冷链监测已在医药流通企业普遍应用。",
                "覆盖率、告警时延、数据留存 ≥ 5 年");

        // Requirements in other states.
        RequirementSummary energy = as("enterprise", () -> requirements.submit(requirements.createDraft(requirement(
                "园区能耗监测与碳排放管理平台", "GREEN_LOW_CARBON", "BIOPHARMA", "CORE_JIULONG",
                "水、电、汽计量分散，无法按车间核算能耗和碳排放。", "建成能碳管理平台，实现分车间计量和碳排放月报。",
                "计量覆盖率 ≥ 95%", "300000", "600000", "开放计量点位和能源账单", "张伟", "0877-2051003"), true).id()));
        as("manager", () -> requirements.assignExpert(energy.id(), expert2.id()));
        as("expert2", () -> requirements.writeAnalysis(energy.id(), "可行，建议先覆盖主要用能车间。", "TRL 8：能耗监测成熟。",
                "计量覆盖率、碳排放核算误差 ≤ 5%"));
        as("enterprise3", () -> requirements.submit(requirements.createDraft(requirement("冷链运输车辆智能调度",
                "SMART_TRANSPORT", "LOGISTICS", "HONGTA", "车辆调度靠电话和经验，空驶率约 35%。",
                "上线智能调度系统，空驶率降至 20% 以下。", "空驶率 ≤ 20%", "200000", "500000", "开放车辆 GPS 数据",
                "陈静", "0877-2051005"), true).id()));
        RequirementSummary maintenance = as("enterprise2", () -> requirements.submit(requirements.createDraft(requirement(
                "主轴设备预测性维护", "SMART_FACTORY", "CNC_MACHINE", "YANHE", "主轴故障无预警。", "实现故障预警。",
                null, "100000", "300000", null, "刘强", "0877-2051004"), true).id()));
        as("manager", () -> requirements.assignExpert(maintenance.id(), expert.id()));
        as("expert", () -> requirements.writeAnalysis(maintenance.id(), "方向可行，但需求描述过于简略。", "TRL 7。", null));
        as("manager", () -> requirements.returnForRevision(maintenance.id(),
                "请补充设备型号、数量、现有数据采集情况和量化的预警指标后重新提交。"));
        as("enterprise", () -> requirements.createDraft(requirement("实验动物房环境智能监控", "SMART_HEALTH", "BIOPHARMA",
                "CORE_JIULONG", "环境参数人工记录。", null, null, null, null, null, null, null), true));

        // A call and the supply side.
        as("manager", () -> supply.openCall("智能工厂与智慧物流解决方案征集", "面向区内制造与物流企业的智能化改造需求，征集设备联网、在线质检、无人仓储等成熟方案。",
                List.of("SMART_FACTORY", "SMART_LOGISTICS"), List.of("INDUSTRIAL_INTERNET", "LOGISTICS"),
                today().plusDays(60), true));
        List<SupplyItemSummary> listed = new ArrayList<>();
        listed.add(listed("provider", item(SupplyItemKind.SOLUTION, "工业互联网设备联网与数据采集平台",
                "支持 FANUC、西门子、华中数控等主流数控系统协议，边缘网关秒级采集，提供 OEE、能耗和报警分析。",
                Set.of("SMART_FACTORY"), Set.of("INDUSTRIAL_INTERNET", "CNC_MACHINE"), 8, "300000", "900000",
                "已在 20 余家机械加工企业部署，联网设备 1200 台", "ISO 9001；工业互联网平台可信服务认证")));
        listed.add(listed("provider", item(SupplyItemKind.PRODUCT, "AI 视觉在线质检系统",
                "基于深度学习的表面缺陷与关键尺寸在线检测，单工位节拍 ≤ 1 秒，支持产线快速换型。",
                Set.of("SMART_FACTORY"), Set.of("INDUSTRIAL_INTERNET"), 7, "200000", "600000",
                "汽车零部件、精密机械行业案例 8 个", "软件著作权 6 项")));
        listed.add(listed("provider", item(SupplyItemKind.PRODUCT, "冷链温湿度物联网监测终端与追溯平台",
                "一次性与可循环温度标签，NB-IoT/4G 实时回传，与追溯码绑定，异常分级告警。",
                Set.of("SMART_HEALTH", "SMART_LOGISTICS"), Set.of("BIOPHARMA", "LOGISTICS"), 8, "150000", "500000",
                "服务 3 家医药流通企业", "医疗器械经营备案；CE")));
        listed.add(listed("provider2", item(SupplyItemKind.SOLUTION, "五轴数控机床智能化改造方案",
                "对存量数控机床加装传感器与数控系统升级，实现刀具寿命管理和加工参数自适应。",
                Set.of("SMART_FACTORY"), Set.of("CNC_MACHINE", "EQUIPMENT_MFG"), 7, "400000", "1200000",
                "本地机械加工企业改造 60 台", "高新技术企业")));
        listed.add(listed("provider2", item(SupplyItemKind.PRODUCT, "AGV 智能搬运机器人及调度系统",
                "激光 SLAM 导航，载重 500 kg–1.5 t，多车协同调度，可对接 WMS。",
                Set.of("SMART_LOGISTICS", "SMART_FACTORY"), Set.of("LOGISTICS", "SMART_TERMINAL"), 8, "500000", "2500000",
                "物流园区与工厂项目 15 个", "CE；防爆认证")));
        as("provider", () -> supply.submit(supply.createDraft(item(SupplyItemKind.CAPABILITY, "数字孪生产线仿真能力",
                "产线三维建模与节拍仿真，支持改造方案比选。", Set.of("SMART_FACTORY"), Set.of("INDUSTRIAL_INTERNET"), 6,
                "100000", "400000", null, null), true).id()));

        // Opportunities and the published list.
        LocalDate opens = today();
        LocalDate closes = today().plusDays(45);
        OpportunityDetails a = ready(opportunity(factory, "精密零部件智能工厂数控产线改造", SelectionMode.OPEN_COMPETITION,
                "1200000", "场景专项资金按项目合同额的 30% 给予支持，最高 50 万元", List.of(
                        new Criterion("技术方案", "先进性、可行性与对指标的满足程度", 40),
                        new Criterion("实施能力与案例", "同类项目业绩、团队与进度保障", 30),
                        new Criterion("报价", "合理性与全生命周期成本", 20),
                        new Criterion("本地化服务", "本地团队与售后响应", 10)), opens, closes));
        OpportunityDetails b = ready(opportunity(warehouse, "无人仓储与智能分拣中心", SelectionMode.DIRECT_DOCKING,
                "3000000", "场景专项资金按合同额的 20% 给予支持，最高 80 万元", List.of(
                        new Criterion("系统方案", "仓储布局、设备选型与系统集成", 50),
                        new Criterion("交付能力", "工期、团队与同类案例", 30),
                        new Criterion("报价", "投资与运维成本", 20)), opens, closes));
        OpportunityDetails c = ready(opportunity(coldChain, "疫苗冷链全程追溯与智慧质控", SelectionMode.OPEN_COMPETITION,
                "900000", "场景专项资金按合同额的 30% 给予支持，最高 30 万元", List.of(
                        new Criterion("合规与质量", "满足 GSP 与疫苗管理要求", 40),
                        new Criterion("技术方案", "实时性、可靠性与追溯完整性", 35),
                        new Criterion("报价", "合理性", 25)), opens, closes));
        as("manager", () -> {
            OpportunityListSummary list = opportunities.createList(today().getYear(),
                    "根据《玉溪国家高新区“十四五”发展规划》部署新经济应用场景，现发布本批机会清单。", true);
            opportunities.addOpportunity(list.id(), a.id());
            opportunities.addOpportunity(list.id(), b.id());
            opportunities.addOpportunity(list.id(), c.id());
            listed.forEach(i -> opportunities.addSupplyItem(list.id(), i.id()));
            return opportunities.publishList(list.id());
        });
        as("manager", () -> opportunities.correct(b.id(), new OpportunityCorrection(
                "应需求方申请，为便于供给方现场踏勘，报名截止时间延长 10 天。",
                closes(closes.plusDays(10)), null, null, null)));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private RequirementSummary accepted(String owner, RequirementForm form, AccountSummary expert, String feasibility,
            String maturity, String indicators) {
        RequirementSummary r = as(owner, () -> requirements.submit(requirements.createDraft(form, true).id()));
        as("manager", () -> requirements.assignExpert(r.id(), expert.id()));
        as(expert.username(), () -> requirements.writeAnalysis(r.id(), feasibility, maturity, indicators));
        return as("manager", () -> requirements.accept(r.id(), "符合园区“231”产业方向，同意纳入机会设计。"));
    }

    private SupplyItemSummary listed(String provider, SupplyItemForm form) {
        SupplyItemSummary item = as(provider, () -> supply.submit(supply.createDraft(form, true).id()));
        return as("manager", () -> supply.list(item.id()));
    }

    private OpportunityDetails ready(OpportunityForm form) {
        return as("manager", () -> opportunities.markReady(opportunities.design(form, true).id()));
    }

    private OpportunityForm opportunity(RequirementSummary r, String title, SelectionMode mode, String budget,
            String policy, List<Criterion> criteria, LocalDate opens, LocalDate closes) {
        OpportunityForm f = new OpportunityForm();
        f.setRequirementIds(new LinkedHashSet<>(List.of(r.id())));
        f.setTitle(title);
        f.setSummary(r.painPoints());
        f.setScope(r.expectedOutcome());
        f.setIndicators(r.analysisIndicators() == null ? r.indicators() : r.analysisIndicators());
        f.setSceneField(r.sceneField());
        f.setIndustryField(r.industryField());
        f.setZoneArea(r.zoneArea());
        f.setBudget(new BigDecimal(budget));
        f.setSupportPolicy(policy);
        f.setSelectionMode(mode);
        f.setCriteria(criteria);
        f.setEligibility("在中国境内依法注册、具有独立法人资格的企业或联合体；近三年无重大违法记录；与需求方不存在关联关系。");
        f.setWindowOpens(opens.atStartOfDay(ClockConfig.ZONE).toInstant());
        f.setWindowCloses(closes(closes));
        return f;
    }

    private static Instant closes(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(ClockConfig.ZONE).toInstant();
    }

    private static RequirementForm requirement(String title, String scene, String industry, String zone, String pain,
            String outcome, String indicators, String min, String max, String open, String contact, String phone) {
        RequirementForm f = new RequirementForm();
        f.setTitle(title);
        f.setSceneField(scene);
        f.setIndustryField(industry);
        f.setZoneArea(zone);
        f.setPainPoints(pain);
        f.setExpectedOutcome(outcome);
        f.setIndicators(indicators);
        f.setBudgetMin(min == null ? null : new BigDecimal(min));
        f.setBudgetMax(max == null ? null : new BigDecimal(max));
        f.setTimeframeStart(LocalDate.of(2027, 1, 1));
        f.setTimeframeEnd(LocalDate.of(2027, 12, 31));
        f.setOpenResources(open);
        f.setContactName(contact);
        f.setContactPhone(phone);
        return f;
    }

    private static SupplyItemForm item(SupplyItemKind kind, String name, String description, Set<String> scenes,
            Set<String> industries, int trl, String min, String max, String cases, String certifications) {
        SupplyItemForm f = new SupplyItemForm();
        f.setKind(kind);
        f.setName(name);
        f.setDescription(description);
        f.setSceneFields(scenes);
        f.setIndustryFields(industries);
        f.setTrl(trl);
        f.setPriceMin(new BigDecimal(min));
        f.setPriceMax(new BigDecimal(max));
        f.setReferenceCases(cases);
        f.setCertifications(certifications);
        return f;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.ZONE));
    }

    /** Runs a step as the demo account that would take it, with its real roles and organisation. */
    private <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
