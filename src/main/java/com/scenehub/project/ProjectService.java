package com.scenehub.project;

import com.scenehub.records.FileRules;
import com.scenehub.records.FileVault;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.project.ProjectEvents.MilestoneDecided;
import com.scenehub.project.ProjectEvents.MilestoneOverdue;
import com.scenehub.project.ProjectEvents.MilestoneSubmitted;
import com.scenehub.project.ProjectEvents.ProjectCompleted;
import com.scenehub.project.ProjectEvents.ProjectCreated;
import com.scenehub.project.ProjectEvents.ProjectSigned;
import com.scenehub.project.ProjectEvents.ProjectTerminated;
import com.scenehub.security.AccountService;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scene projects from award to completion (DESIGN §5.6-5.7). Managers see every project; the demand
 * enterprise and the provider see their own; an expert sees the projects whose final acceptance they
 * join. Everyone (no login) sees the public progress.
 */
@Service
public class ProjectService {

    /** Milestone evidence's folder in the file vault. */
    static final String EVIDENCE_FOLDER = "projects";

    private final ProjectRepository projects;
    private final MilestoneRepository milestones;
    private final MilestoneEvidenceRepository evidence;
    private final GrantDisbursementRepository disbursements;
    private final ProjectHistoryRepository history;
    private final FileVault files;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(ProjectRepository projects, MilestoneRepository milestones, MilestoneEvidenceRepository evidence,
            GrantDisbursementRepository disbursements, ProjectHistoryRepository history, FileVault files,
            OrganisationService organisations, AccountService accounts, AuthenticatedUser authenticatedUser,
            ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.evidence = evidence;
        this.disbursements = disbursements;
        this.history = history;
        this.files = files;
        this.organisations = organisations;
        this.accounts = accounts;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- signing ----------------------------------------------------------------------------

    /** An award creates a project in DRAFT (one project per opportunity). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProjectDetails createFromAward(ProjectAward award) {
        return createFromAward(award, false);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProjectDetails createFromAward(ProjectAward award, boolean demo) {
        if (award.opportunityId() != null && projects.existsByOpportunityId(award.opportunityId())) {
            throw new BusinessRuleException("error.project.exists");
        }
        Project project = projects.save(new Project(award, demo, clock.instant()));
        record(project, "CREATED", null, ProjectStatus.DRAFT, null);
        events.publishEvent(new ProjectCreated(project.getId(), project.getOpportunityId(), project.getTitle(),
                project.getDemandOrganisationId(), project.getProviderOrganisationId()));
        return details(project);
    }

    /** The manager or the demand enterprise sets the agreement while the project is a draft. */
    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE})
    @Transactional
    public ProjectDetails updateAgreement(Long projectId, AgreementForm form) {
        Project project = find(projectId);
        CurrentUser user = authenticatedUser.require();
        if (!user.hasRole(Roles.MANAGER) && !project.getDemandOrganisationId().equals(user.organisationId())) {
            throw new AccessDeniedException("error.project.not-yours");
        }
        project.updateAgreement(form);
        record(project, "AGREEMENT", ProjectStatus.DRAFT, ProjectStatus.DRAFT, null);
        return details(project);
    }

    /** One party confirms the agreement; the second confirmation signs it. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.PROVIDER})
    @Transactional
    public ProjectDetails confirm(Long projectId) {
        Project project = find(projectId);
        CurrentUser user = authenticatedUser.require();
        boolean demandSide;
        if (project.getDemandOrganisationId().equals(user.organisationId()) && user.hasRole(Roles.ENTERPRISE)) {
            demandSide = true;
        } else if (project.getProviderOrganisationId().equals(user.organisationId()) && user.hasRole(Roles.PROVIDER)) {
            demandSide = false;
        } else {
            throw new AccessDeniedException("error.project.not-a-party");
        }
        boolean signed = project.confirm(demandSide, user.username(), clock.instant());
        record(project, demandSide ? "CONFIRMED_DEMAND" : "CONFIRMED_PROVIDER", ProjectStatus.DRAFT,
                project.getStatus(), null);
        if (signed) {
            events.publishEvent(new ProjectSigned(project.getId(), project.getTitle(),
                    project.getDemandOrganisationId(), project.getProviderOrganisationId()));
        }
        return details(project);
    }

    // ---- tracking ---------------------------------------------------------------------------

    /** A signed project starts (SIGNED → IN_PROGRESS): a manager or either party. */
    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE, Roles.PROVIDER})
    @Transactional
    public ProjectDetails start(Long projectId) {
        Project project = find(projectId);
        CurrentUser user = authenticatedUser.require();
        if (!user.hasRole(Roles.MANAGER) && !isParty(project, user)) {
            throw new AccessDeniedException("error.project.not-a-party");
        }
        project.start();
        record(project, "STARTED", ProjectStatus.SIGNED, ProjectStatus.IN_PROGRESS, null);
        return details(project);
    }

    /** The provider submits evidence for a milestone (a note and optional files). */
    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public ProjectDetails submitEvidence(Long milestoneId, String note, List<EvidenceUpload> uploads) {
        Milestone milestone = findMilestone(milestoneId);
        Project project = milestone.getProject();
        CurrentUser user = authenticatedUser.require();
        if (!project.getProviderOrganisationId().equals(user.organisationId())) {
            throw new AccessDeniedException("error.project.not-provider");
        }
        project.requireStatus(ProjectStatus.IN_PROGRESS);
        List<EvidenceUpload> checked = uploads == null ? List.of() : uploads;
        List<String> types = new ArrayList<>();
        for (EvidenceUpload upload : checked) {
            types.add(FileRules.check(upload.fileName(), upload.content()));
        }
        milestone.submit(note, user.username(), clock.instant());
        for (int i = 0; i < checked.size(); i++) {
            EvidenceUpload upload = checked.get(i);
            String stored = files.write(EVIDENCE_FOLDER, upload.content(), "bin");
            evidence.save(new MilestoneEvidence(milestone.getId(), upload.fileName().trim(), types.get(i),
                    upload.content().length, stored, user.username(), clock.instant()));
        }
        record(project, "EVIDENCE", project.getStatus(), project.getStatus(), milestone.getName());
        events.publishEvent(new MilestoneSubmitted(project.getId(), project.getTitle(), milestone.getName(),
                project.getDemandOrganisationId()));
        return details(project);
    }

    /** The demand enterprise accepts or rejects submitted evidence (a reason for rejection). */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public ProjectDetails decideMilestone(Long milestoneId, boolean accept, String note) {
        Milestone milestone = findMilestone(milestoneId);
        Project project = milestone.getProject();
        CurrentUser user = authenticatedUser.require();
        if (!project.getDemandOrganisationId().equals(user.organisationId())) {
            throw new AccessDeniedException("error.project.not-demand");
        }
        project.requireStatus(ProjectStatus.IN_PROGRESS);
        boolean isFinal = milestone == project.finalMilestone();
        if (isFinal && accept && project.getMilestones().stream()
                .anyMatch(m -> m != milestone && m.getStatus() != MilestoneStatus.MET)) {
            throw new BusinessRuleException("error.milestone.earlier-not-met");
        }
        milestone.demandDecision(accept, note, isFinal, user.username(), clock.instant());
        ProjectStatus before = project.getStatus();
        if (isFinal && accept) {
            project.enterAcceptance();
        }
        record(project, accept ? "MILESTONE_ACCEPTED" : "MILESTONE_REJECTED", before, project.getStatus(),
                milestone.getName() + (note == null || note.isBlank() ? "" : ": " + note.trim()));
        events.publishEvent(new MilestoneDecided(project.getId(), project.getTitle(), milestone.getName(), accept,
                project.getProviderOrganisationId(), note));
        return details(project);
    }

    /** A manager names the expert who joins the final acceptance. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProjectDetails assignAcceptanceExpert(Long projectId, Long expertUserId) {
        Project project = find(projectId);
        var expert = accounts.findAccount(expertUserId)
                .filter(a -> a.roles().contains(Roles.EXPERT))
                .orElseThrow(() -> new BusinessRuleException("error.project.not-an-expert"));
        if (expert.organisationId() != null
                && (organisations.areRelated(expert.organisationId(), project.getDemandOrganisationId())
                        || organisations.areRelated(expert.organisationId(), project.getProviderOrganisationId()))) {
            throw new BusinessRuleException("error.project.expert-conflict");
        }
        project.assignAcceptanceExpert(expertUserId);
        record(project, "EXPERT_ASSIGNED", project.getStatus(), project.getStatus(), expert.displayName());
        return details(project);
    }

    /** The acceptance expert's decision on the final milestone: accepted completes the project. */
    @RolesAllowed(Roles.EXPERT)
    @Transactional
    public ProjectDetails expertAcceptance(Long projectId, boolean accept, String note) {
        Project project = find(projectId);
        CurrentUser user = authenticatedUser.require();
        if (!user.userId().equals(project.getAcceptanceExpertId())) {
            throw new AccessDeniedException("error.project.not-acceptance-expert");
        }
        project.requireStatus(ProjectStatus.ACCEPTANCE);
        Milestone last = project.finalMilestone();
        last.expertDecision(accept, note, user.username(), clock.instant());
        if (accept) {
            project.complete();
            record(project, "COMPLETED", ProjectStatus.ACCEPTANCE, ProjectStatus.COMPLETED, note);
            events.publishEvent(new ProjectCompleted(project.getId(), project.getOpportunityId(), project.getTitle(),
                    project.getDemandOrganisationId(), project.getProviderOrganisationId()));
        } else {
            project.backToProgress();
            record(project, "ACCEPTANCE_REJECTED", ProjectStatus.ACCEPTANCE, ProjectStatus.IN_PROGRESS, note);
            events.publishEvent(new MilestoneDecided(project.getId(), project.getTitle(), last.getName(), false,
                    project.getProviderOrganisationId(), note));
        }
        return details(project);
    }

    /** A manager records a grant payment against a met milestone; the total never exceeds the grant. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProjectDetails recordDisbursement(Long milestoneId, BigDecimal amount, String reference) {
        Milestone milestone = findMilestone(milestoneId);
        Project project = milestone.getProject();
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("error.project.disbursement-positive");
        }
        if (milestone.getStatus() != MilestoneStatus.MET) {
            throw new BusinessRuleException("error.project.disbursement-milestone-not-met");
        }
        if (project.getStatus() == ProjectStatus.TERMINATED) {
            throw new BusinessRuleException("error.project.closed");
        }
        BigDecimal paid = disbursed(project.getId());
        BigDecimal money = Project.money(amount);
        if (paid.add(money).compareTo(project.getGrantAmount()) > 0) {
            throw new BusinessRuleException("error.project.disbursement-above-grant",
                    project.getGrantAmount().subtract(paid).toPlainString());
        }
        String user = authenticatedUser.require().username();
        disbursements.save(new GrantDisbursement(project.getId(), milestone.getId(), money,
                reference == null || reference.isBlank() ? null : reference.trim(), user, clock.instant()));
        record(project, "DISBURSED", project.getStatus(), project.getStatus(),
                milestone.getName() + ": ¥" + money.toPlainString());
        return details(project);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public ProjectDetails terminate(Long projectId, String reason) {
        Project project = find(projectId);
        ProjectStatus before = project.getStatus();
        project.terminate(reason);
        record(project, "TERMINATED", before, ProjectStatus.TERMINATED, reason.trim());
        events.publishEvent(new ProjectTerminated(project.getId(), project.getTitle(), reason.trim(),
                project.getDemandOrganisationId(), project.getProviderOrganisationId()));
        return details(project);
    }

    /**
     * Flags milestones past their due date (not met) in running projects and notifies the parties
     * once per milestone. Run daily by {@link OverdueMilestoneJob}; returns how many were newly flagged.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public int flagOverdueMilestones() {
        LocalDate today = LocalDate.now(clock);
        int flagged = 0;
        for (Project project : projects.findByStatusIn(EnumSet.of(ProjectStatus.SIGNED, ProjectStatus.IN_PROGRESS,
                ProjectStatus.ACCEPTANCE))) {
            for (Milestone milestone : project.getMilestones()) {
                if (milestone.isOverdue(today) && milestone.getOverdueNotifiedAt() == null) {
                    milestone.markOverdueNotified(clock.instant());
                    record(project, "OVERDUE", project.getStatus(), project.getStatus(), milestone.getName());
                    events.publishEvent(new MilestoneOverdue(project.getId(), project.getTitle(), milestone.getName(),
                            milestone.getDueDate(), project.getDemandOrganisationId(),
                            project.getProviderOrganisationId()));
                    flagged++;
                }
            }
        }
        return flagged;
    }

    // ---- reading ----------------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public ProjectDetails findProject(Long projectId) {
        Project project = find(projectId);
        requireVisible(project, authenticatedUser.require());
        return details(project);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ProjectDetails> findByOpportunity(Long opportunityId) {
        CurrentUser user = authenticatedUser.require();
        return projects.findByOpportunityId(opportunityId).filter(p -> visible(p, user)).map(this::details);
    }

    /** The projects the user may see: all for managers, own for parties, assigned for experts. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ProjectSummary> visibleProjects() {
        CurrentUser user = authenticatedUser.require();
        List<Project> list;
        if (user.hasRole(Roles.MANAGER)) {
            list = projects.findAllByOrderByCreatedAtDesc();
        } else {
            list = new ArrayList<>();
            if (user.organisationId() != null && user.hasAnyRole(Roles.ENTERPRISE, Roles.PROVIDER)) {
                list.addAll(projects.findByDemandOrganisationIdOrProviderOrganisationIdOrderByCreatedAtDesc(
                        user.organisationId(), user.organisationId()));
            }
            if (user.hasRole(Roles.EXPERT)) {
                projects.findByAcceptanceExpertIdOrderByCreatedAtDesc(user.userId()).stream()
                        .filter(p -> !list.contains(p)).forEach(list::add);
            }
        }
        return list.stream().map(this::summary).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ProjectHistoryEntry> history(Long projectId) {
        Project project = find(projectId);
        requireVisible(project, authenticatedUser.require());
        return history.findByProjectIdOrderByOccurredAtAscIdAsc(projectId).stream().map(ProjectHistory::entry).toList();
    }

    /** The bytes of one evidence file, for the parties, managers and the acceptance expert only. */
    @PermitAll
    @Transactional(readOnly = true)
    public byte[] readEvidence(Long evidenceId) {
        MilestoneEvidence file = evidence.findById(evidenceId)
                .orElseThrow(() -> new NotFoundException("error.project.not-found"));
        Project project = findMilestone(file.getMilestoneId()).getProject();
        requireVisible(project, authenticatedUser.require());
        try {
            return files.read(EVIDENCE_FOLDER, file.getStoredName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Public progress of the project for an opportunity (no login): never evidence or notes. */
    @Transactional(readOnly = true)
    public Optional<PublicProgress> publicProgress(Long opportunityId) {
        return projects.findByOpportunityId(opportunityId).map(this::publicProgress);
    }

    /** Public progress of every project, for the open-data API and the public statistics. */
    @Transactional(readOnly = true)
    public List<PublicProgress> allPublicProgress() {
        return projects.findAllByOrderByCreatedAtDesc().stream().map(this::publicProgress).toList();
    }

    /** Summaries of every project for aggregate statistics (no party-only content). */
    @Transactional(readOnly = true)
    public List<ProjectSummary> allSummaries() {
        return projects.findAllByOrderByCreatedAtDesc().stream().map(this::summary).toList();
    }

    /** Counts for the home page of one user. */
    @Transactional(readOnly = true)
    public ProjectWork work(CurrentUser user) {
        long toConfirm = 0;
        long evidence = 0;
        long deliver = 0;
        long acceptances = 0;
        long overdue = 0;
        LocalDate today = LocalDate.now(clock);
        Long org = user.organisationId();
        if (org != null && user.hasAnyRole(Roles.ENTERPRISE, Roles.PROVIDER)) {
            for (Project p : projects.findByDemandOrganisationIdOrProviderOrganisationIdOrderByCreatedAtDesc(org, org)) {
                boolean demand = org.equals(p.getDemandOrganisationId()) && user.hasRole(Roles.ENTERPRISE);
                boolean provider = org.equals(p.getProviderOrganisationId()) && user.hasRole(Roles.PROVIDER);
                if (p.getStatus() == ProjectStatus.DRAFT && !p.getMilestones().isEmpty()
                        && ((demand && p.getDemandConfirmedAt() == null) || (provider && p.getProviderConfirmedAt() == null))) {
                    toConfirm++;
                }
                if (p.getStatus() == ProjectStatus.IN_PROGRESS) {
                    for (Milestone m : p.getMilestones()) {
                        if (demand && m.getStatus() == MilestoneStatus.SUBMITTED) {
                            evidence++;
                        }
                        if (provider && (m.getStatus() == MilestoneStatus.PENDING || m.getStatus() == MilestoneStatus.REJECTED)) {
                            deliver++;
                        }
                    }
                }
            }
        }
        if (user.hasRole(Roles.EXPERT)) {
            acceptances = projects.findByAcceptanceExpertIdOrderByCreatedAtDesc(user.userId()).stream()
                    .filter(p -> p.getStatus() == ProjectStatus.ACCEPTANCE).count();
        }
        if (user.hasRole(Roles.MANAGER)) {
            overdue = projects.findByStatusIn(EnumSet.of(ProjectStatus.SIGNED, ProjectStatus.IN_PROGRESS,
                    ProjectStatus.ACCEPTANCE)).stream().flatMap(p -> p.getMilestones().stream())
                    .filter(m -> m.isOverdue(today)).count();
        }
        return new ProjectWork(toConfirm, evidence, deliver, acceptances, overdue);
    }

    public record ProjectWork(long toConfirm, long evidenceToDecide, long toDeliver, long acceptances, long overdue) {
    }

    // ---- helpers ----------------------------------------------------------------------------

    private PublicProgress publicProgress(Project p) {
        LocalDate today = LocalDate.now(clock);
        boolean showMilestones = p.getStatus() != ProjectStatus.DRAFT;
        List<PublicProgress.PublicMilestone> ms = showMilestones ? p.getMilestones().stream()
                .map(m -> new PublicProgress.PublicMilestone(m.getName(), m.getDueDate(), m.getPaymentShare(),
                        m.getStatus() == MilestoneStatus.MET, running(p) && m.isOverdue(today)))
                .toList() : List.of();
        return new PublicProgress(p.getId(), p.getOpportunityId(), p.getTitle(), name(p.getProviderOrganisationId()),
                name(p.getDemandOrganisationId()), p.getContractAmount(), p.getGrantAmount(), disbursed(p.getId()),
                p.getStartDate(), p.getEndDate(), p.getStatus(), ms);
    }

    private static boolean running(Project p) {
        return p.getStatus().isOpen();
    }

    private ProjectSummary summary(Project p) {
        LocalDate today = LocalDate.now(clock);
        int met = (int) p.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.MET).count();
        int overdue = running(p) ? (int) p.getMilestones().stream().filter(m -> m.isOverdue(today)).count() : 0;
        return new ProjectSummary(p.getId(), p.getOpportunityId(), p.getTitle(), p.getDemandOrganisationId(),
                p.getProviderOrganisationId(), p.getContractAmount(), p.getGrantAmount(), disbursed(p.getId()),
                p.getStatus(), p.getEndDate(), p.getMilestones().size(), met, overdue);
    }

    private ProjectDetails details(Project p) {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = p.getMilestones().stream().map(Milestone::getId).filter(java.util.Objects::nonNull).toList();
        Map<Long, List<MilestoneView.EvidenceFile>> files = ids.isEmpty() ? Map.of()
                : evidence.findByMilestoneIdInOrderByUploadedAt(ids).stream().collect(Collectors.groupingBy(
                        MilestoneEvidence::getMilestoneId, Collectors.mapping(MilestoneEvidence::view, Collectors.toList())));
        Map<Long, BigDecimal> paid = p.getId() == null ? Map.of() : disbursements.findByProjectId(p.getId()).stream()
                .collect(Collectors.groupingBy(GrantDisbursement::getMilestoneId,
                        Collectors.reducing(BigDecimal.ZERO, GrantDisbursement::getAmount, BigDecimal::add)));
        Milestone last = p.finalMilestone();
        List<MilestoneView> views = p.getMilestones().stream().map(m -> new MilestoneView(m.getId(), m.getPosition(),
                m.getName(), m.getDeliverable(), m.getDueDate(), m.getPaymentShare(), m.getStatus(), m == last,
                running(p) && m.isOverdue(today), m.getEvidenceNote(), m.getSubmittedBy(), m.getSubmittedAt(),
                m.getDemandDecidedBy(), m.getDemandDecidedAt(), m.getExpertDecidedBy(), m.getExpertDecidedAt(),
                m.getDecisionNote(), files.getOrDefault(m.getId(), List.of()),
                paid.getOrDefault(m.getId(), BigDecimal.ZERO))).toList();
        BigDecimal total = paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProjectDetails(p.getId(), p.getOpportunityId(), p.getTitle(), p.getDemandOrganisationId(),
                name(p.getDemandOrganisationId()), p.getProviderOrganisationId(), name(p.getProviderOrganisationId()),
                p.getContractAmount(), p.getGrantAmount(), total, p.getStartDate(), p.getEndDate(), p.getStatus(),
                p.getDemandConfirmedBy(), p.getDemandConfirmedAt(), p.getProviderConfirmedBy(),
                p.getProviderConfirmedAt(), p.getAcceptanceExpertId(), p.getTerminationReason(), views,
                p.getCreatedAt());
    }

    private BigDecimal disbursed(Long projectId) {
        return disbursements.findByProjectId(projectId).stream().map(GrantDisbursement::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String name(Long organisationId) {
        return organisations.findSummary(organisationId).map(OrganisationSummary::name).orElse("");
    }

    private static boolean isParty(Project project, CurrentUser user) {
        return user.organisationId() != null && (project.getDemandOrganisationId().equals(user.organisationId())
                || project.getProviderOrganisationId().equals(user.organisationId()));
    }

    private static boolean visible(Project project, CurrentUser user) {
        return user.hasRole(Roles.MANAGER) || isParty(project, user)
                || (user.hasRole(Roles.EXPERT) && user.userId().equals(project.getAcceptanceExpertId()));
    }

    private static void requireVisible(Project project, CurrentUser user) {
        if (!visible(project, user)) {
            throw new NotFoundException("error.project.not-found");
        }
    }

    private void record(Project project, String action, ProjectStatus from, ProjectStatus to, String note) {
        String actor = authenticatedUser.get().map(CurrentUser::username).orElse("system");
        history.save(new ProjectHistory(project.getId(), clock.instant(), actor, action, from, to, note));
    }

    private Project find(Long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("error.project.not-found"));
    }

    private Milestone findMilestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("error.project.not-found"));
    }
}
