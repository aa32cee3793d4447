package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.support.SceneHubTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At start the index is rebuilt from the match_document table when it does not hold every document
 * with the fields this release searches (a lost directory, or one written by an older release).
 */
@SceneHubTest
class MatchingStartupTest {

    @Autowired MatchingStartup startup;
    @Autowired MatchDocumentRepository documents;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired MatchingIndex index;

    @Test
    void aLostOrOutdatedIndexIsRebuiltFromTheTable() throws InterruptedException {
        index.upsert(MatchingFixtures.item(MatchingFixtures.nextId(), "甲", true, "冷链温湿度监测", "冷库温湿度在线监测与告警",
                null, null, 10_000, 20_000, 7, 0));
        long rows = documents.count();
        assertThat(rows).isPositive();
        assertThat(startup.indexedWithCurrentLayout()).isEqualTo(rows);

        Search.mapping(entityManagerFactory).scope(MatchDocument.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(MatchDocument.class).workspace().refresh();
        assertThat(startup.indexedWithCurrentLayout()).isZero();

        startup.buildWhenEmpty();

        assertThat(startup.indexedWithCurrentLayout()).isEqualTo(documents.count());
    }
}
