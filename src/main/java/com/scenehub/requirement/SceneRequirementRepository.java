package com.scenehub.requirement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SceneRequirementRepository extends JpaRepository<SceneRequirement, Long> {

    List<SceneRequirement> findByOwnerOrganisationIdOrderByUpdatedAtDesc(Long organisationId);

    List<SceneRequirement> findByExpertUserIdAndStatusOrderByUpdatedAtDesc(Long expertUserId, RequirementStatus status);

    List<SceneRequirement> findByExpertUserIdOrderByUpdatedAtDesc(Long expertUserId);

    List<SceneRequirement> findByStatusInOrderByUpdatedAtDesc(Collection<RequirementStatus> statuses);

    List<SceneRequirement> findByStatusNotOrderByUpdatedAtDesc(RequirementStatus status);

    long countByOwnerOrganisationIdAndStatus(Long organisationId, RequirementStatus status);

    long countByExpertUserIdAndStatusAndAnalysedAtIsNull(Long expertUserId, RequirementStatus status);

    long countByStatus(RequirementStatus status);

    long countByStatusAndAnalysedAtIsNotNull(RequirementStatus status);
}
