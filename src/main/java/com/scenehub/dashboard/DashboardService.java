package com.scenehub.dashboard;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.project.ProjectSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalStatus;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the dashboards and the public statistics. Only published opportunities count; proposals
 * are counted only after their window has closed, so that no count reveals competition early.
 */
@Service
public class DashboardService {

    private final OpportunityService opportunities;
    private final SelectionService selection;
    private final ProjectService projects;
    private final RequirementService requirements;
    private final ReferenceDataService referenceData;
    private final AuthenticatedUser authenticatedUser;

    DashboardService(OpportunityService opportunities, SelectionService selection, ProjectService projects,
            RequirementService requirements, ReferenceDataService referenceData, AuthenticatedUser authenticatedUser) {
        this.opportunities = opportunities;
        this.selection = selection;
        this.projects = projects;
        this.requirements = requirements;
        this.referenceData = referenceData;
        this.authenticatedUser = authenticatedUser;
    }

    /** Zone-wide totals, public. */
    @Transactional(readOnly = true)
    public StatisticsRow zone(Locale locale) {
        Data d = data(DashboardFilter.NONE);
        return row("ZONE", "", d.opportunities, d);
    }

    /** Public breakdown by scene field. */
    @Transactional(readOnly = true)
    public List<StatisticsRow> bySceneField(Locale locale) {
        return grouped(DashboardFilter.NONE, OpportunityDetails::sceneField,
                code -> referenceData.label(ReferenceKind.SCENE_FIELD, code, locale));
    }

    /** Public breakdown by industry chain (the zone's "231" system). */
    @Transactional(readOnly = true)
    public List<StatisticsRow> byIndustryChain(Locale locale) {
        return grouped(DashboardFilter.NONE, o -> chain(o.industryField()),
                code -> referenceData.label(ReferenceKind.INDUSTRY_CHAIN, code, locale));
    }

    /** Public breakdown by published batch. */
    @Transactional(readOnly = true)
    public List<StatisticsRow> byBatch(Locale locale) {
        return grouped(DashboardFilter.NONE, o -> o.listId() == null ? null : String.valueOf(o.listId()),
                id -> titleOfBatch(id));
    }

    /** Published opportunities by state, public. */
    @Transactional(readOnly = true)
    public Map<OpportunityStatus, Long> opportunitiesByStatus() {
        Map<OpportunityStatus, Long> counts = new EnumMap<>(OpportunityStatus.class);
        data(DashboardFilter.NONE).opportunities.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    /** The managers' pipeline, optionally narrowed. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public Pipeline managerPipeline(DashboardFilter filter) {
        Data d = data(filter);
        List<RequirementSummary> reqs = requirements.all().stream()
                .filter(r -> filter.sceneField() == null || filter.sceneField().equals(r.sceneField()))
                .filter(r -> filter.industryChain() == null || filter.industryChain().equals(chain(r.industryField())))
                .filter(r -> filter.batchId() == null || d.opportunities.stream()
                        .anyMatch(o -> o.requirementIds().contains(r.id())))
                .toList();
        StatisticsRow row = row("ALL", "", d.opportunities, d);
        return new Pipeline(reqs.size(), row.opportunities(), row.proposals(), row.awards(), row.projects(),
                row.completed());
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<StatisticsRow> managerBreakdown(DashboardFilter filter, String by, Locale locale) {
        return switch (by) {
            case "batch" -> grouped(filter, o -> o.listId() == null ? null : String.valueOf(o.listId()), this::titleOfBatch);
            case "chain" -> grouped(filter, o -> chain(o.industryField()),
                    code -> referenceData.label(ReferenceKind.INDUSTRY_CHAIN, code, locale));
            default -> grouped(filter, OpportunityDetails::sceneField,
                    code -> referenceData.label(ReferenceKind.SCENE_FIELD, code, locale));
        };
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public StatisticsRow managerTotals(DashboardFilter filter) {
        Data d = data(filter);
        return row("ALL", "", d.opportunities, d);
    }

    /** Running projects with overdue milestones. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<ProjectSummary> overdueProjects() {
        return projects.allSummaries().stream().filter(p -> p.overdueMilestones() > 0).toList();
    }

    /** An enterprise's own figures: its requirements, its opportunities and their projects. */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional(readOnly = true)
    public OwnFigures enterpriseFigures() {
        CurrentUser user = authenticatedUser.require();
        List<RequirementSummary> mine = requirements.mine();
        Map<String, Long> reqByStatus = mine.stream().collect(Collectors.groupingBy(r -> r.status().name(),
                LinkedHashMap::new, Collectors.counting()));
        List<OpportunityDetails> opps = opportunities.publishedOpportunities().stream()
                .filter(o -> o.demandOrganisationIds().contains(user.organisationId())).toList();
        List<ProjectSummary> own = projects.visibleProjects().stream()
                .filter(p -> user.organisationId().equals(p.demandOrganisationId())).toList();
        Map<Long, Long> received = selection.receivedCountsAfterClose();
        long proposals = opps.stream().mapToLong(o -> received.getOrDefault(o.id(), 0L)).sum();
        return figures(reqByStatus, opps.size(), proposals,
                opps.stream().filter(o -> o.status() == OpportunityStatus.AWARDED).count(), own);
    }

    /** A provider's own figures: its proposals by state, wins, projects and milestones. */
    @RolesAllowed(Roles.PROVIDER)
    @Transactional(readOnly = true)
    public OwnFigures providerFigures() {
        CurrentUser user = authenticatedUser.require();
        List<ProposalDetails> mine = selection.myProposals();
        Map<String, Long> byStatus = mine.stream().collect(Collectors.groupingBy(p -> p.status().name(),
                LinkedHashMap::new, Collectors.counting()));
        List<ProjectSummary> own = projects.visibleProjects().stream()
                .filter(p -> user.organisationId().equals(p.providerOrganisationId())).toList();
        return figures(byStatus, mine.size(),
                mine.stream().filter(p -> p.status().received()).count(),
                mine.stream().filter(p -> p.status() == ProposalStatus.WINNER).count(), own);
    }

    private OwnFigures figures(Map<String, Long> byStatus, long first, long second, long awards,
            List<ProjectSummary> own) {
        return new OwnFigures(byStatus, first, second, awards, own.size(),
                own.stream().filter(p -> p.status() == ProjectStatus.COMPLETED).count(),
                own.stream().mapToLong(ProjectSummary::milestones).sum(),
                own.stream().mapToLong(ProjectSummary::milestonesMet).sum(),
                own.stream().mapToLong(ProjectSummary::overdueMilestones).sum(),
                sum(own, ProjectSummary::contractAmount), sum(own, ProjectSummary::grantAmount),
                sum(own, ProjectSummary::disbursedAmount), own);
    }

    /**
     * A user's own figures. For an enterprise {@code byStatus} counts its requirements, {@code first} its
     * published opportunities and {@code second} the proposals they received; for a provider {@code byStatus}
     * counts its proposals, {@code first} all of them and {@code second} the submitted ones.
     */
    public record OwnFigures(Map<String, Long> byStatus, long first, long second, long awards, long projects,
            long completed, long milestones, long milestonesMet, long overdue, BigDecimal contracts, BigDecimal grants,
            BigDecimal disbursed, List<ProjectSummary> projectList) {
    }

    // ---- internals -----------------------------------------------------------------------------

    private record Data(List<OpportunityDetails> opportunities, Map<Long, Long> proposals,
            Map<Long, ProjectSummary> projectsByOpportunity) {
    }

    private Data data(DashboardFilter filter) {
        List<OpportunityDetails> published = opportunities.publishedOpportunities().stream()
                .filter(o -> filter.batchId() == null || filter.batchId().equals(o.listId()))
                .filter(o -> filter.sceneField() == null || filter.sceneField().equals(o.sceneField()))
                .filter(o -> filter.industryChain() == null || filter.industryChain().equals(chain(o.industryField())))
                .toList();
        Map<Long, ProjectSummary> byOpportunity = projects.allSummaries().stream()
                .collect(Collectors.toMap(ProjectSummary::opportunityId, Function.identity(), (a, b) -> a));
        return new Data(published, selection.receivedCountsAfterClose(), byOpportunity);
    }

    private List<StatisticsRow> grouped(DashboardFilter filter, Function<OpportunityDetails, String> key,
            Function<String, String> label) {
        Data d = data(filter);
        Map<String, List<OpportunityDetails>> groups = d.opportunities.stream().filter(o -> key.apply(o) != null)
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        List<StatisticsRow> rows = new ArrayList<>();
        groups.forEach((k, list) -> rows.add(row(k, label.apply(k), list, d)));
        return rows;
    }

    private StatisticsRow row(String key, String label, List<OpportunityDetails> list, Data d) {
        List<ProjectSummary> ps = list.stream().map(o -> d.projectsByOpportunity.get(o.id())).filter(Objects::nonNull)
                .toList();
        return new StatisticsRow(key, label, list.size(),
                list.stream().mapToLong(o -> d.proposals.getOrDefault(o.id(), 0L)).sum(),
                list.stream().filter(o -> o.status() == OpportunityStatus.AWARDED).count(), ps.size(),
                ps.stream().filter(p -> p.status() == ProjectStatus.COMPLETED).count(),
                list.stream().map(OpportunityDetails::budget).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add),
                sum(ps, ProjectSummary::contractAmount), sum(ps, ProjectSummary::grantAmount),
                sum(ps, ProjectSummary::disbursedAmount));
    }

    private static BigDecimal sum(List<ProjectSummary> list, Function<ProjectSummary, BigDecimal> f) {
        return list.stream().map(f).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String chain(String industryField) {
        return industryField == null ? null : referenceData.chainOfField(industryField);
    }

    private String titleOfBatch(String id) {
        return opportunities.publishedLists().stream().filter(l -> String.valueOf(l.id()).equals(id)).findFirst()
                .map(l -> l.title()).orElse(id);
    }
}
