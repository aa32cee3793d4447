package com.scenehub.supply;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.records.AttachmentStore;
import com.scenehub.records.AttachmentSummary;
import com.scenehub.records.StatusChange;
import com.scenehub.shared.config.ClockConfig;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for solutions and supply items (DESIGN §5.2). Access: a provider sees its own items in any
 * state, managers all submitted ones, everyone (also without login) only listed items.
 */
@Service
public class SupplyService {

    public static final String ATTACHMENT_OWNER = "SUPPLY_ITEM";

    private final SupplyItemRepository items;
    private final SolutionCallRepository calls;
    private final SupplyHistoryRepository history;
    private final OrganisationService organisations;
    private final AttachmentStore attachments;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplyService(SupplyItemRepository items, SolutionCallRepository calls, SupplyHistoryRepository history,
            OrganisationService organisations, AttachmentStore attachments, AuthenticatedUser authenticatedUser,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.calls = calls;
        this.history = history;
        this.organisations = organisations;
        this.attachments = attachments;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    // --- calls for solutions ------------------------------------------------------------------------

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SolutionCallSummary openCall(String theme, String description, Collection<String> sceneFields,
            Collection<String> industryFields, LocalDate deadline) {
        return openCall(theme, description, sceneFields, industryFields, deadline, false);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SolutionCallSummary openCall(String theme, String description, Collection<String> sceneFields,
            Collection<String> industryFields, LocalDate deadline, boolean demo) {
        CurrentUser user = authenticatedUser.require();
        SolutionCall call = calls.save(new SolutionCall(theme, description, sceneFields, industryFields, deadline,
                today(), user.displayName(), demo, clock.instant()));
        SolutionCallSummary s = call.summary();
        events.publishEvent(new SolutionCallOpened(s.id(), s.theme(), s.deadline()));
        return s;
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SolutionCallSummary closeCall(Long id) {
        SolutionCall call = calls.findById(id).orElseThrow(() -> new NotFoundException("error.call.not-found"));
        call.close();
        return call.summary();
    }

    /** All calls, newest deadline first; calls are public. */
    @Transactional(readOnly = true)
    public List<SolutionCallSummary> calls() {
        return calls.findAllByOrderByDeadlineDesc().stream().map(SolutionCall::summary).toList();
    }

    /** Calls a provider may still answer today. */
    @Transactional(readOnly = true)
    public List<SolutionCallSummary> openCalls() {
        LocalDate today = today();
        return calls().stream().filter(c -> c.openOn(today)).toList();
    }

    // --- the provider ---------------------------------------------------------------------------------

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public SupplyItemSummary createDraft(SupplyItemForm form) {
        return createDraft(form, false);
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public SupplyItemSummary createDraft(SupplyItemForm form, boolean demo) {
        CurrentUser user = authenticatedUser.require();
        organisations.requireVerified(user.organisationId());
        checkCall(form.getCallId());
        SupplyItem item = items.save(new SupplyItem(user.organisationId(), user.userId(), form, demo, clock.instant()));
        record(item, user.displayName(), null, SupplyItemStatus.DRAFT, null);
        return item.summary();
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public SupplyItemSummary update(Long id, SupplyItemForm form) {
        SupplyItem item = owned(id);
        SupplyItemSummary before = item.summary();
        if (form.getCallId() != null && !form.getCallId().equals(before.callId())) {
            checkCall(form.getCallId());
        }
        item.edit(form, clock.instant());
        changed(item, item.getStatus(), null);
        return item.summary();
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public SupplyItemSummary submit(Long id) {
        CurrentUser user = authenticatedUser.require();
        SupplyItem item = owned(id);
        organisations.requireVerified(user.organisationId());
        SupplyItemStatus from = item.submit(clock.instant());
        record(item, user.displayName(), from, SupplyItemStatus.SUBMITTED, null);
        changed(item, from, null);
        return item.summary();
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional(readOnly = true)
    public List<SupplyItemSummary> mine() {
        CurrentUser user = authenticatedUser.require();
        if (user.organisationId() == null) {
            return List.of();
        }
        return items.findByProviderOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).stream()
                .map(SupplyItem::summary).toList();
    }

    @RolesAllowed(Roles.PROVIDER)
    @Transactional
    public AttachmentSummary attach(Long id, String fileName, byte[] content) {
        CurrentUser user = authenticatedUser.require();
        SupplyItem item = owned(id);
        if (!item.getStatus().editable()) {
            throw new BusinessRuleException("error.supply.not-editable");
        }
        return attachments.store(ATTACHMENT_OWNER, id, fileName, content, user.displayName());
    }

    // --- review by managers ----------------------------------------------------------------------------

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SupplyItemSummary list(Long id) {
        CurrentUser user = authenticatedUser.require();
        SupplyItem item = find(id);
        SupplyItemStatus from = item.list(clock.instant());
        record(item, user.displayName(), from, SupplyItemStatus.LISTED, null);
        events.publishEvent(new SupplyItemListed(item.getId(), item.getProviderOrganisationId(), item.getName()));
        changed(item, from, null);
        return item.summary();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SupplyItemSummary returnForRevision(Long id, String reason) {
        return review(id, SupplyItemStatus.RETURNED, reason);
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SupplyItemSummary reject(Long id, String reason) {
        return review(id, SupplyItemStatus.REJECTED, reason);
    }

    /** Takes a listed item off the supply list with a public reason: a manager, or its own provider. */
    @RolesAllowed({Roles.MANAGER, Roles.PROVIDER})
    @Transactional
    public SupplyItemSummary delist(Long id, String reason) {
        CurrentUser user = authenticatedUser.require();
        SupplyItem item = user.hasRole(Roles.MANAGER) ? find(id) : owned(id);
        SupplyItemStatus from = item.delist(reason, clock.instant());
        record(item, user.displayName(), from, SupplyItemStatus.DELISTED, reason);
        events.publishEvent(new SupplyItemDelisted(item.getId(), item.getProviderOrganisationId(), item.getName(),
                reason.trim()));
        changed(item, from, reason.trim());
        return item.summary();
    }

    /** Items waiting for review. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<SupplyItemSummary> toReview() {
        return items.findByStatusOrderByListedAtDescIdDesc(SupplyItemStatus.SUBMITTED).stream().map(SupplyItem::summary)
                .toList();
    }

    /** Every item past the provider's draft. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<SupplyItemSummary> all() {
        return items.findByStatusNotOrderByUpdatedAtDesc(SupplyItemStatus.DRAFT).stream().map(SupplyItem::summary)
                .toList();
    }

    // --- public reading ---------------------------------------------------------------------------------

    /** The supply list: every listed item, newest first. Public. */
    @Transactional(readOnly = true)
    public List<SupplyItemSummary> listedItems() {
        return items.findByStatusOrderByListedAtDescIdDesc(SupplyItemStatus.LISTED).stream().map(SupplyItem::summary)
                .toList();
    }

    /**
     * One item if the caller may see it: listed items are public; otherwise only the provider's own
     * organisation and managers (drafts only the provider).
     */
    @Transactional(readOnly = true)
    public Optional<SupplyItemSummary> findItem(Long id) {
        return items.findById(id).filter(this::visible).map(SupplyItem::summary);
    }

    /**
     * Items once published on the supply list, as a published list shows them: listed ones, and delisted
     * ones with their public delisting reason ({@code reviewNote}). Public.
     */
    @Transactional(readOnly = true)
    public List<SupplyItemSummary> publishedItems(Collection<Long> ids) {
        return items.findAllById(ids).stream()
                .filter(i -> i.getStatus() == SupplyItemStatus.LISTED || i.getStatus() == SupplyItemStatus.DELISTED)
                .map(SupplyItem::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(Long id) {
        requireVisible(id);
        return history.findBySupplyItemIdOrderByOccurredAtAscIdAsc(id).stream().map(SupplyHistory::change).toList();
    }

    @Transactional(readOnly = true)
    public List<AttachmentSummary> attachments(Long id) {
        requireVisible(id);
        return attachments.list(ATTACHMENT_OWNER, id);
    }

    @Transactional(readOnly = true)
    public byte[] attachmentContent(Long id, Long attachmentId) {
        requireVisible(id);
        return attachments.read(ATTACHMENT_OWNER, id, attachmentId);
    }

    // --- bulk import --------------------------------------------------------------------------------------

    /** A manager imports an item from the zone's spreadsheets for a verified provider: created and listed. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public SupplyItemSummary importListed(Long providerOrganisationId, SupplyItemForm form) {
        CurrentUser user = authenticatedUser.require();
        organisations.requireVerified(providerOrganisationId);
        checkCall(form.getCallId());
        SupplyItem item = items.save(new SupplyItem(providerOrganisationId, null, form, false, clock.instant()));
        record(item, user.displayName(), null, SupplyItemStatus.DRAFT, "#timeline.import");
        SupplyItemStatus from = item.submit(clock.instant());
        record(item, user.displayName(), from, SupplyItemStatus.SUBMITTED, "#timeline.import");
        from = item.list(clock.instant());
        record(item, user.displayName(), from, SupplyItemStatus.LISTED, "#timeline.import");
        events.publishEvent(new SupplyItemListed(item.getId(), item.getProviderOrganisationId(), item.getName()));
        changed(item, SupplyItemStatus.DRAFT, null);
        return item.summary();
    }

    /** Waiting work for the home page: [items to review (managers), returned items (providers)]; -1 = n/a. */
    @Transactional(readOnly = true)
    public long[] work(CurrentUser user) {
        return new long[] {
            user.hasRole(Roles.MANAGER) ? items.countByStatus(SupplyItemStatus.SUBMITTED) : -1,
            user.hasRole(Roles.PROVIDER) && user.organisationId() != null
                    ? items.countByProviderOrganisationIdAndStatus(user.organisationId(), SupplyItemStatus.RETURNED) : -1
        };
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private SupplyItemSummary review(Long id, SupplyItemStatus to, String reason) {
        CurrentUser user = authenticatedUser.require();
        SupplyItem item = find(id);
        SupplyItemStatus from = item.review(to, reason, clock.instant());
        record(item, user.displayName(), from, to, reason);
        changed(item, from, reason.trim());
        return item.summary();
    }

    private void checkCall(Long callId) {
        if (callId == null) {
            return;
        }
        SolutionCallSummary call = calls.findById(callId).map(SolutionCall::summary)
                .orElseThrow(() -> new NotFoundException("error.call.not-found"));
        if (!call.openOn(today())) {
            throw new BusinessRuleException("error.call.closed");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.ZONE));
    }

    private boolean visible(SupplyItem item) {
        if (item.getStatus() == SupplyItemStatus.LISTED) {
            return true;
        }
        CurrentUser user = authenticatedUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        boolean own = user.hasRole(Roles.PROVIDER) && user.organisationId() != null
                && user.organisationId().equals(item.getProviderOrganisationId());
        boolean staff = user.hasAnyRole(Roles.MANAGER, Roles.ADMIN) && item.getStatus() != SupplyItemStatus.DRAFT;
        return own || staff;
    }

    private void requireVisible(Long id) {
        items.findById(id).filter(this::visible).orElseThrow(() -> new NotFoundException("error.supply.not-found"));
    }

    private SupplyItem find(Long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("error.supply.not-found"));
    }

    private SupplyItem owned(Long id) {
        CurrentUser user = authenticatedUser.require();
        SupplyItem item = find(id);
        if (user.organisationId() == null || !user.organisationId().equals(item.getProviderOrganisationId())) {
            throw new NotFoundException("error.supply.not-found");
        }
        return item;
    }

    private void record(SupplyItem item, String actor, SupplyItemStatus from, SupplyItemStatus to, String reason) {
        history.save(new SupplyHistory(item.getId(), clock.instant(), actor, from, to, reason));
    }

    private void changed(SupplyItem item, SupplyItemStatus from, String reason) {
        events.publishEvent(new SupplyItemChanged(item.getId(), item.getProviderOrganisationId(), item.getName(),
                item.getStatus(), from, reason));
    }
}
