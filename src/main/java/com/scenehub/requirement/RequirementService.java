package com.scenehub.requirement;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.records.AttachmentStore;
import com.scenehub.records.AttachmentSummary;
import com.scenehub.records.StatusChange;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scene requirements (DESIGN §5.1). Access: an enterprise sees only its own organisation's
 * requirements, an expert only those assigned to it, managers all; the public none (the public reads
 * published opportunities instead). A requirement the user may not see does not exist for them.
 */
@Service
public class RequirementService {

    public static final String ATTACHMENT_OWNER = "REQUIREMENT";

    private final SceneRequirementRepository requirements;
    private final RequirementHistoryRepository history;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final AttachmentStore attachments;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequirementService(SceneRequirementRepository requirements, RequirementHistoryRepository history,
            OrganisationService organisations, AccountService accounts, AttachmentStore attachments,
            AuthenticatedUser authenticatedUser, ApplicationEventPublisher events, Clock clock) {
        this.requirements = requirements;
        this.history = history;
        this.organisations = organisations;
        this.accounts = accounts;
        this.attachments = attachments;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    // --- the enterprise ---------------------------------------------------------------------------

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public RequirementSummary createDraft(RequirementForm form) {
        return createDraft(form, false);
    }

    /** Used by the demo loader, which marks its records as demo data. */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public RequirementSummary createDraft(RequirementForm form, boolean demo) {
        CurrentUser user = authenticatedUser.require();
        organisations.requireVerified(user.organisationId());
        Instant now = clock.instant();
        SceneRequirement requirement = requirements.save(
                new SceneRequirement(user.organisationId(), user.userId(), form, demo, now));
        record(requirement, user, null, RequirementStatus.DRAFT, null);
        return requirement.summary();
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public RequirementSummary update(Long id, RequirementForm form) {
        SceneRequirement requirement = owned(id);
        requirement.edit(form, clock.instant());
        return requirement.summary();
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public RequirementSummary submit(Long id) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = owned(id);
        organisations.requireVerified(user.organisationId());
        RequirementStatus from = requirement.submit(clock.instant());
        record(requirement, user, from, RequirementStatus.SUBMITTED, null);
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementSubmitted(s.id(), s.ownerOrganisationId(), s.title(), s.sceneField(),
                s.industryField(), s.zoneArea()));
        return s;
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public RequirementSummary withdraw(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = owned(id);
        RequirementStatus from = requirement.withdraw(reason, clock.instant());
        record(requirement, user, from, RequirementStatus.WITHDRAWN, reason);
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementWithdrawn(s.id(), s.ownerOrganisationId(), s.title(), s.decisionReason(),
                s.expertUserId()));
        return s;
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional(readOnly = true)
    public List<RequirementSummary> mine() {
        CurrentUser user = authenticatedUser.require();
        if (user.organisationId() == null) {
            return List.of();
        }
        return requirements.findByOwnerOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).stream()
                .map(SceneRequirement::summary).toList();
    }

    // --- managers and experts ---------------------------------------------------------------------

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RequirementSummary assignExpert(Long id, Long expertUserId) {
        CurrentUser user = authenticatedUser.require();
        AccountSummary expert = accounts.findAccount(expertUserId)
                .filter(a -> a.enabled() && a.roles().contains(Roles.EXPERT))
                .orElseThrow(() -> new BusinessRuleException("error.requirement.not-an-expert"));
        SceneRequirement requirement = find(id);
        RequirementStatus from = requirement.assignExpert(expert.id(), expert.displayName(), clock.instant());
        record(requirement, user, from, RequirementStatus.IN_ANALYSIS, expert.displayName());
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementExpertAssigned(s.id(), s.ownerOrganisationId(), s.title(), expert.id()));
        return s;
    }

    @RolesAllowed(Roles.EXPERT)
    @Transactional
    public RequirementSummary writeAnalysis(Long id, String feasibility, String maturity, String suggestedIndicators) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = find(id);
        if (!user.userId().equals(requirement.getExpertUserId())) {
            throw new NotFoundException("error.requirement.not-found");
        }
        requirement.writeAnalysis(user.userId(), feasibility, maturity, suggestedIndicators, clock.instant());
        record(requirement, user, RequirementStatus.IN_ANALYSIS, RequirementStatus.IN_ANALYSIS, "#timeline.analysis");
        events.publishEvent(new RequirementAnalysed(requirement.getId(), requirement.getTitle(), user.displayName()));
        return requirement.summary();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RequirementSummary accept(Long id, String note) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = find(id);
        RequirementStatus from = requirement.decide(RequirementStatus.ACCEPTED, note, clock.instant());
        record(requirement, user, from, RequirementStatus.ACCEPTED, note);
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementAccepted(s.id(), s.ownerOrganisationId(), s.title(), s.sceneField(),
                s.industryField(), s.zoneArea(), s.decisionReason()));
        return s;
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RequirementSummary returnForRevision(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = find(id);
        RequirementStatus from = requirement.decide(RequirementStatus.RETURNED, reason, clock.instant());
        record(requirement, user, from, RequirementStatus.RETURNED, reason);
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementReturned(s.id(), s.ownerOrganisationId(), s.title(), s.decisionReason()));
        return s;
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RequirementSummary reject(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = find(id);
        RequirementStatus from = requirement.decide(RequirementStatus.REJECTED, reason, clock.instant());
        record(requirement, user, from, RequirementStatus.REJECTED, reason);
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementRejected(s.id(), s.ownerOrganisationId(), s.title(), s.decisionReason()));
        return s;
    }

    /** The assigned expert's worklist: requirements in analysis assigned to them. */
    @RolesAllowed(Roles.EXPERT)
    @Transactional(readOnly = true)
    public List<RequirementSummary> toAnalyse() {
        CurrentUser user = authenticatedUser.require();
        return requirements.findByExpertUserIdAndStatusOrderByUpdatedAtDesc(user.userId(), RequirementStatus.IN_ANALYSIS)
                .stream().map(SceneRequirement::summary).toList();
    }

    /** Everything ever assigned to the signed-in expert. */
    @RolesAllowed(Roles.EXPERT)
    @Transactional(readOnly = true)
    public List<RequirementSummary> assignedToMe() {
        CurrentUser user = authenticatedUser.require();
        return requirements.findByExpertUserIdOrderByUpdatedAtDesc(user.userId()).stream()
                .map(SceneRequirement::summary).toList();
    }

    /** The managers' worklist: submitted (to assign) and in analysis (to decide). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<RequirementSummary> toDecide() {
        return requirements.findByStatusInOrderByUpdatedAtDesc(
                Set.of(RequirementStatus.SUBMITTED, RequirementStatus.IN_ANALYSIS)).stream()
                .map(SceneRequirement::summary).toList();
    }

    /** Every requirement past the owner's draft. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<RequirementSummary> all() {
        return requirements.findByStatusNotOrderByUpdatedAtDesc(RequirementStatus.DRAFT).stream()
                .map(SceneRequirement::summary).toList();
    }

    /** Accepted requirements, the material of opportunity design. */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT})
    @Transactional(readOnly = true)
    public List<RequirementSummary> accepted() {
        return requirements.findByStatusInOrderByUpdatedAtDesc(Set.of(RequirementStatus.ACCEPTED)).stream()
                .map(SceneRequirement::summary).toList();
    }

    /** Enabled expert accounts a manager may assign. */
    @RolesAllowed(Roles.MANAGER)
    public List<AccountSummary> experts() {
        return accounts.accountsWithRole(Roles.EXPERT);
    }

    // --- reading one record -------------------------------------------------------------------------

    /**
     * One requirement, if the signed-in user may see it: the owner organisation, managers, admins and
     * the assigned expert. System code calls it through {@code SystemUser} with the MANAGER role.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public RequirementSummary findRequirement(Long id) {
        return visible(id).summary();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<StatusChange> history(Long id) {
        visible(id);
        return history.findByRequirementIdOrderByOccurredAtAscIdAsc(id).stream().map(RequirementHistory::change)
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<AttachmentSummary> attachments(Long id) {
        visible(id);
        return attachments.list(ATTACHMENT_OWNER, id);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public byte[] attachmentContent(Long id, Long attachmentId) {
        visible(id);
        return attachments.read(ATTACHMENT_OWNER, id, attachmentId);
    }

    /** The owner attaches a file while the requirement is editable. */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public AttachmentSummary attach(Long id, String fileName, byte[] content) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = owned(id);
        if (!requirement.getStatus().editable()) {
            throw new BusinessRuleException("error.requirement.not-editable");
        }
        return attachments.store(ATTACHMENT_OWNER, id, fileName, content, user.displayName());
    }

    // --- bulk import ----------------------------------------------------------------------------------

    /**
     * A manager imports a requirement from the zone's spreadsheets on behalf of a verified enterprise:
     * it is created complete and submitted, and its history says it was imported.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RequirementSummary importSubmitted(Long ownerOrganisationId, RequirementForm form) {
        CurrentUser user = authenticatedUser.require();
        organisations.requireVerified(ownerOrganisationId);
        RequirementRules.checkComplete(form);
        Instant now = clock.instant();
        SceneRequirement requirement = requirements.save(new SceneRequirement(ownerOrganisationId, null, form, false, now));
        record(requirement, user, null, RequirementStatus.DRAFT, "#timeline.import");
        RequirementStatus from = requirement.submit(now);
        record(requirement, user, from, RequirementStatus.SUBMITTED, "#timeline.import");
        RequirementSummary s = requirement.summary();
        events.publishEvent(new RequirementSubmitted(s.id(), s.ownerOrganisationId(), s.title(), s.sceneField(),
                s.industryField(), s.zoneArea()));
        return s;
    }

    // --- work items -----------------------------------------------------------------------------------

    /** What is waiting for the user, for the home page. */
    @Transactional(readOnly = true)
    public RequirementWork work(CurrentUser user) {
        Long org = user.organisationId();
        boolean enterprise = user.hasRole(Roles.ENTERPRISE) && org != null;
        boolean manager = user.hasRole(Roles.MANAGER);
        return new RequirementWork(
                enterprise ? requirements.countByOwnerOrganisationIdAndStatus(org, RequirementStatus.RETURNED) : -1,
                enterprise ? requirements.countByOwnerOrganisationIdAndStatus(org, RequirementStatus.DRAFT) : -1,
                user.hasRole(Roles.EXPERT) ? requirements.countByExpertUserIdAndStatusAndAnalysedAtIsNull(
                        user.userId(), RequirementStatus.IN_ANALYSIS) : -1,
                manager ? requirements.countByStatus(RequirementStatus.SUBMITTED) : -1,
                manager ? requirements.countByStatusAndAnalysedAtIsNotNull(RequirementStatus.IN_ANALYSIS) : -1);
    }

    // --- helpers --------------------------------------------------------------------------------------

    private SceneRequirement find(Long id) {
        return requirements.findById(id).orElseThrow(() -> new NotFoundException("error.requirement.not-found"));
    }

    /** The requirement if it belongs to the signed-in user's organisation; otherwise it does not exist. */
    private SceneRequirement owned(Long id) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = find(id);
        if (user.organisationId() == null || !user.organisationId().equals(requirement.getOwnerOrganisationId())) {
            throw new NotFoundException("error.requirement.not-found");
        }
        return requirement;
    }

    private SceneRequirement visible(Long id) {
        CurrentUser user = authenticatedUser.require();
        SceneRequirement requirement = find(id);
        boolean owner = user.organisationId() != null && user.organisationId().equals(requirement.getOwnerOrganisationId())
                && user.hasRole(Roles.ENTERPRISE);
        boolean assigned = user.hasRole(Roles.EXPERT) && user.userId().equals(requirement.getExpertUserId());
        boolean staff = user.hasAnyRole(Roles.MANAGER, Roles.ADMIN)
                && requirement.getStatus() != RequirementStatus.DRAFT;
        if (!owner && !assigned && !staff) {
            throw new NotFoundException("error.requirement.not-found");
        }
        return requirement;
    }

    private void record(SceneRequirement requirement, CurrentUser user, RequirementStatus from, RequirementStatus to,
            String reason) {
        history.save(new RequirementHistory(requirement.getId(), clock.instant(), user.displayName(), from, to, reason));
    }
}
