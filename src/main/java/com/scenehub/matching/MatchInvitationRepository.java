package com.scenehub.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchInvitationRepository extends JpaRepository<MatchInvitation, Long> {

    boolean existsByContextKindAndContextIdAndProviderOrganisationId(MatchKind kind, Long contextId, Long providerId);

    List<MatchInvitation> findByContextKindAndContextId(MatchKind kind, Long contextId);
}
