package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Small fixtures whose right order nobody would argue about. */
@SceneHubTest
class MatchingRankingTest {

    @Autowired MatchingIndex index;
    @Autowired MatchingService matching;
    @Autowired MatchExplainer explainer;
    @Autowired TestData testData;
    @Autowired SignedIn signedIn;

    private final Long enterprise = MatchingFixtures.nextId();
    private final Long providerA = MatchingFixtures.nextId();
    private final Long providerB = MatchingFixtures.nextId();
    private final Long providerC = MatchingFixtures.nextId();

    private List<Long> rankedIds(MatchSource context) {
        var manager = testData.staff(Roles.MANAGER);
        return signedIn.as(manager, () -> matching.itemsFor(context.kind(), context.sourceId(), 20)).stream()
                .map(MatchResult::sourceId).toList();
    }

    @Test
    void theItemThatSolvesTheProblemRanksAboveAKeywordDistractorAndAnUnrelatedItem() {
        MatchSource exact = MatchingFixtures.item(providerA, "甲科技", true, "仓库AGV自动搬运系统",
                "潜伏式自动导引车，仓库货物自动搬运，与仓储管理系统对接。", "SMART_LOGISTICS", "LOGISTICS", 500_000, 900_000, 8, 3);
        MatchSource distractor = MatchingFixtures.item(providerB, "乙咨询", true, "仓库租赁与物业服务",
                "提供仓库出租、物业管理和保安服务。", "SMART_PARK", "TECH_SERVICES", 100_000, 200_000, null, 0);
        MatchSource unrelated = MatchingFixtures.item(providerC, "丙医药", true, "疫苗冷冻干燥设备",
                "生物制药冻干工艺设备。", "SMART_FACTORY", "BIOPHARMA", 2_000_000, 3_000_000, 7, 1);
        List.of(exact, distractor, unrelated).forEach(index::upsert);
        MatchSource need = MatchingFixtures.requirement(enterprise, "仓库货物自动搬运",
                "成品仓库需要自动搬运货物，减少叉车人工。", "SMART_LOGISTICS", "LOGISTICS", 600_000, 1_000_000);
        index.upsert(need);

        List<Long> ranked = rankedIds(need);

        assertThat(ranked).contains(exact.sourceId(), distractor.sourceId());
        assertThat(ranked.indexOf(exact.sourceId())).isLessThan(ranked.indexOf(distractor.sourceId()));
        if (ranked.contains(unrelated.sourceId())) {
            assertThat(ranked.indexOf(distractor.sourceId())).isLessThan(ranked.indexOf(unrelated.sourceId()));
        }
    }

    @Test
    void aSynonymFindsAnEnglishItemForAChineseNeed() {
        MatchSource english = MatchingFixtures.item(providerA, "Vision Co", true, "AOI inspection station",
                "Automated optical inspection of PCB solder joints with deep learning defect classification.",
                null, null, 300_000, 500_000, 8, 2);
        index.upsert(english);
        MatchSource need = MatchingFixtures.requirement(enterprise, "电路板焊点视觉检测",
                "产线需要视觉检测焊点缺陷，替代人工目检。", "SMART_FACTORY", "ELECTRONICS", 400_000, 800_000);
        index.upsert(need);

        var manager = testData.staff(Roles.MANAGER);
        List<MatchResult> results = signedIn.as(manager, () -> matching.itemsFor(MatchKind.REQUIREMENT, need.sourceId(), 50));

        MatchResult found = results.stream().filter(r -> r.sourceId().equals(english.sourceId())).findFirst().orElseThrow();
        assertThat(found.reasons()).extracting(Reason::key).contains("matching.reason.synonym");
        assertThat(explainer.explain(found, java.util.Locale.ENGLISH)).anyMatch(s -> s.contains("AOI"));
    }

    @Test
    void anItemFarOverBudgetIsPushedDownButNotHidden() {
        String text = "注塑车间设备数据采集与能耗监测平台，采集注塑机运行参数。";
        MatchSource affordable = MatchingFixtures.item(providerA, "甲科技", true, "注塑车间能耗监测平台", text,
                "SMART_FACTORY", "INDUSTRIAL_INTERNET", 200_000, 400_000, 7, 1);
        MatchSource expensive = MatchingFixtures.item(providerB, "乙科技", true, "注塑车间能耗监测平台", text,
                "SMART_FACTORY", "INDUSTRIAL_INTERNET", 5_000_000, 8_000_000, 7, 1);
        index.upsert(affordable);
        index.upsert(expensive);
        MatchSource need = MatchingFixtures.requirement(enterprise, "注塑车间能耗监测",
                "需要采集注塑机运行参数并监测能耗。", "SMART_FACTORY", "INDUSTRIAL_INTERNET", 300_000, 500_000);
        index.upsert(need);

        var manager = testData.staff(Roles.MANAGER);
        List<MatchResult> results = signedIn.as(manager, () -> matching.itemsFor(MatchKind.REQUIREMENT, need.sourceId(), 50));
        List<Long> ids = results.stream().map(MatchResult::sourceId).toList();

        assertThat(ids).contains(affordable.sourceId(), expensive.sourceId());
        assertThat(ids.indexOf(affordable.sourceId())).isLessThan(ids.indexOf(expensive.sourceId()));
        MatchResult far = results.get(ids.indexOf(expensive.sourceId()));
        assertThat(far.reasons()).extracting(Reason::key).contains("matching.reason.budget-far-over");
        assertThat(results.get(ids.indexOf(affordable.sourceId())).reasons()).extracting(Reason::key)
                .contains("matching.reason.budget-fit", "matching.reason.scene-field", "matching.reason.terms");
    }

    @Test
    void withEqualTextTheProviderWithATrackRecordRanksFirst() {
        String text = "烟叶仓储温湿度监测与霉变预警系统。";
        MatchSource newcomer = MatchingFixtures.item(providerA, "新公司", true, "烟叶仓储温湿度监测", text,
                "SMART_FACTORY", "TOBACCO_SUPPORT", 300_000, 500_000, 7, 0);
        MatchSource proven = MatchingFixtures.item(providerB, "老公司", true, "烟叶仓储温湿度监测", text,
                "SMART_FACTORY", "TOBACCO_SUPPORT", 300_000, 500_000, 7, 4);
        index.upsert(newcomer);
        index.upsert(proven);
        MatchSource need = MatchingFixtures.requirement(enterprise, "烟叶仓库温湿度监测",
                "烟叶仓库需要温湿度监测和霉变预警。", "SMART_FACTORY", "TOBACCO_SUPPORT", 400_000, 600_000);
        index.upsert(need);

        List<Long> ranked = rankedIds(need);

        assertThat(ranked.indexOf(proven.sourceId())).isLessThan(ranked.indexOf(newcomer.sourceId()));
    }
}
