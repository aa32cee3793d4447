package com.scenehub.opendata;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.project.ProjectStatus;
import com.scenehub.project.ProjectService;
import com.scenehub.project.PublicProgress;
import com.scenehub.selection.SelectionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds OCDS 1.1 releases from published opportunities and their projects. Only public facts:
 * the number of tenderers is given after the window has closed, never the proposals themselves.
 */
@Component
class OcdsReleases {

    static final String PREFIX = "ocds-scenehub-";
    static final String CURRENCY = "CNY";

    private final OpportunityService opportunities;
    private final ProjectService projects;
    private final SelectionService selection;
    private final OrganisationService organisations;
    private final Clock clock;

    OcdsReleases(OpportunityService opportunities, ProjectService projects, SelectionService selection,
            OrganisationService organisations, Clock clock) {
        this.opportunities = opportunities;
        this.projects = projects;
        this.selection = selection;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Map<String, Object> packageOfAll(String uri) {
        Map<Long, Long> tenderers = selection.receivedCountsAfterClose();
        Map<Long, PublicProgress> progress = projects.allPublicProgress().stream()
                .collect(Collectors.toMap(PublicProgress::opportunityId, p -> p, (a, b) -> a));
        List<Map<String, Object>> releases = opportunities.publishedOpportunities().stream()
                .map(o -> release(o, tenderers.get(o.id()), progress.get(o.id()))).toList();
        return releasePackage(uri, releases);
    }

    @Transactional(readOnly = true)
    Optional<Map<String, Object>> packageOf(Long opportunityId, String uri) {
        return opportunities.findOpportunity(opportunityId).filter(o -> o.status().published())
                .map(o -> releasePackage(uri, List.of(release(o, selection.receivedCountsAfterClose().get(o.id()),
                        projects.publicProgress(o.id()).orElse(null)))));
    }

    private Map<String, Object> releasePackage(String uri, List<Map<String, Object>> releases) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("uri", uri);
        p.put("version", "1.1");
        p.put("publishedDate", clock.instant().toString());
        p.put("publisher", Map.of("name", "玉溪高新区管委会 SceneHub (Yuxi High-tech Zone Management Committee)"));
        p.put("license", "https://creativecommons.org/licenses/by/4.0/");
        p.put("publicationPolicy", "Published opportunities, awards, contracts and milestone progress of the "
                + "scene workflow. Proposals, evaluation papers and milestone evidence are confidential and never published.");
        p.put("releases", releases);
        return p;
    }

    Map<String, Object> release(OpportunityDetails o, Long tenderers, PublicProgress progress) {
        String ocid = PREFIX + o.id();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ocid", ocid);
        r.put("id", ocid + "-" + o.status().name().toLowerCase() + "-" + o.updatedAt().toEpochMilli());
        r.put("date", o.updatedAt().toString());
        List<String> tags = new ArrayList<>();
        tags.add("tender");
        if (o.status() == OpportunityStatus.AWARDED) {
            tags.add("award");
        }
        if (progress != null && progress.status() != ProjectStatus.DRAFT) {
            tags.add("contract");
            tags.add("implementation");
        }
        r.put("tag", tags);
        r.put("initiationType", "tender");
        r.put("language", "zh");

        List<Map<String, Object>> parties = new ArrayList<>();
        Long buyerId = o.demandOrganisationIds().isEmpty() ? null : new TreeSet<>(o.demandOrganisationIds()).first();
        for (Long demand : new TreeSet<>(o.demandOrganisationIds())) {
            parties.add(party(demand, List.of("buyer")));
        }
        parties.add(Map.of("id", "yxhz-committee", "name", "玉溪高新区管委会", "roles", List.of("procuringEntity", "funder")));
        if (o.winnerOrganisationId() != null) {
            parties.add(party(o.winnerOrganisationId(), List.of("supplier")));
        }
        r.put("parties", parties);
        if (buyerId != null) {
            r.put("buyer", reference(buyerId));
        }

        Map<String, Object> planning = new LinkedHashMap<>();
        planning.put("rationale", o.summary());
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("description", o.supportPolicy());
        budget.put("amount", value(o.budget()));
        planning.put("budget", budget);
        r.put("planning", planning);

        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", "tender-" + o.id());
        tender.put("title", o.title());
        tender.put("description", o.scope());
        tender.put("status", tenderStatus(o.status()));
        tender.put("value", value(o.budget()));
        tender.put("procurementMethod", o.selectionMode() == SelectionMode.OPEN_COMPETITION ? "open" : "selective");
        tender.put("procurementMethodDetails", o.selectionMode() == SelectionMode.OPEN_COMPETITION
                ? "揭榜挂帅 (open competition)" : "定向对接 (direct docking)");
        tender.put("mainProcurementCategory", "services");
        tender.put("awardCriteria", "ratedCriteria");
        tender.put("awardCriteriaDetails", o.criteria().stream()
                .map(c -> c.name() + " (" + c.weight() + ")").collect(Collectors.joining("; ")));
        tender.put("eligibilityCriteria", o.eligibility());
        tender.put("tenderPeriod", Map.of("startDate", o.windowOpens().toString(), "endDate", o.windowCloses().toString()));
        if (tenderers != null && !clock.instant().isBefore(o.windowCloses())) {
            tender.put("numberOfTenderers", tenderers);
        }
        if (o.outcomeReason() != null) {
            tender.put("statusDetails", o.outcomeReason());
        }
        if (o.listTitle() != null) {
            tender.put("lots", List.of(Map.of("id", "list-" + o.listId(), "title", o.listTitle())));
        }
        r.put("tender", tender);

        if (o.winnerOrganisationId() != null) {
            Map<String, Object> award = new LinkedHashMap<>();
            award.put("id", "award-" + o.id());
            award.put("title", o.title());
            award.put("status", o.status() == OpportunityStatus.AWARDED ? "active" : "pending");
            award.put("date", o.updatedAt().toString());
            if (progress != null) {
                award.put("value", value(progress.contractAmount()));
            }
            award.put("suppliers", List.of(reference(o.winnerOrganisationId())));
            r.put("awards", List.of(award));
        }
        if (progress != null) {
            Map<String, Object> contract = new LinkedHashMap<>();
            contract.put("id", "contract-" + progress.projectId());
            contract.put("awardID", "award-" + o.id());
            contract.put("title", progress.title());
            contract.put("status", switch (progress.status()) {
                case DRAFT -> "pending";
                case SIGNED, IN_PROGRESS, ACCEPTANCE -> "active";
                case COMPLETED -> "terminated";
                case TERMINATED -> "cancelled";
            });
            contract.put("statusDetails", progress.status().name());
            contract.put("value", value(progress.contractAmount()));
            if (progress.startDate() != null) {
                contract.put("period", Map.of("startDate", progress.startDate().toString(),
                        "endDate", progress.endDate().toString()));
            }
            Map<String, Object> implementation = new LinkedHashMap<>();
            implementation.put("milestones", progress.milestones().stream().map(m -> {
                Map<String, Object> ms = new LinkedHashMap<>();
                ms.put("id", "milestone-" + progress.projectId() + "-" + (progress.milestones().indexOf(m) + 1));
                ms.put("title", m.name());
                ms.put("type", "delivery");
                ms.put("dueDate", m.dueDate().toString());
                ms.put("status", m.met() ? "met" : m.overdue() ? "notMet" : "scheduled");
                ms.put("value", value(progress.contractAmount().multiply(m.paymentShare())
                        .divide(new BigDecimal("100"), 2, java.math.RoundingMode.HALF_UP)));
                return ms;
            }).toList());
            Map<String, Object> grant = new LinkedHashMap<>();
            grant.put("id", "grant-" + progress.projectId());
            grant.put("source", "玉溪高新区场景专项资金 (scene support fund)");
            grant.put("value", value(progress.disbursedAmount()));
            grant.put("payer", Map.of("id", "yxhz-committee", "name", "玉溪高新区管委会"));
            grant.put("payee", reference(o.winnerOrganisationId()));
            implementation.put("transactions", progress.disbursedAmount().signum() > 0 ? List.of(grant) : List.of());
            contract.put("implementation", implementation);
            Map<String, Object> support = new LinkedHashMap<>();
            support.put("grantApproved", value(progress.grantAmount()));
            support.put("grantDisbursed", value(progress.disbursedAmount()));
            contract.put("sceneSupportGrant", support);
            r.put("contracts", List.of(contract));
        }
        return r;
    }

    static String tenderStatus(OpportunityStatus status) {
        return switch (status) {
            case OPEN -> "active";
            case EVALUATING, NOTICE, AWARDED -> "complete";
            case FAILED -> "unsuccessful";
            case CANCELLED -> "cancelled";
            case WITHDRAWN -> "withdrawn";
            case DESIGNING, READY -> "planning";
        };
    }

    private Map<String, Object> party(Long organisationId, List<String> roles) {
        Map<String, Object> p = new LinkedHashMap<>(reference(organisationId));
        OrganisationSummary org = organisations.findSummary(organisationId).orElse(null);
        if (org != null) {
            p.put("identifier", Map.of("scheme", "CN-USCC", "id", org.creditCode(), "legalName", org.name()));
        }
        p.put("roles", roles);
        return p;
    }

    private Map<String, Object> reference(Long organisationId) {
        return Map.of("id", "org-" + organisationId,
                "name", organisations.findSummary(organisationId).map(OrganisationSummary::name).orElse(""));
    }

    static Map<String, Object> value(BigDecimal amount) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("amount", amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP));
        v.put("currency", CURRENCY);
        return v;
    }
}
