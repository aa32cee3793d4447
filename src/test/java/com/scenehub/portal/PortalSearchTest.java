package com.scenehub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.security.AccountSummary;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.support.SceneData;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.TestData;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's keyword search uses the matching analysis: segmentation and the zone's synonyms. */
@SceneHubTest
class PortalSearchTest {

    @Autowired PortalSearch search;
    @Autowired SceneData scene;

    @Test
    void aSynonymFindsAListedItemThatNeverContainsTheWord() {
        AccountSummary manager = scene.manager();
        SupplyItemSummary agv = scene.listed(scene.provider(), manager, "AGV 重载搬运平台 " + TestData.next());

        assertThat(agv.name() + agv.description()).doesNotContain("自动导引车");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(search.supplyItems("自动导引车", null, null)).extracting(SupplyItemSummary::id).contains(agv.id()));
        assertThat(search.supplyItems("automated guided vehicle", null, null)).extracting(SupplyItemSummary::id).contains(agv.id());
        assertThat(search.supplyItems("冷链温控", null, null)).extracting(SupplyItemSummary::id).doesNotContain(agv.id());
    }

    @Test
    void aSegmentedChineseQueryFindsAPublishedOpportunityThatHasNoSuchSubstring() {
        OpportunityDetails published = scene.published(scene.manager(), Duration.ofDays(30));
        String query = "产线数控改造";
        assertThat(published.title() + published.summary() + published.scope()).doesNotContain(query);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(search.opportunities(new OpportunityFilter(query, null, null, null, null, null, null)))
                        .extracting(OpportunityDetails::id).contains(published.id()));
    }
}
