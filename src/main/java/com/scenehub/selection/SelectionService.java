package com.scenehub.selection;

import com.scenehub.opportunity.Criterion;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.project.ProjectAward;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectService;
import com.scenehub.records.AttachmentStore;
import com.scenehub.records.AttachmentSummary;
import com.scenehub.records.StatusChange;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.selection.SelectionEvents.ObjectionFiled;
import com.scenehub.selection.SelectionEvents.PanelFormed;
import com.scenehub.selection.SelectionEvents.ProposalSubmitted;
import com.scenehub.selection.SelectionEvents.SelectionFinal;
import com.scenehub.selection.SelectionEvents.WinnerProposed;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Docking and selection (DESIGN §5.5). Proposals are sealed: a provider sees only its own; the demand
 * enterprise and managers see received proposals only after the window closes; a panel expert sees a
 * proposal only after declaring no conflict of interest for it. Deadlines come from the clock.
 */
@Service
public class SelectionService {

    static final String PROPOSAL_FILES = "PROPOSAL";
    static final BigDecimal COMMENT_THRESHOLD = new BigDecimal("0.6");

    private final ProposalRepository proposals;
    private final PanelMemberRepository panel;
    private final ConflictDeclarationRepository declarations;
    private final ProposalScoreRepository scores;
    private final DockingMeetingRepository meetings;
    private final SelectionOutcomeRepository outcomes;
    private final ObjectionRepository objections;
    private final SelectionHistoryRepository history;
    private final OpportunityService opportunities;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final ProjectService projects;
    private final AttachmentStore attachments;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int noticeWorkingDays;

    SelectionService(ProposalRepository proposals, PanelMemberRepository panel,
            ConflictDeclarationRepository declarations, ProposalScoreRepository scores,
            DockingMeetingRepository meetings, SelectionOutcomeRepository outcomes, ObjectionRepository objections,
            SelectionHistoryRepository history, OpportunityService opportunities, OrganisationService organisations,
            AccountService accounts, ProjectService projects, AttachmentStore attachments,
            AuthenticatedUser authenticatedUser, ApplicationEventPublisher events, Clock clock,
            @Value("${scenehub.selection.notice-working-days:5}") int noticeWorkingDays) {
        this.proposals = proposals;
        this.panel = panel;
        this.declarations = declarations;
        this.scores = scores;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.objections = objections;
        this.history = history;
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.accounts = accounts;
        this.projects = projects;
        this.attachments = attachments;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
        this.noticeWorkingDays = noticeWorkingDays;
    }

    // ---- proposals (the provider) -------------------------------------------------------------

    /** A verified provider starts a proposal for an opportunity that is open for applications now. */
    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public ProposalDetails createDraft(Long opportunityId, ProposalForm form) {
        return createDraft(opportunityId, form, false);
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public ProposalDetails createDraft(Long opportunityId, ProposalForm form, boolean demo) {
        CurrentUser user = authenticatedUser.require();
        organisations.requireVerified(user.organisationId());
        OpportunityDetails opportunity = opportunity(opportunityId);
        requireWindowOpen(opportunity);
        for (Long demand : opportunity.demandOrganisationIds()) {
            if (organisations.areRelated(user.organisationId(), demand)) {
                throw new BusinessRuleException("error.proposal.related-to-demand");
            }
        }
        boolean active = proposals.findByOpportunityIdOrderBySubmittedAtAscIdAsc(opportunityId).stream()
                .anyMatch(p -> p.getProviderOrganisationId().equals(user.organisationId())
                        && p.getStatus() != ProposalStatus.WITHDRAWN);
        if (active) {
            throw new BusinessRuleException("error.proposal.exists");
        }
        Proposal proposal = proposals.save(new Proposal(opportunityId, user.organisationId(), user.username(), form,
                demo, clock.instant()));
        record(opportunityId, proposal.getId(), "PROPOSAL_DRAFTED", null);
        return details(proposal, opportunity);
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public ProposalDetails updateDraft(Long proposalId, ProposalForm form) {
        Proposal proposal = own(proposalId);
        OpportunityDetails opportunity = opportunity(proposal.getOpportunityId());
        requireWindowOpen(opportunity);
        proposal.edit(form, clock.instant());
        return details(proposal, opportunity);
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public AttachmentSummary attach(Long proposalId, String fileName, byte[] content) {
        Proposal proposal = own(proposalId);
        requireWindowOpen(opportunity(proposal.getOpportunityId()));
        if (proposal.getStatus() != ProposalStatus.DRAFT) {
            throw new BusinessRuleException("error.proposal.not-draft");
        }
        return attachments.store(PROPOSAL_FILES, proposalId, fileName, content, authenticatedUser.require().username());
    }

    /** Submits before the deadline; a late submission is refused even if the page was open. */
    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public ProposalDetails submit(Long proposalId) {
        CurrentUser user = authenticatedUser.require();
        organisations.requireVerified(user.organisationId());
        Proposal proposal = own(proposalId);
        OpportunityDetails opportunity = opportunity(proposal.getOpportunityId());
        requireWindowOpen(opportunity);
        proposal.submit(clock.instant());
        record(opportunity.id(), proposal.getId(), "PROPOSAL_SUBMITTED", null);
        events.publishEvent(new ProposalSubmitted(proposal.getId(), opportunity.id(), opportunity.title(),
                proposal.getProviderOrganisationId()));
        return details(proposal, opportunity);
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public ProposalDetails withdraw(Long proposalId, String reason) {
        Proposal proposal = own(proposalId);
        OpportunityDetails opportunity = opportunity(proposal.getOpportunityId());
        if (!clock.instant().isBefore(opportunity.windowCloses())) {
            throw new BusinessRuleException("error.proposal.deadline-passed");
        }
        proposal.withdraw(reason, clock.instant());
        record(opportunity.id(), proposal.getId(), "PROPOSAL_WITHDRAWN", reason);
        return details(proposal, opportunity);
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional(readOnly = true)
    public List<ProposalDetails> myProposals() {
        CurrentUser user = authenticatedUser.require();
        return proposals.findByProviderOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).stream()
                .map(p -> details(p, opportunities.findOpportunity(p.getOpportunityId()).orElse(null))).toList();
    }

    /** One proposal, if the caller may see it (see the class comment); otherwise "not found". */
    @PermitAll
    @Transactional(readOnly = true)
    public ProposalDetails findProposal(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.not-found"));
        OpportunityDetails opportunity = opportunity(proposal.getOpportunityId());
        if (!maySee(proposal, opportunity, authenticatedUser.require())) {
            throw new NotFoundException("error.proposal.not-found");
        }
        return details(proposal, opportunity);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public byte[] proposalFile(Long proposalId, Long attachmentId) {
        findProposal(proposalId);
        return attachments.read(PROPOSAL_FILES, proposalId, attachmentId);
    }

    /** The proposal the current provider has for an opportunity, if any (not withdrawn). */
    @RolesAllowed(Roles.PROVIDER)
    @Transactional(readOnly = true)
    public Optional<ProposalDetails> myProposalFor(Long opportunityId) {
        CurrentUser user = authenticatedUser.require();
        return proposals.findByOpportunityIdOrderBySubmittedAtAscIdAsc(opportunityId).stream()
                .filter(p -> p.getProviderOrganisationId().equals(user.organisationId())
                        && p.getStatus() != ProposalStatus.WITHDRAWN)
                .findFirst().map(p -> details(p, opportunity(opportunityId)));
    }

    // ---- the selection overview --------------------------------------------------------------

    /** Opportunities in selection that the caller has a part in. */
    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<OpportunityDetails> selectionQueue() {
        CurrentUser user = authenticatedUser.require();
        Set<Long> panels = panel.findByExpertUserId(user.userId()).stream().map(PanelMember::getOpportunityId)
                .collect(Collectors.toSet());
        return opportunities.publishedOpportunities().stream()
                .filter(o -> o.status() != OpportunityStatus.WITHDRAWN)
                .filter(o -> user.hasRole(Roles.MANAGER) || isDemand(o, user)
                        || (user.hasRole(Roles.EXPERT) && panels.contains(o.id())))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public SelectionOverview overview(Long opportunityId) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        boolean staffOrDemand = user.hasRole(Roles.MANAGER) || isDemand(opportunity, user);
        boolean onPanel = panel.existsByOpportunityIdAndExpertUserId(opportunityId, user.userId());
        if (!staffOrDemand && !onPanel) {
            throw new AccessDeniedException("error.selection.not-involved");
        }
        boolean sealed = clock.instant().isBefore(opportunity.windowCloses());
        List<Proposal> all = proposals.findByOpportunityIdOrderBySubmittedAtAscIdAsc(opportunityId);
        long received = all.stream().filter(p -> p.getStatus().received()).count();
        List<ProposalDetails> visible = all.stream().filter(p -> maySee(p, opportunity, user))
                .map(p -> details(p, opportunity)).toList();
        List<PanelMember> members = panel.findByOpportunityId(opportunityId);
        SelectionOutcome outcome = outcomes.findByOpportunityId(opportunityId).orElse(null);
        String chosenName = null;
        if (outcome != null && outcome.getChosenProposalId() != null) {
            chosenName = proposals.findById(outcome.getChosenProposalId())
                    .map(p -> name(p.getProviderOrganisationId())).orElse(null);
        }
        return new SelectionOverview(opportunity, sealed, received, visible,
                members.stream().map(PanelMember::getExpertUserId).toList(),
                members.stream().map(m -> accounts.findAccount(m.getExpertUserId()).map(AccountSummary::displayName)
                        .orElse("")).toList(),
                meetings.findByOpportunityIdOrderByHeldOnAscIdAsc(opportunityId).stream().map(DockingMeeting::view)
                        .toList(),
                outcome == null ? null : outcome.getChosenProposalId(), chosenName,
                outcome == null ? null : outcome.getChosenBy(), outcome == null ? null : outcome.getNoticeStarts(),
                outcome == null ? null : outcome.getNoticeEnds(), outcome != null && outcome.getFinalAt() != null,
                outcome == null ? null : outcome.getProjectId(),
                objections.findByOpportunityIdOrderByFiledAtAscIdAsc(opportunityId).stream()
                        .map(o -> o.view(user.hasRole(Roles.MANAGER))).toList());
    }

    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public List<StatusChange> history(Long opportunityId) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        if (!user.hasRole(Roles.MANAGER) && !isDemand(opportunity, user)) {
            throw new AccessDeniedException("error.selection.not-involved");
        }
        return history.findByOpportunityIdOrderByOccurredAtAscIdAsc(opportunityId).stream()
                .map(SelectionHistory::change).toList();
    }

    /** OPEN → EVALUATING once the window has closed (a manager). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails startEvaluation(Long opportunityId) {
        OpportunityDetails d = opportunities.startEvaluation(opportunityId);
        record(opportunityId, null, "EVALUATION_STARTED", null);
        return d;
    }

    // ---- direct docking ----------------------------------------------------------------------

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public ProposalDetails shortlist(Long proposalId) {
        Proposal proposal = proposalForDemand(proposalId);
        proposal.shortlist(clock.instant());
        record(proposal.getOpportunityId(), proposalId, "SHORTLISTED", name(proposal.getProviderOrganisationId()));
        return details(proposal, opportunity(proposal.getOpportunityId()));
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public ProposalDetails decline(Long proposalId) {
        Proposal proposal = proposalForDemand(proposalId);
        proposal.notSelected(clock.instant());
        record(proposal.getOpportunityId(), proposalId, "NOT_SELECTED", name(proposal.getProviderOrganisationId()));
        return details(proposal, opportunity(proposal.getOpportunityId()));
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.MANAGER})
    @Transactional
    public DockingMeetingView recordMeeting(Long opportunityId, LocalDate heldOn, String participants, String minutes) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        if (!user.hasRole(Roles.MANAGER) && !isDemand(opportunity, user)) {
            throw new AccessDeniedException("error.selection.not-involved");
        }
        requireMode(opportunity, SelectionMode.DIRECT_DOCKING);
        requireStatus(opportunity, OpportunityStatus.EVALUATING);
        if (heldOn == null || participants == null || participants.isBlank() || minutes == null || minutes.isBlank()) {
            throw new BusinessRuleException("error.meeting.incomplete");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("error.meeting.future");
        }
        if (participants.length() > 1000 || minutes.length() > 4000) {
            throw new BusinessRuleException("error.too-long");
        }
        DockingMeeting meeting = meetings.save(new DockingMeeting(opportunityId, heldOn, participants.trim(),
                minutes.trim(), user.username(), clock.instant()));
        record(opportunityId, null, "MEETING", heldOn.toString());
        return meeting.view();
    }

    /** The demand enterprise chooses one shortlisted proposal; a manager then confirms. */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public SelectionOverview choose(Long proposalId) {
        Proposal proposal = proposalForDemand(proposalId);
        if (proposal.getStatus() != ProposalStatus.SHORTLISTED) {
            throw new BusinessRuleException("error.proposal.not-shortlisted");
        }
        SelectionOutcome outcome = outcome(proposal.getOpportunityId());
        if (outcome.getFinalAt() != null) {
            throw new BusinessRuleException("error.selection.final");
        }
        outcome.choose(proposalId, authenticatedUser.require().username(), clock.instant());
        record(proposal.getOpportunityId(), proposalId, "CHOSEN", name(proposal.getProviderOrganisationId()));
        return overview(proposal.getOpportunityId());
    }

    /** A manager confirms the demand enterprise's choice: the award is final and the project created. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SelectionOverview confirmChoice(Long opportunityId) {
        OpportunityDetails opportunity = opportunity(opportunityId);
        requireMode(opportunity, SelectionMode.DIRECT_DOCKING);
        requireStatus(opportunity, OpportunityStatus.EVALUATING);
        SelectionOutcome outcome = outcome(opportunityId);
        if (outcome.getChosenProposalId() == null) {
            throw new BusinessRuleException("error.selection.nothing-chosen");
        }
        Proposal winner = proposals.findById(outcome.getChosenProposalId()).orElseThrow();
        Long demand = demandOfChooser(opportunity, outcome.getChosenBy());
        award(opportunity, outcome, winner, demand);
        return overview(opportunityId);
    }

    // ---- open competition --------------------------------------------------------------------

    /** After the window a manager forms (or adds to) the expert panel. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SelectionOverview formPanel(Long opportunityId, Collection<Long> expertUserIds) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        requireMode(opportunity, SelectionMode.OPEN_COMPETITION);
        if (clock.instant().isBefore(opportunity.windowCloses())) {
            throw new BusinessRuleException("error.panel.window-open");
        }
        if (opportunity.status() == OpportunityStatus.OPEN) {
            opportunity = opportunities.startEvaluation(opportunityId);
            record(opportunityId, null, "EVALUATION_STARTED", null);
        }
        requireStatus(opportunity, OpportunityStatus.EVALUATING);
        if (outcome(opportunityId).getChosenProposalId() != null) {
            throw new BusinessRuleException("error.selection.winner-proposed");
        }
        if (expertUserIds == null || expertUserIds.isEmpty()) {
            throw new BusinessRuleException("error.panel.empty");
        }
        List<Long> added = new ArrayList<>();
        for (Long expertId : new LinkedHashSet<>(expertUserIds)) {
            AccountSummary expert = accounts.findAccount(expertId).filter(a -> a.roles().contains(Roles.EXPERT))
                    .orElseThrow(() -> new BusinessRuleException("error.panel.not-an-expert"));
            for (Long demand : opportunity.demandOrganisationIds()) {
                if (expert.organisationId() != null && organisations.areRelated(expert.organisationId(), demand)) {
                    throw new BusinessRuleException("error.panel.expert-related-to-demand", expert.displayName());
                }
            }
            if (!panel.existsByOpportunityIdAndExpertUserId(opportunityId, expertId)) {
                panel.save(new PanelMember(opportunityId, expertId, expert.organisationId(), user.username(),
                        clock.instant()));
                added.add(expertId);
                record(opportunityId, null, "PANEL_MEMBER", expert.displayName());
            }
        }
        if (!added.isEmpty()) {
            events.publishEvent(new PanelFormed(opportunityId, opportunity.title(), added));
        }
        return overview(opportunityId);
    }

    /** The expert's proposals on a panel, with the declaration each still needs. */
    @RolesAllowed(Roles.EXPERT)
    @Transactional(readOnly = true)
    public List<PanelAssignment> myAssignments(Long opportunityId) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        requirePanelMember(opportunityId, user);
        List<PanelAssignment> result = new ArrayList<>();
        for (Proposal p : receivedProposals(opportunityId)) {
            PanelAssignment.Declaration declaration = declaration(p.getId(), user.userId());
            boolean clear = declaration == PanelAssignment.Declaration.NO_CONFLICT;
            List<ProposalScore> mine = clear
                    ? scores.findByProposalIdAndExpertUserIdOrderByCriterionIndex(p.getId(), user.userId())
                    : List.of();
            result.add(new PanelAssignment(p.getId(), name(p.getProviderOrganisationId()), declaration,
                    clear ? details(p, opportunity) : null, mine.stream().map(ProposalScore::getPoints).toList(),
                    mine.stream().map(ProposalScore::getComment).toList()));
        }
        return result;
    }

    /**
     * The expert declares, per proposal, whether there is a conflict of interest. A relation between
     * the expert's organisation and the provider is detected and recorded as a conflict whatever is
     * declared. A conflict removes the expert from that proposal. A declaration is final.
     */
    @RolesAllowed(Roles.EXPERT)
    @Transactional
    public PanelAssignment.Declaration declare(Long proposalId, boolean conflict, String note) {
        CurrentUser user = authenticatedUser.require();
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.not-found"));
        requirePanelMember(proposal.getOpportunityId(), user);
        if (!proposal.getStatus().received()) {
            throw new NotFoundException("error.proposal.not-found");
        }
        if (declarations.findByProposalIdAndExpertUserId(proposalId, user.userId()).isPresent()) {
            throw new BusinessRuleException("error.panel.already-declared");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new BusinessRuleException("error.panel.conflict-note-required");
        }
        boolean detected = related(user.userId(), proposal.getProviderOrganisationId());
        declarations.save(new ConflictDeclaration(proposal.getOpportunityId(), proposalId, user.userId(),
                conflict || detected, detected && !conflict, note == null || note.isBlank() ? null : note.trim(),
                clock.instant()));
        record(proposal.getOpportunityId(), proposalId,
                detected && !conflict ? "CONFLICT_DETECTED" : conflict ? "CONFLICT_DECLARED" : "NO_CONFLICT",
                user.displayName());
        return declaration(proposalId, user.userId());
    }

    /** The expert scores every criterion of one proposal (points 0 to the criterion's weight). */
    @RolesAllowed(Roles.EXPERT)
    @Transactional
    public void score(Long proposalId, List<CriterionScore> points) {
        CurrentUser user = authenticatedUser.require();
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.not-found"));
        requirePanelMember(proposal.getOpportunityId(), user);
        OpportunityDetails opportunity = opportunity(proposal.getOpportunityId());
        requireStatus(opportunity, OpportunityStatus.EVALUATING);
        if (outcome(opportunity.id()).getChosenProposalId() != null) {
            throw new BusinessRuleException("error.selection.winner-proposed");
        }
        PanelAssignment.Declaration declaration = declaration(proposalId, user.userId());
        if (declaration == PanelAssignment.Declaration.NONE) {
            throw new BusinessRuleException("error.panel.declare-first");
        }
        if (declaration != PanelAssignment.Declaration.NO_CONFLICT || related(user.userId(),
                proposal.getProviderOrganisationId())) {
            throw new BusinessRuleException("error.panel.conflicted");
        }
        List<Criterion> criteria = opportunity.criteria();
        Map<Integer, CriterionScore> byIndex = new HashMap<>();
        for (CriterionScore s : points == null ? List.<CriterionScore>of() : points) {
            byIndex.put(s.criterionIndex(), s);
        }
        if (byIndex.size() != criteria.size() || !byIndex.keySet().equals(
                java.util.stream.IntStream.range(0, criteria.size()).boxed().collect(Collectors.toSet()))) {
            throw new BusinessRuleException("error.score.all-criteria");
        }
        List<ProposalScore> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            CriterionScore s = byIndex.get(i);
            if (s.points() == null || s.points().signum() < 0 || s.points().compareTo(BigDecimal.valueOf(c.weight())) > 0) {
                throw new BusinessRuleException("error.score.range", c.name(), c.weight());
            }
            boolean low = s.points().compareTo(BigDecimal.valueOf(c.weight()).multiply(COMMENT_THRESHOLD)) < 0;
            if (low && (s.comment() == null || s.comment().isBlank())) {
                throw new BusinessRuleException("error.score.comment-required", c.name());
            }
            if (s.comment() != null && s.comment().length() > 1000) {
                throw new BusinessRuleException("error.too-long");
            }
            rows.add(new ProposalScore(opportunity.id(), proposalId, user.userId(), i, c.name(), c.weight(),
                    s.points().setScale(2, RoundingMode.HALF_UP),
                    s.comment() == null || s.comment().isBlank() ? null : s.comment().trim(), clock.instant()));
        }
        scores.deleteByProposalIdAndExpertUserId(proposalId, user.userId());
        scores.flush();
        scores.saveAll(rows);
        record(opportunity.id(), proposalId, "SCORED", user.displayName());
    }

    /** The weighted ranking (managers; the demand enterprise once a winner is proposed). */
    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public List<RankedProposal> ranking(Long opportunityId) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        if (!user.hasRole(Roles.MANAGER)) {
            if (!isDemand(opportunity, user) || outcome(opportunityId).getChosenProposalId() == null) {
                throw new AccessDeniedException("error.selection.not-involved");
            }
        }
        return computeRanking(opportunity);
    }

    List<RankedProposal> computeRanking(OpportunityDetails opportunity) {
        List<PanelMember> members = panel.findByOpportunityId(opportunity.id());
        Map<Long, Map<Long, Boolean>> conflicts = new HashMap<>();
        declarations.findByOpportunityId(opportunity.id()).forEach(d -> conflicts
                .computeIfAbsent(d.getProposalId(), k -> new HashMap<>()).put(d.getExpertUserId(), d.isConflict()));
        Map<Long, Map<Long, List<ProposalScore>>> byProposal = scores.findByOpportunityId(opportunity.id()).stream()
                .collect(Collectors.groupingBy(ProposalScore::getProposalId,
                        Collectors.groupingBy(ProposalScore::getExpertUserId)));
        int n = opportunity.criteria().size();
        List<RankedProposal> lines = new ArrayList<>();
        for (Proposal p : receivedProposals(opportunity.id())) {
            int eligible = 0;
            int excluded = 0;
            List<BigDecimal> totals = new ArrayList<>();
            BigDecimal[] sums = new BigDecimal[n];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            for (PanelMember m : members) {
                boolean conflict = Boolean.TRUE.equals(conflicts.getOrDefault(p.getId(), Map.of())
                        .get(m.getExpertUserId())) || related(m.getExpertUserId(), p.getProviderOrganisationId());
                if (conflict) {
                    excluded++;
                    continue;
                }
                eligible++;
                List<ProposalScore> given = byProposal.getOrDefault(p.getId(), Map.of())
                        .getOrDefault(m.getExpertUserId(), List.of());
                if (given.size() == n) {
                    BigDecimal total = BigDecimal.ZERO;
                    for (ProposalScore s : given) {
                        total = total.add(s.getPoints());
                        sums[s.getCriterionIndex()] = sums[s.getCriterionIndex()].add(s.getPoints());
                    }
                    totals.add(total);
                }
            }
            int scorers = totals.size();
            BigDecimal score = scorers == 0 ? null : totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scorers), 2, RoundingMode.HALF_UP);
            List<BigDecimal> means = new ArrayList<>();
            for (BigDecimal sum : sums) {
                means.add(scorers == 0 ? null : sum.divide(BigDecimal.valueOf(scorers), 2, RoundingMode.HALF_UP));
            }
            lines.add(new RankedProposal(0, p.getId(), p.getProviderOrganisationId(),
                    name(p.getProviderOrganisationId()), p.getPrice(), score, means, scorers, eligible, excluded,
                    p.getStatus()));
        }
        lines.sort(Comparator.comparing(RankedProposal::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RankedProposal::price, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RankedProposal::proposalId));
        List<RankedProposal> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RankedProposal l = lines.get(i);
            ranked.add(new RankedProposal(i + 1, l.proposalId(), l.providerOrganisationId(), l.providerName(),
                    l.price(), l.score(), l.criterionMeans(), l.scorers(), l.eligibleExperts(), l.excludedExperts(),
                    l.status()));
        }
        return ranked;
    }

    /**
     * The manager confirms the top-ranked proposal once every eligible expert has scored every
     * proposal; the public notice period (公示) starts and lasts the configured working days.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SelectionOverview confirmWinner(Long opportunityId, Long proposalId) {
        OpportunityDetails opportunity = opportunity(opportunityId);
        requireMode(opportunity, SelectionMode.OPEN_COMPETITION);
        requireStatus(opportunity, OpportunityStatus.EVALUATING);
        SelectionOutcome outcome = outcome(opportunityId);
        if (outcome.getChosenProposalId() != null) {
            throw new BusinessRuleException("error.selection.winner-proposed");
        }
        List<RankedProposal> ranking = computeRanking(opportunity);
        if (ranking.isEmpty()) {
            throw new BusinessRuleException("error.selection.no-proposals");
        }
        if (panel.findByOpportunityId(opportunityId).isEmpty()
                || ranking.stream().anyMatch(r -> !r.complete())) {
            throw new BusinessRuleException("error.selection.scoring-incomplete");
        }
        RankedProposal top = ranking.get(0);
        RankedProposal chosen = ranking.stream().filter(r -> r.proposalId().equals(proposalId)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.proposal.not-found"));
        if (chosen.score().compareTo(top.score()) != 0) {
            throw new BusinessRuleException("error.selection.not-top-ranked");
        }
        Instant now = clock.instant();
        for (Proposal p : receivedProposals(opportunityId)) {
            if (p.getId().equals(proposalId)) {
                if (p.getStatus() != ProposalStatus.SHORTLISTED) {
                    p.shortlist(now);
                }
            } else {
                p.notSelected(now);
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate ends = addWorkingDays(today, noticeWorkingDays);
        outcome.choose(proposalId, authenticatedUser.require().username(), now);
        outcome.startNotice(today, ends);
        opportunities.startNotice(opportunityId);
        record(opportunityId, proposalId, "WINNER_PROPOSED", chosen.providerName() + " " + chosen.score());
        events.publishEvent(new WinnerProposed(opportunityId, opportunity.title(), chosen.providerName(), ends,
                receivedProposals(opportunityId).stream().map(Proposal::getProviderOrganisationId).toList()));
        return overview(opportunityId);
    }

    /** The last day of a notice period of {@code days} working days starting after {@code from}. */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** What the public notice (公示) shows for an opportunity in NOTICE or awarded by competition. */
    @Transactional(readOnly = true)
    public Optional<PublicNotice> publicNotice(Long opportunityId) {
        OpportunityDetails opportunity = opportunities.findOpportunity(opportunityId).orElse(null);
        if (opportunity == null || !opportunity.status().published()) {
            return Optional.empty();
        }
        return outcomes.findByOpportunityId(opportunityId).filter(o -> o.getNoticeEnds() != null).map(o -> {
            Proposal winner = proposals.findById(o.getChosenProposalId()).orElseThrow();
            List<ObjectionView> list = objections.findByOpportunityIdOrderByFiledAtAscIdAsc(opportunityId).stream()
                    .map(x -> x.view(false)).toList();
            LocalDate today = LocalDate.now(clock);
            return new PublicNotice(opportunityId, opportunity.title(), name(winner.getProviderOrganisationId()),
                    winner.getPrice(), o.getNoticeStarts(), o.getNoticeEnds(),
                    opportunity.status() == OpportunityStatus.NOTICE && !today.isAfter(o.getNoticeEnds()),
                    o.getFinalAt() != null, list);
        });
    }

    /** Opportunities now in their public notice period. Public. */
    @Transactional(readOnly = true)
    public List<PublicNotice> currentNotices() {
        return opportunities.publishedOpportunities().stream().filter(o -> o.status() == OpportunityStatus.NOTICE)
                .map(o -> publicNotice(o.id())).flatMap(Optional::stream).toList();
    }

    /** Any registered user may object during the notice period. */
    @PermitAll
    @Transactional
    public ObjectionView object(Long opportunityId, String text) {
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails opportunity = opportunity(opportunityId);
        SelectionOutcome outcome = outcomes.findByOpportunityId(opportunityId).orElse(null);
        if (opportunity.status() != OpportunityStatus.NOTICE || outcome == null || outcome.getNoticeEnds() == null
                || LocalDate.now(clock).isAfter(outcome.getNoticeEnds())) {
            throw new BusinessRuleException("error.notice.closed");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("error.objection.text-required");
        }
        if (text.length() > 2000) {
            throw new BusinessRuleException("error.too-long");
        }
        Objection objection = objections.save(new Objection(opportunityId, user.userId(), user.displayName(),
                text.trim(), clock.instant()));
        record(opportunityId, null, "OBJECTION", null);
        events.publishEvent(new ObjectionFiled(opportunityId, opportunity.title()));
        return objection.view(true);
    }

    /** The manager resolves an objection on record (upheld or dismissed, with the reasoning). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ObjectionView resolveObjection(Long objectionId, boolean upheld, String resolution) {
        Objection objection = objections.findById(objectionId)
                .orElseThrow(() -> new NotFoundException("error.objection.not-found"));
        objection.resolve(upheld, resolution, authenticatedUser.require().username(), clock.instant());
        record(objection.getOpportunityId(), null, upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", resolution);
        return objection.view(true);
    }

    /** After the notice period, with every objection resolved and none upheld, the award is final. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SelectionOverview finalise(Long opportunityId) {
        OpportunityDetails opportunity = opportunity(opportunityId);
        requireMode(opportunity, SelectionMode.OPEN_COMPETITION);
        requireStatus(opportunity, OpportunityStatus.NOTICE);
        SelectionOutcome outcome = outcome(opportunityId);
        if (!LocalDate.now(clock).isAfter(outcome.getNoticeEnds())) {
            throw new BusinessRuleException("error.notice.still-running", outcome.getNoticeEnds().toString());
        }
        List<Objection> all = objections.findByOpportunityIdOrderByFiledAtAscIdAsc(opportunityId);
        if (all.stream().anyMatch(o -> !o.isResolved())) {
            throw new BusinessRuleException("error.notice.objections-open");
        }
        if (all.stream().anyMatch(Objection::isUpheld)) {
            throw new BusinessRuleException("error.notice.objection-upheld");
        }
        Proposal winner = proposals.findById(outcome.getChosenProposalId()).orElseThrow();
        Long demand = new TreeSet<>(opportunity.demandOrganisationIds()).first();
        award(opportunity, outcome, winner, demand);
        return overview(opportunityId);
    }

    /** No result (EVALUATING or NOTICE → FAILED), with a reason. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails noResult(Long opportunityId, String reason) {
        OpportunityDetails d = opportunities.fail(opportunityId, reason);
        receivedProposals(opportunityId).forEach(p -> p.notSelected(clock.instant()));
        record(opportunityId, null, "NO_RESULT", reason);
        return d;
    }

    /** Cancellation (OPEN, EVALUATING or NOTICE → CANCELLED), with a reason. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails cancel(Long opportunityId, String reason) {
        OpportunityDetails d = opportunities.cancel(opportunityId, reason);
        receivedProposals(opportunityId).forEach(p -> p.notSelected(clock.instant()));
        record(opportunityId, null, "CANCELLED", reason);
        return d;
    }

    /** Accounts that may sit on a panel. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<AccountSummary> experts() {
        return accounts.accountsWithRole(Roles.EXPERT);
    }

    // ---- statistics --------------------------------------------------------------------------

    /**
     * Number of received proposals per opportunity, counted only for opportunities whose window has
     * closed (a count during the window would tell providers about their competition). Public.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> receivedCountsAfterClose() {
        Instant now = clock.instant();
        Set<Long> closed = opportunities.publishedOpportunities().stream()
                .filter(o -> !now.isBefore(o.windowCloses())).map(OpportunityDetails::id).collect(Collectors.toSet());
        return proposals.findAll().stream().filter(p -> p.getStatus().received() && closed.contains(p.getOpportunityId()))
                .collect(Collectors.groupingBy(Proposal::getOpportunityId, Collectors.counting()));
    }

    /** Work counts for the home page. */
    @Transactional(readOnly = true)
    public SelectionWork work(CurrentUser user) {
        long drafts = 0;
        long toDeclareOrScore = 0;
        long managerActions = 0;
        long demandActions = 0;
        if (user.hasRole(Roles.PROVIDER) && user.organisationId() != null) {
            drafts = proposals.findByProviderOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).stream()
                    .filter(p -> p.getStatus() == ProposalStatus.DRAFT).count();
        }
        if (user.hasRole(Roles.EXPERT)) {
            for (PanelMember m : panel.findByExpertUserId(user.userId())) {
                OpportunityDetails o = opportunities.findOpportunity(m.getOpportunityId()).orElse(null);
                if (o == null || o.status() != OpportunityStatus.EVALUATING) {
                    continue;
                }
                for (Proposal p : receivedProposals(o.id())) {
                    PanelAssignment.Declaration d = declaration(p.getId(), user.userId());
                    if (d == PanelAssignment.Declaration.NONE || (d == PanelAssignment.Declaration.NO_CONFLICT
                            && scores.findByProposalIdAndExpertUserIdOrderByCriterionIndex(p.getId(), user.userId())
                                    .isEmpty())) {
                        toDeclareOrScore++;
                    }
                }
            }
        }
        if (user.hasRole(Roles.MANAGER) || user.hasRole(Roles.ENTERPRISE)) {
            Instant now = clock.instant();
            for (OpportunityDetails o : opportunities.publishedOpportunities()) {
                if (user.hasRole(Roles.MANAGER)) {
                    boolean closedOpen = o.status() == OpportunityStatus.OPEN && !now.isBefore(o.windowCloses());
                    if (closedOpen || o.status() == OpportunityStatus.EVALUATING || o.status() == OpportunityStatus.NOTICE) {
                        managerActions++;
                    }
                }
                if (isDemand(o, user) && o.status() == OpportunityStatus.EVALUATING
                        && o.selectionMode() == SelectionMode.DIRECT_DOCKING) {
                    demandActions++;
                }
            }
        }
        return new SelectionWork(drafts, toDeclareOrScore, managerActions, demandActions,
                user.hasRole(Roles.MANAGER) ? objections.countByResolvedAtIsNull() : 0);
    }

    public record SelectionWork(long providerDrafts, long expertTasks, long managerOpportunities,
            long demandDockings, long openObjections) {
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void award(OpportunityDetails opportunity, SelectionOutcome outcome, Proposal winner, Long demand) {
        Instant now = clock.instant();
        if (winner.getStatus() != ProposalStatus.SHORTLISTED) {
            winner.shortlist(now);
        }
        winner.win(now);
        for (Proposal p : receivedProposals(opportunity.id())) {
            if (!p.getId().equals(winner.getId())) {
                p.notSelected(now);
            }
        }
        opportunities.award(opportunity.id(), winner.getProviderOrganisationId());
        ProjectDetails project = projects.createFromAward(new ProjectAward(opportunity.id(), demand,
                winner.getProviderOrganisationId(), opportunity.title(), winner.getPrice()), winner.isDemo());
        outcome.finalise(authenticatedUser.require().username(), now, project.id());
        record(opportunity.id(), winner.getId(), "AWARDED", name(winner.getProviderOrganisationId()));
        events.publishEvent(new SelectionFinal(opportunity.id(), opportunity.title(), winner.getProviderOrganisationId(),
                receivedProposals(opportunity.id()).stream().map(Proposal::getProviderOrganisationId)
                        .filter(id -> !id.equals(winner.getProviderOrganisationId())).toList(), project.id()));
    }

    private Long demandOfChooser(OpportunityDetails opportunity, String chooser) {
        Long org = accounts.findByUsername(chooser).map(AccountSummary::organisationId).orElse(null);
        if (org != null && opportunity.demandOrganisationIds().contains(org)) {
            return org;
        }
        return new TreeSet<>(opportunity.demandOrganisationIds()).first();
    }

    private Proposal proposalForDemand(Long proposalId) {
        CurrentUser user = authenticatedUser.require();
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.not-found"));
        OpportunityDetails opportunity = opportunity(proposal.getOpportunityId());
        if (!isDemand(opportunity, user) || !proposal.getStatus().received()) {
            throw new NotFoundException("error.proposal.not-found");
        }
        requireMode(opportunity, SelectionMode.DIRECT_DOCKING);
        requireStatus(opportunity, OpportunityStatus.EVALUATING);
        if (outcome(opportunity.id()).getFinalAt() != null) {
            throw new BusinessRuleException("error.selection.final");
        }
        return proposal;
    }

    private boolean maySee(Proposal p, OpportunityDetails opportunity, CurrentUser user) {
        if (user.hasRole(Roles.PROVIDER) && p.getProviderOrganisationId().equals(user.organisationId())) {
            return true;
        }
        if (!p.getStatus().received() || clock.instant().isBefore(opportunity.windowCloses())) {
            return false;
        }
        if (user.hasRole(Roles.MANAGER) || isDemand(opportunity, user)) {
            return true;
        }
        return user.hasRole(Roles.EXPERT) && panel.existsByOpportunityIdAndExpertUserId(opportunity.id(), user.userId())
                && declaration(p.getId(), user.userId()) == PanelAssignment.Declaration.NO_CONFLICT
                && !related(user.userId(), p.getProviderOrganisationId());
    }

    private PanelAssignment.Declaration declaration(Long proposalId, Long expertId) {
        return declarations.findByProposalIdAndExpertUserId(proposalId, expertId)
                .map(d -> d.isDetected() ? PanelAssignment.Declaration.CONFLICT_DETECTED
                        : d.isConflict() ? PanelAssignment.Declaration.CONFLICT_DECLARED
                                : PanelAssignment.Declaration.NO_CONFLICT)
                .orElse(PanelAssignment.Declaration.NONE);
    }

    private boolean related(Long expertUserId, Long providerOrganisationId) {
        Long org = accounts.findAccount(expertUserId).map(AccountSummary::organisationId).orElse(null);
        return org != null && organisations.areRelated(org, providerOrganisationId);
    }

    private void requirePanelMember(Long opportunityId, CurrentUser user) {
        if (!panel.existsByOpportunityIdAndExpertUserId(opportunityId, user.userId())) {
            throw new AccessDeniedException("error.panel.not-member");
        }
    }

    private List<Proposal> receivedProposals(Long opportunityId) {
        return proposals.findByOpportunityIdOrderBySubmittedAtAscIdAsc(opportunityId).stream()
                .filter(p -> p.getStatus().received()).toList();
    }

    private static boolean isDemand(OpportunityDetails o, CurrentUser user) {
        return user.hasRole(Roles.ENTERPRISE) && user.organisationId() != null
                && o.demandOrganisationIds().contains(user.organisationId());
    }

    private void requireWindowOpen(OpportunityDetails opportunity) {
        Instant now = clock.instant();
        if (opportunity.status() != OpportunityStatus.OPEN || !now.isBefore(opportunity.windowCloses())) {
            throw new BusinessRuleException("error.proposal.deadline-passed");
        }
        if (now.isBefore(opportunity.windowOpens())) {
            throw new BusinessRuleException("error.proposal.window-not-open");
        }
    }

    private static void requireMode(OpportunityDetails o, SelectionMode mode) {
        if (o.selectionMode() != mode) {
            throw new BusinessRuleException("error.selection.wrong-mode");
        }
    }

    private static void requireStatus(OpportunityDetails o, OpportunityStatus status) {
        if (o.status() != status) {
            throw new BusinessRuleException("error.selection.wrong-status", o.status().name());
        }
    }

    private SelectionOutcome outcome(Long opportunityId) {
        return outcomes.findByOpportunityId(opportunityId)
                .orElseGet(() -> outcomes.save(new SelectionOutcome(opportunityId)));
    }

    private Proposal own(Long proposalId) {
        CurrentUser user = authenticatedUser.require();
        return proposals.findById(proposalId)
                .filter(p -> p.getProviderOrganisationId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException("error.proposal.not-found"));
    }

    private OpportunityDetails opportunity(Long id) {
        return opportunities.findOpportunity(id).filter(o -> o.status().published())
                .orElseThrow(() -> new NotFoundException("error.opportunity.not-found"));
    }

    private ProposalDetails details(Proposal p, OpportunityDetails opportunity) {
        return new ProposalDetails(p.getId(), p.getOpportunityId(), opportunity == null ? "" : opportunity.title(),
                p.getProviderOrganisationId(), name(p.getProviderOrganisationId()), p.getApproach(), p.getPrice(),
                p.getSchedule(), p.getTeam(), p.getStatus(), p.getSubmittedAt(), p.getWithdrawnAt(),
                p.getWithdrawReason(), p.getId() == null ? List.of() : attachments.list(PROPOSAL_FILES, p.getId()),
                p.getCreatedAt(), p.getUpdatedAt());
    }

    private String name(Long organisationId) {
        return organisations.findSummary(organisationId).map(OrganisationSummary::name).orElse("");
    }

    private void record(Long opportunityId, Long proposalId, String action, String note) {
        String actor = authenticatedUser.get().map(CurrentUser::username).orElse("system");
        history.save(new SelectionHistory(opportunityId, proposalId, clock.instant(), actor, action,
                note == null || note.isBlank() ? null : note.trim()));
    }
}
