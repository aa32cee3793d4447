package com.scenehub.matching;

import com.scenehub.opportunity.OpportunityAwarded;
import com.scenehub.opportunity.OpportunityCancelled;
import com.scenehub.opportunity.OpportunityCorrected;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityEvaluationStarted;
import com.scenehub.opportunity.OpportunityFailed;
import com.scenehub.opportunity.OpportunityPublished;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.OpportunityWithdrawn;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.requirement.RequirementAccepted;
import com.scenehub.requirement.RequirementRejected;
import com.scenehub.requirement.RequirementReturned;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSubmitted;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.requirement.RequirementWithdrawn;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import com.scenehub.supply.SupplyItemChanged;
import com.scenehub.supply.SupplyItemStatus;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the matching index in step with the scene workflow through its public events and services:
 * listed supply items are public, other states only for their provider; submitted and accepted
 * requirements are indexed for their owner and staff; open opportunities are public, and after the
 * window closes only their owners and staff still see their matches.
 */
@Component
class SceneIndexing {

    private static final Logger log = LoggerFactory.getLogger(SceneIndexing.class);
    private static final Set<String> SYSTEM_ROLES = Set.of(Roles.MANAGER);
    private static final Set<RequirementStatus> INDEXED_REQUIREMENTS = Set.of(RequirementStatus.SUBMITTED,
            RequirementStatus.IN_ANALYSIS, RequirementStatus.ACCEPTED, RequirementStatus.RETURNED);

    private final MatchingIndex index;
    private final SupplyService supply;
    private final RequirementService requirements;
    private final OpportunityService opportunities;
    private final OrganisationService organisations;
    private final ProviderIndexing providers;

    SceneIndexing(MatchingIndex index, SupplyService supply, RequirementService requirements,
            OpportunityService opportunities, OrganisationService organisations, ProviderIndexing providers) {
        this.providers = providers;
        this.index = index;
        this.supply = supply;
        this.requirements = requirements;
        this.opportunities = opportunities;
        this.organisations = organisations;
    }

    // --- supply items ---

    // SupplyItemListed and SupplyItemDelisted are always accompanied by SupplyItemChanged, which is
    // published on every change; handling that one alone avoids two concurrent updates of one document.
    @ApplicationModuleListener
    void on(SupplyItemChanged event) {
        refreshItem(event.supplyItemId());
    }

    synchronized void refreshItem(Long id) {
        SupplyItemSummary item = SystemUser.callAs("matching-index", SYSTEM_ROLES, () -> supply.findItem(id)).orElse(null);
        if (item == null || item.status() == SupplyItemStatus.DRAFT) {
            Long provider = index.ownerOf(MatchKind.SUPPLY_ITEM, id);
            index.remove(MatchKind.SUPPLY_ITEM, id);
            providers.refreshProvider(provider);
            return;
        }
        upsert(source(item));
        providers.refreshProvider(item.providerOrganisationId());
    }

    MatchSource source(SupplyItemSummary item) {
        OrganisationSummary provider = organisations.findSummary(item.providerOrganisationId()).orElse(null);
        String text = Stream.of(item.description(), item.referenceCases(), item.certifications())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        ProviderIndexing.TrackRecord record = providers.trackRecord(item.providerOrganisationId());
        return MatchSource.supplyItem(item.id(), item.providerOrganisationId(),
                provider == null ? null : provider.name(), item.status() == SupplyItemStatus.LISTED, item.name(), text,
                new LinkedHashSet<>(item.sceneFields()), new LinkedHashSet<>(item.industryFields()),
                provider == null ? null : provider.zoneArea(), item.priceMin(), item.priceMax(), item.trl(), record.completed(), record.accepted());
    }

    /**
     * Listeners for several events of one record run at once on different threads. Each refresh reads
     * the record's current state and writes it in a transaction of its own while holding this
     * object's lock, so the last refresh to run leaves the newest state in the index.
     */
    private synchronized void remove(MatchKind kind, Long id) {
        index.remove(kind, id);
    }

    /** Two events of one record may be handled at once: the loser of an insert race updates instead. */
    private synchronized void upsert(MatchSource source) {
        try {
            index.upsert(source);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            index.upsert(source);
        }
    }

    // --- requirements ---

    @ApplicationModuleListener
    void on(RequirementSubmitted event) {
        refreshRequirement(event.requirementId());
    }

    @ApplicationModuleListener
    void on(RequirementAccepted event) {
        refreshRequirement(event.requirementId());
    }

    @ApplicationModuleListener
    void on(RequirementReturned event) {
        refreshRequirement(event.requirementId());
    }

    @ApplicationModuleListener
    void on(RequirementWithdrawn event) {
        remove(MatchKind.REQUIREMENT, event.requirementId());
    }

    @ApplicationModuleListener
    void on(RequirementRejected event) {
        remove(MatchKind.REQUIREMENT, event.requirementId());
    }

    synchronized void refreshRequirement(Long id) {
        RequirementSummary requirement;
        try {
            requirement = SystemUser.callAs("matching-index", SYSTEM_ROLES, () -> requirements.findRequirement(id));
        } catch (BusinessRuleException gone) {
            index.remove(MatchKind.REQUIREMENT, id);
            return;
        }
        if (!INDEXED_REQUIREMENTS.contains(requirement.status())) {
            index.remove(MatchKind.REQUIREMENT, id);
            return;
        }
        upsert(source(requirement));
    }

    MatchSource source(RequirementSummary r) {
        String owner = organisations.findSummary(r.ownerOrganisationId()).map(OrganisationSummary::name).orElse(null);
        String text = Stream.of(r.painPoints(), r.expectedOutcome(), r.indicators())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        return new MatchSource(MatchKind.REQUIREMENT, r.id(), r.ownerOrganisationId(), owner, Visibility.OWNER_ONLY,
                r.title(), text, single(r.sceneField()), single(r.industryField()), r.zoneArea(), r.budgetMin(),
                r.budgetMax(), null, 0, 0);
    }

    // --- opportunities ---

    @ApplicationModuleListener
    void on(OpportunityPublished event) {
        refreshOpportunity(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityCorrected event) {
        refreshOpportunity(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityEvaluationStarted event) {
        refreshOpportunity(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityAwarded event) {
        refreshOpportunity(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityFailed event) {
        refreshOpportunity(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityCancelled event) {
        remove(MatchKind.OPPORTUNITY, event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityWithdrawn event) {
        remove(MatchKind.OPPORTUNITY, event.opportunityId());
    }

    synchronized void refreshOpportunity(Long id) {
        OpportunityDetails opportunity = SystemUser.callAs("matching-index", SYSTEM_ROLES,
                () -> opportunities.findOpportunity(id)).orElse(null);
        if (opportunity == null || !opportunity.published() || opportunity.status() == OpportunityStatus.CANCELLED
                || opportunity.status() == OpportunityStatus.WITHDRAWN) {
            index.remove(MatchKind.OPPORTUNITY, id);
            return;
        }
        upsert(source(opportunity));
    }

    MatchSource source(OpportunityDetails o) {
        Long owner = o.demandOrganisationIds() == null || o.demandOrganisationIds().isEmpty() ? null
                : new TreeSet<>(o.demandOrganisationIds()).first();
        String ownerName = organisations.findSummary(owner).map(OrganisationSummary::name).orElse(null);
        String text = Stream.of(o.summary(), o.scope(), o.indicators(), o.eligibility())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
        Visibility visibility = o.status() == OpportunityStatus.OPEN ? Visibility.PUBLIC : Visibility.OWNER_ONLY;
        return new MatchSource(MatchKind.OPPORTUNITY, o.id(), owner, ownerName, visibility, o.title(), text,
                single(o.sceneField()), single(o.industryField()), o.zoneArea(), o.budget(), o.budget(), null, 0, 0);
    }

    /** Builds the index from the scene workflow's services (used once when the index is empty). */
    int rebuild() {
        int count = 0;
        Set<Long> providerIds = new TreeSet<>();
        for (SupplyItemSummary item : SystemUser.callAs("matching-index", SYSTEM_ROLES, supply::all)) {
            if (item.status() != SupplyItemStatus.DRAFT) {
                upsert(source(item));
                providerIds.add(item.providerOrganisationId());
                count++;
            }
        }
        for (var organisation : organisations.verifiedWithRole(Roles.PROVIDER)) {
            providerIds.add(organisation.id());
        }
        for (Long providerId : providerIds) {
            providers.refreshProvider(providerId);
            count++;
        }
        for (RequirementSummary requirement : SystemUser.callAs("matching-index", SYSTEM_ROLES, requirements::all)) {
            if (INDEXED_REQUIREMENTS.contains(requirement.status())) {
                upsert(source(requirement));
                count++;
            }
        }
        for (OpportunityDetails opportunity : SystemUser.callAs("matching-index", SYSTEM_ROLES,
                opportunities::publishedOpportunities)) {
            if (opportunity.status() != OpportunityStatus.CANCELLED && opportunity.status() != OpportunityStatus.WITHDRAWN) {
                upsert(source(opportunity));
                count++;
            }
        }
        log.info("Matching index built from the scene workflow: {} documents", count);
        return count;
    }

    private static Set<String> single(String code) {
        return code == null || code.isBlank() ? Set.of() : Set.of(code);
    }
}
