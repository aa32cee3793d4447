package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.security.AccountSummary;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scene workflow's events keep the matching index in step, through the real services. */
@SceneHubTest
class SceneIndexingTest {

    @Autowired SceneData scene;
    @Autowired SupplyService supply;
    @Autowired MatchingSearch search;
    @Autowired MatchingService matching;
    @Autowired MatchingIndex index;
    @Autowired SignedIn signedIn;

    private List<Long> publicHits(String query, MatchKind kind) {
        return search.search(query, SearchFilters.of(kind), Locale.SIMPLIFIED_CHINESE, 50).stream()
                .map(r -> r.match().sourceId()).toList();
    }

    @Test
    void aListedItemIsFoundAndADelistedOneIsNot() {
        String name = "机床振动监测" + TestData.next();
        OrgAndUser provider = scene.provider();
        AccountSummary manager = scene.manager();
        SupplyItemSummary item = scene.listed(provider, manager, name);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publicHits(name, MatchKind.SUPPLY_ITEM)).contains(item.id()));

        signedIn.run(manager, () -> supply.delist(item.id(), "产品停产"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publicHits(name, MatchKind.SUPPLY_ITEM)).doesNotContain(item.id()));
        assertThat(index.contains(MatchKind.SUPPLY_ITEM, item.id())).isTrue();
    }

    @Test
    void aPublishedOpportunityIsRankedAgainstListedItems() {
        AccountSummary manager = scene.manager();
        SupplyItemSummary item = scene.listed(scene.provider(), manager, "数控机床预测性维护" + TestData.next());
        OpportunityDetails opportunity = scene.published(manager, Duration.ofDays(30));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(index.contains(MatchKind.OPPORTUNITY, opportunity.id())).isTrue();
            assertThat(index.contains(MatchKind.SUPPLY_ITEM, item.id())).isTrue();
        });
        List<MatchResult> ranked = signedIn.as(manager,
                () -> matching.itemsFor(MatchKind.OPPORTUNITY, opportunity.id(), 50));
        // many tests list items with this same text; any of these equally relevant items must rank
        MatchResult found = ranked.stream().filter(r -> r.sourceId().equals(item.id())
                || r.title().startsWith("数控机床预测性维护")).findFirst().orElseThrow();
        assertThat(found.reasons()).extracting(Reason::key).contains("matching.reason.scene-field");
        assertThat(found.ownerName()).isNotBlank();
    }
}
