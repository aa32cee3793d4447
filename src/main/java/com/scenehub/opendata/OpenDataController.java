package com.scenehub.opendata;

import com.scenehub.dashboard.DashboardService;
import com.scenehub.dashboard.StatisticsRow;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.project.ProjectService;
import com.scenehub.shared.i18n.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public open-data API (no login): OCDS release packages, zone statistics and CSV downloads. */
@RestController
@RequestMapping("/api/public/ocds")
@Tag(name = "Open contracting data (OCDS 1.1)",
        description = "Published scene opportunities, awards, contracts and implementation progress of the Yuxi "
                + "High-tech Zone, shaped after the Open Contracting Data Standard. Public, no login.")
class OpenDataController {

    private final OcdsReleases releases;
    private final OpportunityService opportunities;
    private final ProjectService projects;
    private final DashboardService dashboards;

    OpenDataController(OcdsReleases releases, OpportunityService opportunities, ProjectService projects,
            DashboardService dashboards) {
        this.releases = releases;
        this.opportunities = opportunities;
        this.projects = projects;
        this.dashboards = dashboards;
    }

    @GetMapping(value = "/releases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "All published opportunities as one OCDS release package",
            description = "One release per published opportunity (ocid ocds-scenehub-{id}) with planning, tender, "
                    + "awards, contracts and implementation (milestones and grant disbursements).")
    Map<String, Object> all() {
        return releases.packageOfAll(ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString());
    }

    @GetMapping(value = "/releases/{opportunityId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The OCDS release package of one published opportunity")
    ResponseEntity<Map<String, Object>> one(@Parameter(description = "opportunity id") @PathVariable Long opportunityId) {
        return releases.packageOf(opportunityId, ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString())
                .map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Zone-wide statistics (the same figures as the public statistics page)")
    Map<String, Object> statistics() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("zone", row(dashboards.zone(Translations.CHINESE)));
        s.put("bySceneField", dashboards.bySceneField(Translations.CHINESE).stream().map(this::row).toList());
        s.put("byIndustryChain", dashboards.byIndustryChain(Translations.CHINESE).stream().map(this::row).toList());
        s.put("byBatch", dashboards.byBatch(Translations.CHINESE).stream().map(this::row).toList());
        return s;
    }

    private Map<String, Object> row(StatisticsRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", r.key());
        m.put("label", r.label());
        m.put("opportunities", r.opportunities());
        m.put("proposals", r.proposals());
        m.put("awards", r.awards());
        m.put("projects", r.projects());
        m.put("completed", r.completed());
        m.put("budget", r.budget());
        m.put("contracts", r.contracts());
        m.put("grants", r.grants());
        m.put("disbursed", r.disbursed());
        return m;
    }

    @GetMapping(value = "/opportunities.csv", produces = "text/csv")
    @Operation(summary = "Published opportunities as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> opportunitiesCsv() {
        List<List<Object>> rows = opportunities.publishedOpportunities().stream().map(o -> List.<Object>of(
                OcdsReleases.PREFIX + o.id(), nz(o.listTitle()), o.title(), o.selectionMode().name(),
                o.status().name(), money(o.budget()), o.windowOpens().toString(), o.windowCloses().toString(),
                nz(o.sceneField()), nz(o.industryField()), nz(o.zoneArea()))).toList();
        return csv("opportunities.csv", List.of("ocid", "batch", "title", "selection_mode", "status", "budget_cny",
                "window_opens", "window_closes", "scene_field", "industry_field", "zone_area"), rows);
    }

    @GetMapping(value = "/awards.csv", produces = "text/csv")
    @Operation(summary = "Awards, contracts and progress as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> awardsCsv() {
        Map<Long, OpportunityDetails> byId = opportunities.publishedOpportunities().stream()
                .collect(Collectors.toMap(OpportunityDetails::id, Function.identity()));
        List<List<Object>> rows = projects.allPublicProgress().stream().filter(p -> byId.containsKey(p.opportunityId()))
                .map(p -> List.<Object>of(OcdsReleases.PREFIX + p.opportunityId(), p.title(), p.demandName(),
                        p.providerName(), money(p.contractAmount()), money(p.grantAmount()), money(p.disbursedAmount()),
                        p.status().name(), p.milestonesMet(), p.milestones().size(),
                        p.startDate() == null ? "" : p.startDate().toString(),
                        p.endDate() == null ? "" : p.endDate().toString())).toList();
        return csv("awards.csv", List.of("ocid", "title", "demand_enterprise", "provider", "contract_cny", "grant_cny",
                "disbursed_cny", "project_status", "milestones_met", "milestones", "start_date", "end_date"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String cell(Object value) {
        String s = String.valueOf(value);
        // a leading = + - @ would be read as a formula by spreadsheet programs
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static ResponseEntity<byte[]> csv(String name, List<String> header, List<List<Object>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(",", header)).append("\r\n");
        for (List<Object> row : rows) {
            b.append(row.stream().map(OpenDataController::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(b.toString().getBytes(StandardCharsets.UTF_8));
    }

}
