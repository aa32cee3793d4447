package com.scenehub.selection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {
    List<Proposal> findByOpportunityIdOrderBySubmittedAtAscIdAsc(Long opportunityId);
    List<Proposal> findByProviderOrganisationIdOrderByUpdatedAtDesc(Long providerOrganisationId);
    List<Proposal> findByStatusIn(Collection<ProposalStatus> statuses);
    List<Proposal> findAll();
}

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {
    List<PanelMember> findByOpportunityId(Long opportunityId);
    List<PanelMember> findByExpertUserId(Long expertUserId);
    boolean existsByOpportunityIdAndExpertUserId(Long opportunityId, Long expertUserId);
}

interface ConflictDeclarationRepository extends JpaRepository<ConflictDeclaration, Long> {
    List<ConflictDeclaration> findByOpportunityId(Long opportunityId);
    Optional<ConflictDeclaration> findByProposalIdAndExpertUserId(Long proposalId, Long expertUserId);
}

interface ProposalScoreRepository extends JpaRepository<ProposalScore, Long> {
    List<ProposalScore> findByOpportunityId(Long opportunityId);
    List<ProposalScore> findByProposalIdAndExpertUserIdOrderByCriterionIndex(Long proposalId, Long expertUserId);
    void deleteByProposalIdAndExpertUserId(Long proposalId, Long expertUserId);
}

interface DockingMeetingRepository extends JpaRepository<DockingMeeting, Long> {
    List<DockingMeeting> findByOpportunityIdOrderByHeldOnAscIdAsc(Long opportunityId);
}

interface SelectionOutcomeRepository extends JpaRepository<SelectionOutcome, Long> {
    Optional<SelectionOutcome> findByOpportunityId(Long opportunityId);
}

interface ObjectionRepository extends JpaRepository<Objection, Long> {
    List<Objection> findByOpportunityIdOrderByFiledAtAscIdAsc(Long opportunityId);
    long countByResolvedAtIsNull();
}

interface SelectionHistoryRepository extends JpaRepository<SelectionHistory, Long> {
    List<SelectionHistory> findByOpportunityIdOrderByOccurredAtAscIdAsc(Long opportunityId);
}
