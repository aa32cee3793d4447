package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.support.SceneHubTest;
import com.scenehub.support.TestData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Create, edit, delist and delete show up in results at once, with no manual re-indexing. */
@SceneHubTest
class MatchingIndexSyncTest {

    @Autowired MatchingIndex index;
    @Autowired MatchingSearch search;

    private List<Long> publicHits(String query) {
        return search.search(query, SearchFilters.none(), Locale.SIMPLIFIED_CHINESE).stream()
                .map(r -> r.match().sourceId()).toList();
    }

    @Test
    void createEditDelistAndDeleteAreVisibleAtOnce() {
        String word = "氢能叉车" + TestData.next();
        String other = "锂电堆垛机" + TestData.next();
        Long provider = MatchingFixtures.nextId();
        MatchSource created = MatchingFixtures.item(provider, "甲", true, word + "租赁", "新型" + word + "整车租赁。",
                "SMART_LOGISTICS", "LOGISTICS", 100_000, 200_000, 8, 0);

        index.upsert(created);
        assertThat(publicHits(word)).contains(created.sourceId());

        MatchSource edited = MatchSource.supplyItem(created.sourceId(), provider, "甲", true, other + "改造",
                "旧设备" + other + "改造。", created.sceneFields(), created.industryFields(), "CORE_SOUTH",
                created.amountMin(), created.amountMax(), 8, 0, 0);
        index.upsert(edited);
        assertThat(publicHits(word)).doesNotContain(created.sourceId());
        assertThat(publicHits(other)).contains(created.sourceId());

        MatchSource delisted = MatchSource.supplyItem(created.sourceId(), provider, "甲", false, edited.title(),
                edited.text(), edited.sceneFields(), edited.industryFields(), "CORE_SOUTH", edited.amountMin(),
                edited.amountMax(), 8, 0, 0);
        index.upsert(delisted);
        assertThat(publicHits(other)).doesNotContain(created.sourceId());
        assertThat(index.contains(MatchKind.SUPPLY_ITEM, created.sourceId())).isTrue();

        index.upsert(edited);
        assertThat(publicHits(other)).contains(created.sourceId());
        index.remove(MatchKind.SUPPLY_ITEM, created.sourceId());
        assertThat(publicHits(other)).doesNotContain(created.sourceId());
        assertThat(index.contains(MatchKind.SUPPLY_ITEM, created.sourceId())).isFalse();
    }

    @Test
    void upsertingTheSameRecordTwiceKeepsOneDocument() {
        String word = "光谱分选机" + TestData.next();
        MatchSource item = MatchingFixtures.item(MatchingFixtures.nextId(), "乙", true, word, word + "用于烟叶分选。",
                null, null, null, null, 7, 0);
        index.upsert(item);
        index.upsert(item);

        assertThat(publicHits(word)).containsOnlyOnce(item.sourceId());
    }
}
