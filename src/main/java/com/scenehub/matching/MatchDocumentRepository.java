package com.scenehub.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MatchDocumentRepository extends JpaRepository<MatchDocument, Long> {

    Optional<MatchDocument> findByKindAndSourceId(MatchKind kind, Long sourceId);

    List<MatchDocument> findByKindAndOwnerOrganisationId(MatchKind kind, Long ownerOrganisationId);

    long countByKind(MatchKind kind);

    /** The texts of the shown results, for their explanations (no entities: nothing to track). */
    @Query("select d.id as id, d.body as body from MatchDocument d where d.id in :ids")
    List<Body> findBodies(java.util.Collection<Long> ids);

    interface Body {
        Long getId();

        String getBody();
    }
}
