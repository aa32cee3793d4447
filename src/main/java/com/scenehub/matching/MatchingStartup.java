package com.scenehub.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: builds the index from the scene workflow once when it holds nothing, and re-indexes the
 * match_document table when the Lucene directory was lost (e.g. ./data/index deleted) but the table was
 * not, or when the index was written by an older release without the fields this one searches (the
 * {@code content_zh} field came in session 3: an upgraded installation re-indexes once by itself).
 */
@Component
class MatchingStartup {

    private static final Logger log = LoggerFactory.getLogger(MatchingStartup.class);

    private final MatchDocumentRepository documents;
    private final SceneIndexing sceneIndexing;
    private final EntityManagerFactory entityManagerFactory;

    private static final List<String> WARM_UP_QUERIES = List.of("仓库自动搬运与仓储管理系统对接",
            "产线视觉检测缺陷识别", "设备振动监测与故障预警", "warehouse monitoring and predictive maintenance");

    private final MatchingEngine engine;

    MatchingStartup(MatchDocumentRepository documents, SceneIndexing sceneIndexing,
            EntityManagerFactory entityManagerFactory, MatchingEngine engine) {
        this.engine = engine;
        this.documents = documents;
        this.sceneIndexing = sceneIndexing;
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void buildWhenEmpty() throws InterruptedException {
        long rows = documents.count();
        if (rows == 0) {
            sceneIndexing.rebuild();
            warmUp();
            return;
        }
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        long indexed = indexedWithCurrentLayout();
        if (indexed != rows) {
            log.info("Matching index holds {} of {} documents: re-indexing", indexed, rows);
            // one merged segment after a rebuild: fewer term lookups and collectors per query
            mapping.scope(MatchDocument.class).massIndexer().mergeSegmentsOnFinish(true).startAndWait();
        }
        warmUp();
    }

    /** Documents in the index that carry the searched content field (every document does once indexed). */
    long indexedWithCurrentLayout() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(MatchDocument.class)
                    .where(f -> f.exists().field(MatchingEngine.CONTENT_ZH)).fetchTotalHitCount();
        }
    }

    /** A few ranked queries at start, so the first user does not pay for class loading and JIT warm-up. */
    void warmUp() {
        long start = System.nanoTime();
        for (String text : WARM_UP_QUERIES) {
            try {
                engine.rank(MatchQuery.text(text, Set.of(MatchKind.SUPPLY_ITEM), MatchQuery.Access.publicOnly(), null),
                        10);
            } catch (RuntimeException e) {
                log.debug("Matching warm-up query failed", e);
            }
        }
        log.info("Matching warm-up: {} queries in {} ms", WARM_UP_QUERIES.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
