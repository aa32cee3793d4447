package com.scenehub.matching;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.organisation.OrganisationVerified;
import com.scenehub.project.ProjectEvents.MilestoneDecided;
import com.scenehub.project.ProjectEvents.ProjectCompleted;
import com.scenehub.project.ProjectEvents.ProjectTerminated;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.project.ProjectSummary;
import com.scenehub.shared.security.Roles;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Provider documents (DESIGN §6): the provider organisation as a match, from its profile in
 * {@code organisation}, its listed supply items (their documents in this module) and its track record
 * from {@code project}. Kept in step through the organisation and project modules' public events; the
 * supply listener in {@link SceneIndexing} refreshes the provider after each item.
 */
@Component
class ProviderIndexing {

    private static final Set<String> SYSTEM_ROLES = Set.of(Roles.MANAGER);
    private static final int MAX_TEXT = 7000;

    private final MatchingIndex index;
    private final MatchDocumentRepository documents;
    private final OrganisationService organisations;
    private final ProjectService projects;

    ProviderIndexing(MatchingIndex index, MatchDocumentRepository documents, OrganisationService organisations,
            ProjectService projects) {
        this.index = index;
        this.documents = documents;
        this.organisations = organisations;
        this.projects = projects;
    }

    @ApplicationModuleListener
    void on(OrganisationVerified event) {
        refreshProvider(event.organisationId());
    }

    /** A completed project raises the provider's track record: its document and its items' documents. */
    @ApplicationModuleListener
    void on(ProjectCompleted event) {
        refreshTrackRecord(event.providerOrganisationId());
    }

    /** The demand accepting the final delivery puts the project into final acceptance (a delivered project). */
    @ApplicationModuleListener
    void on(MilestoneDecided event) {
        refreshTrackRecord(event.providerOrganisationId());
    }

    @ApplicationModuleListener
    void on(ProjectTerminated event) {
        refreshTrackRecord(event.providerOrganisationId());
    }

    /** The provider's projects: delivered (in final acceptance or completed) and passed final acceptance. */
    TrackRecord trackRecord(Long providerId) {
        if (providerId == null) {
            return TrackRecord.NONE;
        }
        int delivered = 0;
        int accepted = 0;
        for (ProjectSummary project : projects.allSummaries()) {
            if (providerId.equals(project.providerOrganisationId())) {
                if (project.status() == ProjectStatus.COMPLETED) {
                    delivered++;
                    accepted++;
                } else if (project.status() == ProjectStatus.ACCEPTANCE) {
                    delivered++;
                }
            }
        }
        return new TrackRecord(delivered, accepted);
    }

    synchronized void refreshTrackRecord(Long providerId) {
        if (providerId == null) {
            return;
        }
        TrackRecord record = trackRecord(providerId);
        for (MatchDocument item : documents.findByKindAndOwnerOrganisationId(MatchKind.SUPPLY_ITEM, providerId)) {
            index.updateTrackRecord(item.getId(), record.completed(), record.accepted());
        }
        refreshProvider(providerId, record);
    }

    synchronized void refreshProvider(Long providerId) {
        if (providerId != null) {
            refreshProvider(providerId, trackRecord(providerId));
        }
    }

    private void refreshProvider(Long providerId, TrackRecord record) {
        OrganisationSummary organisation = organisations.findSummary(providerId).orElse(null);
        List<MatchDocument> items = documents.findByKindAndOwnerOrganisationId(MatchKind.SUPPLY_ITEM, providerId)
                .stream().filter(d -> d.getVisibility() == Visibility.PUBLIC).toList();
        boolean provider = organisation != null && (organisation.appliedRoles().contains(Roles.PROVIDER) || !items.isEmpty());
        if (!provider) {
            index.remove(MatchKind.PROVIDER, providerId);
            return;
        }
        MatchSource source = source(organisation, items, record);
        try {
            index.upsert(source);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            index.upsert(source);
        }
    }

    static MatchSource source(OrganisationSummary organisation, List<MatchDocument> items, TrackRecord record) {
        StringBuilder text = new StringBuilder();
        Set<String> scenes = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        if (organisation.industryField() != null) {
            fields.add(organisation.industryField());
        }
        BigDecimal min = null;
        BigDecimal max = null;
        Integer trl = null;
        for (MatchDocument item : items) {
            if (text.length() < MAX_TEXT) {
                text.append(item.getTitle()).append('\n');
                if (item.getBody() != null) {
                    text.append(item.getBody()).append('\n');
                }
            }
            scenes.addAll(item.getSceneFieldCodes());
            fields.addAll(item.getIndustryFieldCodes());
            if (item.getAmountMin() != null && (min == null || item.getAmountMin().compareTo(min) < 0)) {
                min = item.getAmountMin();
            }
            if (item.getAmountMax() != null && (max == null || item.getAmountMax().compareTo(max) > 0)) {
                max = item.getAmountMax();
            }
            if (item.getTrl() != null && (trl == null || item.getTrl() > trl)) {
                trl = item.getTrl();
            }
        }
        String body = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
        Visibility visibility = organisation.verified() ? Visibility.PUBLIC : Visibility.OWNER_ONLY;
        return new MatchSource(MatchKind.PROVIDER, organisation.id(), organisation.id(), organisation.name(), visibility,
                organisation.name(), body, scenes, fields, organisation.zoneArea(), min, max, trl, record.completed(),
                record.accepted());
    }

    /** Delivered projects (final acceptance reached or passed) and those that passed final acceptance. */
    record TrackRecord(int completed, int accepted) {
        static final TrackRecord NONE = new TrackRecord(0, 0);
    }
}
