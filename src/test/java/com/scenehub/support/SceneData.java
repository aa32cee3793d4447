package com.scenehub.support;

import com.scenehub.opportunity.Criterion;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityForm;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.requirement.RequirementForm;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.supply.SupplyItemForm;
import com.scenehub.supply.SupplyItemKind;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds scene-workflow records in a given state for tests, through the real services. */
@Component
public class SceneData {

    private final TestData data;
    private final SignedIn signedIn;
    private final RequirementService requirements;
    private final SupplyService supply;
    private final OpportunityService opportunities;

    SceneData(TestData data, SignedIn signedIn, RequirementService requirements, SupplyService supply,
            OpportunityService opportunities) {
        this.data = data;
        this.signedIn = signedIn;
        this.requirements = requirements;
        this.supply = supply;
        this.opportunities = opportunities;
    }

    public static RequirementForm requirementForm(String title) {
        RequirementForm f = new RequirementForm();
        f.setTitle(title);
        f.setSceneField("SMART_FACTORY");
        f.setIndustryField("CNC_MACHINE");
        f.setZoneArea("YANHE");
        f.setPainPoints("数控机床加工精度依赖人工巡检，换线时间长。");
        f.setExpectedOutcome("建成一条智能产线，良品率提升到 99%。");
        f.setIndicators("良品率 ≥ 99%，换线时间 ≤ 30 分钟");
        f.setBudgetMin(new BigDecimal("500000.00"));
        f.setBudgetMax(new BigDecimal("1200000.00"));
        f.setTimeframeStart(LocalDate.of(2027, 1, 1));
        f.setTimeframeEnd(LocalDate.of(2027, 12, 31));
        f.setOpenResources("开放一条试验产线及设备数据");
        f.setContactName("刘工");
        f.setContactPhone("0877-2051004");
        return f;
    }

    public static SupplyItemForm supplyForm(String name) {
        SupplyItemForm f = new SupplyItemForm();
        f.setKind(SupplyItemKind.SOLUTION);
        f.setName(name);
        f.setDescription("基于工业互联网平台的机床状态监测与预测性维护方案。");
        f.setSceneFields(Set.of("SMART_FACTORY"));
        f.setIndustryFields(Set.of("INDUSTRIAL_INTERNET"));
        f.setTrl(7);
        f.setPriceMin(new BigDecimal("300000"));
        f.setPriceMax(new BigDecimal("900000"));
        f.setReferenceCases("某汽车零部件厂 20 台机床联网");
        f.setCertifications("ISO 9001");
        return f;
    }

    public static OpportunityForm opportunityForm(Set<Long> requirementIds, Instant opens, Instant closes) {
        OpportunityForm f = new OpportunityForm();
        f.setRequirementIds(requirementIds);
        f.setTitle("智能工厂数控产线改造");
        f.setSummary("为精密机械企业建设智能产线。");
        f.setScope("产线数据采集、质量检测、预测性维护。");
        f.setIndicators("良品率 ≥ 99%");
        f.setSceneField("SMART_FACTORY");
        f.setIndustryField("CNC_MACHINE");
        f.setZoneArea("YANHE");
        f.setBudget(new BigDecimal("1000000.00"));
        f.setSupportPolicy("场景专项资金最高支持 30%");
        f.setSelectionMode(SelectionMode.OPEN_COMPETITION);
        f.setCriteria(List.of(new Criterion("技术方案", "先进性与可行性", 40), new Criterion("实施能力", null, 30),
                new Criterion("报价", null, 30)));
        f.setEligibility("在中国境内注册、具备相应资质的企业");
        f.setWindowOpens(opens);
        f.setWindowCloses(closes);
        return f;
    }

    public OrgAndUser enterprise() {
        return data.verifiedOrganisation(Roles.ENTERPRISE);
    }

    public OrgAndUser provider() {
        return data.verifiedOrganisation(Roles.PROVIDER);
    }

    public AccountSummary manager() {
        return data.staff(Roles.MANAGER);
    }

    public AccountSummary expert() {
        return data.staff(Roles.EXPERT);
    }

    public RequirementSummary draft(OrgAndUser owner, String title) {
        return signedIn.as(owner.user(), () -> requirements.createDraft(requirementForm(title)));
    }

    public RequirementSummary submitted(OrgAndUser owner) {
        RequirementSummary draft = draft(owner, "需求" + TestData.next());
        return signedIn.as(owner.user(), () -> requirements.submit(draft.id()));
    }

    public RequirementSummary inAnalysis(OrgAndUser owner, AccountSummary manager, AccountSummary expert) {
        RequirementSummary r = submitted(owner);
        return signedIn.as(manager, () -> requirements.assignExpert(r.id(), expert.id()));
    }

    public RequirementSummary analysed(OrgAndUser owner, AccountSummary manager, AccountSummary expert) {
        RequirementSummary r = inAnalysis(owner, manager, expert);
        return signedIn.as(expert, () -> requirements.writeAnalysis(r.id(), "可行", "技术成熟度 TRL 7", "良品率"));
    }

    public RequirementSummary accepted(OrgAndUser owner, AccountSummary manager) {
        RequirementSummary r = analysed(owner, manager, expert());
        return signedIn.as(manager, () -> requirements.accept(r.id(), "符合园区方向"));
    }

    public SupplyItemSummary listed(OrgAndUser provider, AccountSummary manager, String name) {
        SupplyItemSummary draft = signedIn.as(provider.user(), () -> supply.createDraft(supplyForm(name)));
        signedIn.as(provider.user(), () -> supply.submit(draft.id()));
        return signedIn.as(manager, () -> supply.list(draft.id()));
    }

    /** A READY opportunity from one fresh accepted requirement, window from now to now + window. */
    public OpportunityDetails ready(AccountSummary manager, Duration window) {
        RequirementSummary r = accepted(enterprise(), manager);
        Instant now = Instant.now();
        OpportunityDetails d = signedIn.as(manager, () -> opportunities.design(
                opportunityForm(Set.of(r.id()), now.minusSeconds(60), now.plus(window))));
        return signedIn.as(manager, () -> opportunities.markReady(d.id()));
    }

    /** A published OPEN opportunity in a fresh published list. */
    public OpportunityDetails published(AccountSummary manager, Duration window) {
        OpportunityDetails d = ready(manager, window);
        signedIn.run(manager, () -> {
            OpportunityListSummary list = opportunities.createList(2090, "test");
            opportunities.addOpportunity(list.id(), d.id());
            opportunities.publishList(list.id());
        });
        return signedIn.as(manager, () -> opportunities.findOpportunity(d.id()).orElseThrow());
    }
}
