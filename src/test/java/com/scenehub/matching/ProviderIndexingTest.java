package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.scenehub.project.AgreementForm;
import com.scenehub.project.MilestonePlan;
import com.scenehub.project.ProjectAward;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provider documents and the track record: the provider organisation is indexed with its listed items,
 * and a project it completes (project module event) raises its track record, its items' ranking and
 * shows in the explanation in Chinese and English.
 */
@SceneHubTest
class ProviderIndexingTest {

    private static final AtomicLong OPPORTUNITY = new AtomicLong(7_900_000);

    @Autowired SceneData scene;
    @Autowired SupplyService supply;
    @Autowired ProjectService projects;
    @Autowired MatchingIndex index;
    @Autowired MatchingSearch search;
    @Autowired MatchingService matching;
    @Autowired MatchExplainer explainer;
    @Autowired MatchDocumentRepository documents;
    @Autowired SignedIn signedIn;

    private List<Long> publicHits(String query, MatchKind kind) {
        return search.search(query, SearchFilters.of(kind), Locale.SIMPLIFIED_CHINESE, 50).stream()
                .map(r -> r.match().sourceId()).toList();
    }

    private MatchDocument providerDocument(Long organisationId) {
        return documents.findByKindAndSourceId(MatchKind.PROVIDER, organisationId).orElseThrow();
    }

    @Test
    void aProviderIsIndexedWithItsListedItemsAndLosesADelistedOne() {
        String word = "烟叶醇化监测" + TestData.next();
        OrgAndUser provider = scene.provider();
        AccountSummary manager = scene.manager();
        Long providerId = provider.organisation().id();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(index.contains(MatchKind.PROVIDER, providerId)).isTrue());

        SupplyItemSummary item = scene.listed(provider, manager, word);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publicHits(word, MatchKind.PROVIDER)).contains(providerId));
        MatchDocument document = providerDocument(providerId);
        assertThat(document.getTitle()).isEqualTo(provider.organisation().name());
        assertThat(document.getBody()).contains(word);
        assertThat(document.getSceneFieldCodes()).contains("SMART_FACTORY");
        assertThat(document.getTrl()).isEqualTo(7);

        signedIn.run(manager, () -> supply.delist(item.id(), "产品停产"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publicHits(word, MatchKind.PROVIDER)).doesNotContain(providerId));
        assertThat(index.contains(MatchKind.PROVIDER, providerId)).isTrue();
    }

    @Test
    void aCompletedProjectRaisesTheProvidersTrackRecordAndRanking() {
        String word = "堆垛机改造" + TestData.next();
        AccountSummary manager = scene.manager();
        OrgAndUser demand = scene.enterprise();
        OrgAndUser proven = scene.provider();
        OrgAndUser newcomer = scene.provider();
        // the same item from both; the newcomer lists first, so it wins the tie until the track record counts
        SupplyItemSummary newcomerItem = scene.listed(newcomer, manager, word);
        SupplyItemSummary provenItem = scene.listed(proven, manager, word);
        MatchSource need = MatchingFixtures.requirement(demand.organisation().id(), word + "需求",
                word + "，基于工业互联网平台的机床状态监测与预测性维护。", "SMART_FACTORY", "INDUSTRIAL_INTERNET", 300_000,
                900_000);
        index.upsert(need);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ranked(manager, need))
                .containsSubsequence(newcomerItem.id(), provenItem.id()));

        completeProject(manager, demand, proven);

        // delivery and final acceptance are separate project events, each indexed when it arrives
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            MatchDocument provider = providerDocument(proven.organisation().id());
            assertThat(provider.getCompletedProjects()).isEqualTo(1);
            assertThat(provider.getAcceptedProjects()).isEqualTo(1);
            assertThat(ranked(manager, need)).containsSubsequence(provenItem.id(), newcomerItem.id());
        });
        assertThat(providerDocument(newcomer.organisation().id()).getCompletedProjects()).isZero();

        MatchResult result = signedIn.as(manager, () -> matching.itemsFor(need.kind(), need.sourceId(), 20)).stream()
                .filter(r -> r.sourceId().equals(provenItem.id())).findFirst().orElseThrow();
        assertThat(result.completedProjects()).isEqualTo(1);
        assertThat(result.reasons()).contains(new Reason("matching.reason.track-record", List.of("1", "1")));
        assertThat(explainer.explain(result, Translations.CHINESE)).contains("场景项目业绩：已交付 1 个，通过最终验收 1 个");
        assertThat(explainer.explain(result, Translations.ENGLISH))
                .contains("Track record in SceneHub projects: 1 delivered, 1 passed final acceptance");
        MatchResult other = signedIn.as(manager, () -> matching.itemsFor(need.kind(), need.sourceId(), 20)).stream()
                .filter(r -> r.sourceId().equals(newcomerItem.id())).findFirst().orElseThrow();
        assertThat(other.reasons()).extracting(Reason::key).doesNotContain("matching.reason.track-record");
    }

    @Test
    void providersAreRankedByTheirWholeProfileNotOnlyByTheirBestItem() {
        // two symmetric needs (the same words, each with its own model number) so that every item ties
        String stacker = "堆垛机改造";
        String modelX = stacker + TestData.next();
        String modelY = stacker + TestData.next();
        AccountSummary manager = scene.manager();
        OrgAndUser demand = scene.enterprise();
        OrgAndUser broad = scene.provider();
        OrgAndUser narrow = scene.provider();
        OrgAndUser other = scene.provider();
        // the narrow provider lists first, so by best item alone it would win the tie
        scene.listed(narrow, manager, modelX);
        scene.listed(other, manager, modelY);
        SupplyItemSummary broadX = scene.listed(broad, manager, modelX);
        SupplyItemSummary broadY = scene.listed(broad, manager, modelY);
        MatchSource need = MatchingFixtures.requirement(demand.organisation().id(), modelX + "与" + modelY,
                "既要" + modelX + "，也要" + modelY + "。", "SMART_FACTORY", "INDUSTRIAL_INTERNET", 300_000, 900_000);
        index.upsert(need);
        Long broadId = broad.organisation().id();
        Long narrowId = narrow.organisation().id();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<ProviderMatch> providers = signedIn.as(manager,
                    () -> matching.providersFor(need.kind(), need.sourceId(), 10));
            assertThat(providers).extracting(ProviderMatch::organisationId).doesNotHaveDuplicates()
                    .containsSubsequence(broadId, narrowId);
            ProviderMatch first = providers.getFirst();
            ProviderMatch second = providers.stream().filter(p -> p.organisationId().equals(narrowId)).findFirst()
                    .orElseThrow();
            assertThat(first.organisationId()).isEqualTo(broadId);
            assertThat(first.score()).isGreaterThan(second.score());
            assertThat(first.items()).extracting(MatchResult::sourceId)
                    .containsExactlyInAnyOrder(broadX.id(), broadY.id());
            assertThat(first.items()).extracting(MatchResult::kind).containsOnly(MatchKind.SUPPLY_ITEM);
        });
    }

    private List<Long> ranked(AccountSummary manager, MatchSource need) {
        return signedIn.as(manager, () -> matching.itemsFor(need.kind(), need.sourceId(), 20)).stream()
                .map(MatchResult::sourceId).toList();
    }

    /** A project of the provider through the project module, from the award to the expert's acceptance. */
    private void completeProject(AccountSummary manager, OrgAndUser demand, OrgAndUser provider) {
        AccountSummary expert = scene.expert();
        ProjectDetails p = signedIn.as(manager, () -> projects.createFromAward(new ProjectAward(
                OPPORTUNITY.incrementAndGet(), demand.organisation().id(), provider.organisation().id(), "堆垛机改造项目",
                new BigDecimal("500000"))));
        signedIn.as(manager, () -> projects.updateAgreement(p.id(), new AgreementForm(new BigDecimal("500000"),
                new BigDecimal("100000"), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6),
                List.of(new MilestonePlan("交付", "改造完成", LocalDate.now().plusMonths(3), new BigDecimal("100"))))));
        signedIn.as(demand.user(), () -> projects.confirm(p.id()));
        signedIn.as(provider.user(), () -> projects.confirm(p.id()));
        ProjectDetails started = signedIn.as(provider.user(), () -> projects.start(p.id()));
        Long milestone = started.milestones().getFirst().id();
        signedIn.as(provider.user(), () -> projects.submitEvidence(milestone, "全部交付", List.of()));
        signedIn.as(demand.user(), () -> projects.decideMilestone(milestone, true, "同意"));
        signedIn.as(manager, () -> projects.assignAcceptanceExpert(p.id(), expert.id()));
        signedIn.as(expert, () -> projects.expertAcceptance(p.id(), true, "验收通过"));
    }
}
