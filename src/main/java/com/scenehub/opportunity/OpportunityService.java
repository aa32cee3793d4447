package com.scenehub.opportunity;

import com.scenehub.records.StatusChange;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.shared.config.ClockConfig;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.supply.SupplyItemStatus;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunity design, numbered lists and publication (DESIGN §5.3–5.4), and the post-publication
 * transitions the selection module calls. Access: unpublished opportunities and lists are visible to
 * managers, experts (co-designers) and admins only; published ones to everyone, without login.
 */
@Service
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final OpportunityListRepository lists;
    private final CorrigendumRepository corrigenda;
    private final OpportunityHistoryRepository history;
    private final RequirementService requirements;
    private final SupplyService supply;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpportunityService(OpportunityRepository opportunities, OpportunityListRepository lists,
            CorrigendumRepository corrigenda, OpportunityHistoryRepository history, RequirementService requirements,
            SupplyService supply, AuthenticatedUser authenticatedUser, ApplicationEventPublisher events, Clock clock) {
        this.opportunities = opportunities;
        this.lists = lists;
        this.corrigenda = corrigenda;
        this.history = history;
        this.requirements = requirements;
        this.supply = supply;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    // --- design -----------------------------------------------------------------------------------------

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails design(OpportunityForm form) {
        return design(form, false);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails design(OpportunityForm form, boolean demo) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = opportunities.save(
                new Opportunity(form, acceptedOwners(form), user.displayName(), demo, clock.instant()));
        record(opportunity, user, null, OpportunityStatus.DESIGNING, null);
        return details(opportunity);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails update(Long id, OpportunityForm form) {
        Opportunity opportunity = find(id);
        opportunity.edit(form, acceptedOwners(form), clock.instant());
        return details(opportunity);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails markReady(Long id) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.markReady(clock.instant());
        record(opportunity, user, from, OpportunityStatus.READY, null);
        return details(opportunity);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails backToDesign(Long id) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.backToDesign(clock.instant());
        record(opportunity, user, from, OpportunityStatus.DESIGNING, null);
        return details(opportunity);
    }

    /** Every opportunity, any state, newest change first (the managers' and experts' design desk). */
    @RolesAllowed({Roles.MANAGER, Roles.EXPERT, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<OpportunityDetails> all() {
        return opportunities.findAllByOrderByUpdatedAtDesc().stream().map(this::details).toList();
    }

    // --- lists and publication ------------------------------------------------------------------------------

    /** A new list for the year, numbered after the year's last one. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary createList(int year, String note) {
        return createList(year, note, false);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary createList(int year, String note, boolean demo) {
        authenticatedUser.require();
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("error.list.year");
        }
        if (note != null && note.length() > 2000) {
            throw new BusinessRuleException("error.text.too-long", "", 2000);
        }
        int sequence = lists.maxSequence(year).orElse(0) + 1;
        OpportunityList list = lists.save(new OpportunityList(year, sequence, note, demo, clock.instant()));
        return summary(list);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary addOpportunity(Long listId, Long opportunityId) {
        OpportunityList list = findList(listId);
        list.requireUnpublished();
        find(opportunityId).placeIn(list.getId());
        return summary(list);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary removeOpportunity(Long listId, Long opportunityId) {
        OpportunityList list = findList(listId);
        list.requireUnpublished();
        Opportunity opportunity = find(opportunityId);
        if (!list.getId().equals(opportunity.getListId())) {
            throw new NotFoundException("error.opportunity.not-found");
        }
        opportunity.removeFromList();
        return summary(list);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary addSupplyItem(Long listId, Long supplyItemId) {
        OpportunityList list = findList(listId);
        SupplyItemSummary item = supply.findItem(supplyItemId)
                .orElseThrow(() -> new NotFoundException("error.supply.not-found"));
        if (item.status() != SupplyItemStatus.LISTED) {
            throw new BusinessRuleException("error.list.item-not-listed");
        }
        list.addSupplyItem(supplyItemId);
        return summary(list);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary removeSupplyItem(Long listId, Long supplyItemId) {
        OpportunityList list = findList(listId);
        list.removeSupplyItem(supplyItemId);
        return summary(list);
    }

    /**
     * Publishes the list: every opportunity in it must be READY with its window still ahead; they all
     * become OPEN and their criteria, weights, eligibility and deadline are frozen. All or nothing.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityListSummary publishList(Long listId) {
        CurrentUser user = authenticatedUser.require();
        OpportunityList list = findList(listId);
        list.requireUnpublished();
        List<Opportunity> members = opportunities.findByListIdOrderById(listId);
        if (members.isEmpty()) {
            throw new BusinessRuleException("error.list.empty");
        }
        Instant now = clock.instant();
        for (Opportunity o : members) {
            if (o.getStatus() != OpportunityStatus.READY) {
                throw new BusinessRuleException("error.list.member-not-ready", o.getTitle());
            }
        }
        List<Long> supplyIds = summary(list).supplyItemIds();
        for (SupplyItemSummary item : supply.publishedItems(supplyIds)) {
            if (item.status() != SupplyItemStatus.LISTED) {
                throw new BusinessRuleException("error.list.item-not-listed");
            }
        }
        list.publish(user.displayName(), now);
        for (Opportunity o : members) {
            OpportunityStatus from = o.publish(now);
            record(o, user, from, OpportunityStatus.OPEN, list.getTitle());
            OpportunityDetails d = details(o);
            events.publishEvent(new OpportunityPublished(d.id(), listId, d.title(), d.demandOrganisationIds(),
                    d.sceneField(), d.industryField(), d.zoneArea(), d.budget(), d.selectionMode(), d.windowOpens(),
                    d.windowCloses()));
        }
        OpportunityListSummary s = summary(list);
        events.publishEvent(new OpportunityListPublished(s.id(), s.title(), s.year(), s.sequence(), s.opportunityIds(),
                s.supplyItemIds()));
        return s;
    }

    /** Lists: published ones for everyone; drafts too for managers, experts and admins. */
    @Transactional(readOnly = true)
    public List<OpportunityListSummary> lists() {
        boolean staff = staff();
        return lists.findAllByOrderByYearDescSequenceDesc().stream().filter(l -> staff || l.isPublished())
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<OpportunityListSummary> publishedLists() {
        return lists.findByPublishedTrueOrderByYearDescSequenceDesc().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OpportunityListSummary> findPublishedOrStaffList(Long id) {
        return lists.findById(id).filter(l -> l.isPublished() || staff()).map(this::summary);
    }

    /** The opportunities of a list the caller may see. */
    @Transactional(readOnly = true)
    public List<OpportunityDetails> opportunitiesOf(Long listId) {
        OpportunityList list = lists.findById(listId).filter(l -> l.isPublished() || staff())
                .orElseThrow(() -> new NotFoundException("error.list.not-found"));
        return opportunities.findByListIdOrderById(list.getId()).stream().map(o -> o.details(list)).toList();
    }

    /** The supply list of a list the caller may see (delisted items with their public reason). */
    @Transactional(readOnly = true)
    public List<SupplyItemSummary> supplyItemsOf(Long listId) {
        OpportunityList list = lists.findById(listId).filter(l -> l.isPublished() || staff())
                .orElseThrow(() -> new NotFoundException("error.list.not-found"));
        return supply.publishedItems(summary(list).supplyItemIds());
    }

    // --- after publication ------------------------------------------------------------------------------------

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public CorrigendumSummary correct(Long id, OpportunityCorrection correction) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        List<CorrigendumChange> changes = opportunity.correct(correction, clock.instant());
        Corrigendum corrigendum = corrigenda.save(new Corrigendum(id, correction.reason(), changes, user.displayName(),
                clock.instant()));
        record(opportunity, user, OpportunityStatus.OPEN, OpportunityStatus.OPEN, correction.reason());
        int number = corrigenda.findByOpportunityIdOrderByPublishedAtAscIdAsc(id).size();
        CorrigendumSummary s = corrigendum.summary(number);
        events.publishEvent(new OpportunityCorrected(id, s.id(), opportunity.getTitle(), s.reason(), s.changes(),
                opportunity.getWindowCloses(), opportunity.demandOrganisationIds()));
        return s;
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails withdraw(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.withdraw(reason, clock.instant());
        record(opportunity, user, from, OpportunityStatus.WITHDRAWN, reason);
        events.publishEvent(new OpportunityWithdrawn(id, opportunity.getTitle(), reason.trim(),
                opportunity.demandOrganisationIds()));
        return details(opportunity);
    }

    /** OPEN → EVALUATING once the application window has closed. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails startEvaluation(Long id) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.startEvaluation(clock.instant());
        record(opportunity, user, from, OpportunityStatus.EVALUATING, null);
        OpportunityDetails d = details(opportunity);
        events.publishEvent(new OpportunityEvaluationStarted(id, d.title(), d.selectionMode(), d.demandOrganisationIds()));
        return d;
    }

    /** EVALUATING → NOTICE (公示). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails startNotice(Long id) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.startNotice(clock.instant());
        record(opportunity, user, from, OpportunityStatus.NOTICE, null);
        OpportunityDetails d = details(opportunity);
        events.publishEvent(new OpportunityNoticeStarted(id, d.title(), d.demandOrganisationIds()));
        return d;
    }

    /** NOTICE → AWARDED (or EVALUATING → AWARDED for direct docking, which has no notice period). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails award(Long id, Long winnerOrganisationId) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.award(winnerOrganisationId, clock.instant());
        record(opportunity, user, from, OpportunityStatus.AWARDED, null);
        OpportunityDetails d = details(opportunity);
        events.publishEvent(new OpportunityAwarded(id, d.title(), winnerOrganisationId, d.demandOrganisationIds()));
        return d;
    }

    /** EVALUATING or NOTICE → FAILED, with a reason. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails fail(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.fail(reason, clock.instant());
        record(opportunity, user, from, OpportunityStatus.FAILED, reason);
        OpportunityDetails d = details(opportunity);
        events.publishEvent(new OpportunityFailed(id, d.title(), d.outcomeReason(), d.demandOrganisationIds()));
        return d;
    }

    /** OPEN, EVALUATING or NOTICE → CANCELLED, with a reason. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public OpportunityDetails cancel(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        Opportunity opportunity = find(id);
        OpportunityStatus from = opportunity.cancel(reason, clock.instant());
        record(opportunity, user, from, OpportunityStatus.CANCELLED, reason);
        OpportunityDetails d = details(opportunity);
        events.publishEvent(new OpportunityCancelled(id, d.title(), d.outcomeReason(), d.demandOrganisationIds()));
        return d;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** One opportunity if the caller may see it: published ones for everyone, others for staff. */
    @Transactional(readOnly = true)
    public Optional<OpportunityDetails> findOpportunity(Long id) {
        return opportunities.findById(id).filter(o -> o.getStatus().published() || staff()).map(this::details);
    }

    /** Published opportunities accepting applications now. Public. */
    @Transactional(readOnly = true)
    public List<OpportunityDetails> openOpportunities() {
        Instant now = clock.instant();
        return publishedOpportunities().stream().filter(o -> o.openAt(now)).toList();
    }

    /** Every published opportunity, any state after publication. Public. */
    @Transactional(readOnly = true)
    public List<OpportunityDetails> publishedOpportunities() {
        Set<OpportunityStatus> published = Set.of(OpportunityStatus.OPEN, OpportunityStatus.EVALUATING,
                OpportunityStatus.NOTICE, OpportunityStatus.AWARDED, OpportunityStatus.FAILED,
                OpportunityStatus.CANCELLED, OpportunityStatus.WITHDRAWN);
        return opportunities.findByStatusInOrderByPublishedAtDescIdDesc(published).stream().map(this::details).toList();
    }

    /** The public corrigenda of a published opportunity, oldest first and numbered. */
    @Transactional(readOnly = true)
    public List<CorrigendumSummary> corrigenda(Long id) {
        findOpportunity(id).orElseThrow(() -> new NotFoundException("error.opportunity.not-found"));
        List<Corrigendum> all = corrigenda.findByOpportunityIdOrderByPublishedAtAscIdAsc(id);
        List<CorrigendumSummary> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            result.add(all.get(i).summary(i + 1));
        }
        return result;
    }

    /** The history: public for published opportunities (it holds only public reasons). */
    @Transactional(readOnly = true)
    public List<StatusChange> history(Long id) {
        findOpportunity(id).orElseThrow(() -> new NotFoundException("error.opportunity.not-found"));
        return history.findByOpportunityIdOrderByOccurredAtAscIdAsc(id).stream().map(OpportunityHistory::change).toList();
    }

    /** Opportunities waiting for a manager: designing and ready-but-unlisted. */
    @Transactional(readOnly = true)
    public long[] work(CurrentUser user) {
        if (!user.hasRole(Roles.MANAGER)) {
            return new long[] {-1, -1};
        }
        return new long[] {opportunities.countByStatus(OpportunityStatus.DESIGNING),
            opportunities.countByStatus(OpportunityStatus.READY)};
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.ZONE));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Map<Long, Long> acceptedOwners(OpportunityForm form) {
        Map<Long, Long> owners = new LinkedHashMap<>();
        for (Long requirementId : form.getRequirementIds()) {
            RequirementSummary r = requirements.findRequirement(requirementId);
            if (r.status() != RequirementStatus.ACCEPTED) {
                throw new BusinessRuleException("error.opportunity.requirement-not-accepted", r.title());
            }
            owners.put(r.id(), r.ownerOrganisationId());
        }
        return owners;
    }

    private boolean staff() {
        return authenticatedUser.get().map(u -> u.hasAnyRole(Roles.MANAGER, Roles.EXPERT, Roles.ADMIN)).orElse(false);
    }

    private Opportunity find(Long id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFoundException("error.opportunity.not-found"));
    }

    private OpportunityList findList(Long id) {
        return lists.findById(id).orElseThrow(() -> new NotFoundException("error.list.not-found"));
    }

    private OpportunityDetails details(Opportunity o) {
        OpportunityList list = o.getListId() == null ? null : lists.findById(o.getListId()).orElse(null);
        return o.details(list);
    }

    private OpportunityListSummary summary(OpportunityList list) {
        return list.summary(opportunities.findByListIdOrderById(list.getId()).stream().map(Opportunity::getId).toList());
    }

    private void record(Opportunity o, CurrentUser user, OpportunityStatus from, OpportunityStatus to, String reason) {
        history.save(new OpportunityHistory(o.getId(), clock.instant(), user.displayName(), from, to, reason));
    }
}
