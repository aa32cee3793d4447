package com.scenehub.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchDocumentRepository extends JpaRepository<MatchDocument, Long> {

    Optional<MatchDocument> findByKindAndSourceId(MatchKind kind, Long sourceId);

    List<MatchDocument> findByKindAndOwnerOrganisationId(MatchKind kind, Long ownerOrganisationId);

    long countByKind(MatchKind kind);
}
