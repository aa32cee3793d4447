package com.scenehub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.dashboard.DashboardService;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SelectionFixtures.Awarded;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public OCDS API over real HTTP without login: its shape, its figures, and what it never shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class OpenDataApiTest {

    @LocalServerPort int port;
    @Autowired SelectionFixtures fixtures;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired DashboardService dashboards;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String text(JsonNode node) {
        String s = node.toString();
        return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(text(n)));
        return out;
    }

    @Test
    void aReleasePackageFollowsOcdsAndCarriesPlanningTenderAwardContractAndImplementation() throws Exception {
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser provider = data.verifiedOrganisation(Roles.PROVIDER);
        OrgAndUser other = data.verifiedOrganisation(Roles.PROVIDER);
        AccountSummary manager = data.staff(Roles.MANAGER);
        Awarded awarded = fixtures.awardedWithOneMetMilestone(demand, provider, other, manager, clock);
        long id = awarded.opportunity().id();

        HttpResponse<String> response = get("/api/public/ocds/releases/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).contains("application/json");
        JsonNode pkg = json.readTree(response.body());
        assertThat(text(pkg.get("version"))).isEqualTo("1.1");
        assertThat(text(pkg.get("uri"))).endsWith("/api/public/ocds/releases/" + id);
        assertThat(pkg.has("publishedDate")).isTrue();
        assertThat(pkg.get("publisher").has("name")).isTrue();
        assertThat(pkg.get("releases").isArray()).isTrue();
        assertThat(pkg.get("releases").size()).isEqualTo(1);

        JsonNode r = pkg.get("releases").get(0);
        assertThat(text(r.get("ocid"))).isEqualTo("ocds-scenehub-" + id);
        assertThat(text(r.get("id"))).startsWith("ocds-scenehub-" + id + "-awarded-");
        assertThat(texts(r.get("tag"))).containsExactly("tender", "award", "contract", "implementation");
        assertThat(text(r.get("initiationType"))).isEqualTo("tender");
        assertThat(texts(r.get("parties").findValues("name").stream().collect(JsonMapperHelper.toArray(json))))
                .contains(demand.organisation().name(), provider.organisation().name());
        assertThat(r.get("parties").toString()).contains("\"buyer\"").contains("\"supplier\"");
        assertThat(text(r.get("buyer").get("name"))).isEqualTo(demand.organisation().name());
        assertThat(text(r.get("planning").get("budget").get("amount").get("currency"))).isEqualTo("CNY");
        assertThat(r.get("planning").get("budget").get("amount").get("amount").isNumber()).isTrue();

        JsonNode tender = r.get("tender");
        assertThat(text(tender.get("status"))).isEqualTo("complete");
        assertThat(text(tender.get("procurementMethod"))).isEqualTo("selective");
        assertThat(tender.get("numberOfTenderers").toString()).isEqualTo("2");
        assertThat(tender.get("tenderPeriod").has("startDate")).isTrue();
        assertThat(tender.get("tenderPeriod").has("endDate")).isTrue();

        JsonNode award = r.get("awards").get(0);
        assertThat(text(award.get("status"))).isEqualTo("active");
        assertThat(text(award.get("suppliers").get(0).get("name"))).isEqualTo(provider.organisation().name());
        assertThat(new java.math.BigDecimal(award.get("value").get("amount").toString())).isEqualByComparingTo("880000");

        JsonNode contract = r.get("contracts").get(0);
        assertThat(text(contract.get("awardID"))).isEqualTo(text(award.get("id")));
        assertThat(text(contract.get("status"))).isEqualTo("active");
        assertThat(contract.get("period").has("startDate")).isTrue();
        JsonNode milestones = contract.get("implementation").get("milestones");
        assertThat(milestones.size()).isEqualTo(2);
        assertThat(texts(milestones.findValues("status").stream().collect(JsonMapperHelper.toArray(json))))
                .containsExactly("met", "scheduled");
        assertThat(new java.math.BigDecimal(contract.get("implementation").get("transactions").get(0).get("value")
                .get("amount").toString())).isEqualByComparingTo("105600");

        // never the sealed proposals, the losing provider's price, or the milestone evidence
        assertThat(response.body()).doesNotContain("保密技术方案").doesNotContain("910000")
                .doesNotContain("保密交付说明").doesNotContain("到货验收单.pdf");
    }

    @Test
    void duringTheWindowNeitherProposalsNorTheirNumberArePublished() throws Exception {
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        AccountSummary manager = data.staff(Roles.MANAGER);
        var o = fixtures.published(demand, manager, SelectionMode.OPEN_COMPETITION, Duration.ofDays(7));
        JsonNode r = json.readTree(get("/api/public/ocds/releases/" + o.id()).body()).get("releases").get(0);
        assertThat(text(r.get("tender").get("status"))).isEqualTo("active");
        assertThat(r.get("tender").has("numberOfTenderers")).isFalse();
        assertThat(r.has("awards")).isFalse();
        assertThat(get("/api/public/ocds/releases/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theStatisticsAndCsvShowTheSameFiguresAsTheDashboards() throws Exception {
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        Awarded awarded = fixtures.awardedWithOneMetMilestone(demand, data.verifiedOrganisation(Roles.PROVIDER),
                data.verifiedOrganisation(Roles.PROVIDER), data.staff(Roles.MANAGER), clock);
        var zone = dashboards.zone(Translations.CHINESE);
        JsonNode stats = json.readTree(get("/api/public/ocds/statistics").body()).get("zone");
        assertThat(stats.get("opportunities").toString()).isEqualTo(String.valueOf(zone.opportunities()));
        assertThat(stats.get("awards").toString()).isEqualTo(String.valueOf(zone.awards()));
        assertThat(stats.get("projects").toString()).isEqualTo(String.valueOf(zone.projects()));
        assertThat(stats.get("proposals").toString()).isEqualTo(String.valueOf(zone.proposals()));
        assertThat(zone.awards()).isPositive();

        JsonNode all = json.readTree(get("/api/public/ocds/releases").body());
        assertThat(all.get("releases").size()).isEqualTo((int) zone.opportunities());

        HttpResponse<String> csv = get("/api/public/ocds/awards.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFocid,title,demand_enterprise,provider,contract_cny");
        assertThat(csv.body()).contains("ocds-scenehub-" + awarded.opportunity().id() + ",")
                .contains(",880000.00,264000.00,105600.00,IN_PROGRESS,1,2,");
        HttpResponse<String> opps = get("/api/public/ocds/opportunities.csv");
        assertThat(opps.body()).contains(awarded.opportunity().title());
    }

    @Test
    void csvCellsAreEscapedAndFormulaSafe() {
        assertThat(OpenDataController.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(OpenDataController.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(OpenDataController.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(OpenDataController.cell(-5)).isEqualTo("-5");
    }
}
