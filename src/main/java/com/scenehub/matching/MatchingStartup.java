package com.scenehub.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
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
 * match_document table when the Lucene directory was lost (e.g. ./data/index deleted) but the table was not.
 */
@Component
class MatchingStartup {

    private static final Logger log = LoggerFactory.getLogger(MatchingStartup.class);

    private final MatchDocumentRepository documents;
    private final SceneIndexing sceneIndexing;
    private final EntityManagerFactory entityManagerFactory;

    MatchingStartup(MatchDocumentRepository documents, SceneIndexing sceneIndexing,
            EntityManagerFactory entityManagerFactory) {
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
            return;
        }
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        long indexed;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(entityManager).search(MatchDocument.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        if (indexed != rows) {
            log.info("Matching index holds {} of {} documents: re-indexing", indexed, rows);
            mapping.scope(MatchDocument.class).massIndexer().startAndWait();
        }
    }
}
