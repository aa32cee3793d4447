package com.scenehub.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByOpportunityId(Long opportunityId);

    List<Project> findAllByOrderByCreatedAtDesc();

    List<Project> findByDemandOrganisationIdOrProviderOrganisationIdOrderByCreatedAtDesc(Long demand, Long provider);

    List<Project> findByStatusIn(Collection<ProjectStatus> statuses);

    List<Project> findByAcceptanceExpertIdOrderByCreatedAtDesc(Long expertId);

    boolean existsByOpportunityId(Long opportunityId);
}

interface MilestoneRepository extends JpaRepository<Milestone, Long> {
}

interface MilestoneEvidenceRepository extends JpaRepository<MilestoneEvidence, Long> {

    List<MilestoneEvidence> findByMilestoneIdInOrderByUploadedAt(Collection<Long> milestoneIds);
}

interface GrantDisbursementRepository extends JpaRepository<GrantDisbursement, Long> {

    List<GrantDisbursement> findByProjectId(Long projectId);

    List<GrantDisbursement> findAllByOrderByRecordedAt();
}

interface ProjectHistoryRepository extends JpaRepository<ProjectHistory, Long> {

    List<ProjectHistory> findByProjectIdOrderByOccurredAtAscIdAsc(Long projectId);
}
