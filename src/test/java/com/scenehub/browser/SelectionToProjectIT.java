package com.scenehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.project.AgreementForm;
import com.scenehub.project.EvidenceUpload;
import com.scenehub.project.MilestonePlan;
import com.scenehub.project.MilestoneStatus;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.security.NewAccount;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalForm;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real Chromium: one opportunity through open competition (experts declare and score in the
 * browser, the manager confirms the winner and, after the notice period, makes the award final) to a
 * signed project whose first milestone the demand enterprise accepts; then the dashboards. Screenshots
 * of panel scoring, project tracking and the dashboards in both languages go to docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:selection-it;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class SelectionToProjectIT {

    static final Path SCREENSHOTS = Path.of("docs/screenshots");
    static Playwright playwright;
    static com.microsoft.playwright.Browser chromium;

    @LocalServerPort int port;
    @Autowired SelectionFixtures fixtures;
    @Autowired SelectionService selection;
    @Autowired ProjectService projects;
    @Autowired AccountService accounts;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
        playwright.close();
    }

    Page page(String language) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000).setLocale(language.equals("en") ? "en-US" : "zh-CN"));
        context.addCookies(List.of(new Cookie("scenehub-lang", language.equals("en") ? "en" : "zh-CN")
                .setDomain("localhost").setPath("/")));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    void open(Page page, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        settle(page);
    }

    static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(400);
    }

    void login(Page page, String username) {
        open(page, "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        settle(page);
    }

    static void click(Page page, String text) {
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        settle(page);
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    AccountSummary account(String role, Locale locale) {
        int n = TestData.next();
        return accounts.openAccount(new NewAccount("it" + n, TestData.PASSWORD, (role.equals(Roles.EXPERT)
                ? "评审专家 " : "管委会 ") + n, "it" + n + "@example.test", null, Set.of(role), locale, false));
    }

    /** Declares no conflict for every proposal and scores them, in the browser. */
    void scoreInBrowser(Page page, String noConflict, String save, List<List<String>> points) {
        int cards = page.locator(".sh-panel-card").count();
        for (int i = 0; i < cards; i++) {
            click(page, noConflict);
        }
        for (int card = 0; card < cards; card++) {
            Locator inputs = page.locator(".sh-panel-card").nth(card).locator(".sh-score-grid vaadin-text-field input");
            for (int c = 0; c < 3; c++) {
                inputs.nth(c * 2).fill(points.get(card).get(c));
            }
            page.locator(".sh-panel-card").nth(card).locator("vaadin-button").filter(
                    new Locator.FilterOptions().setHasText(save)).click();
            settle(page);
        }
    }

    @Test
    void openCompetitionToASignedProjectWithOneMetMilestone() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser providerA = data.verifiedOrganisation(Roles.PROVIDER);
        OrgAndUser providerB = data.verifiedOrganisation(Roles.PROVIDER);
        AccountSummary manager = account(Roles.MANAGER, Locale.SIMPLIFIED_CHINESE);
        AccountSummary managerEn = account(Roles.MANAGER, Locale.ENGLISH);
        AccountSummary expert = account(Roles.EXPERT, Locale.SIMPLIFIED_CHINESE);
        AccountSummary expertEn = account(Roles.EXPERT, Locale.ENGLISH);
        OpportunityDetails o = fixtures.published(demand, manager, SelectionMode.OPEN_COMPETITION, Duration.ofDays(7));
        ProposalDetails a = signedIn.as(providerA.user(), () -> selection.createDraft(o.id(), new ProposalForm(
                "AGV 集群调度 + 视觉分拣工作站，WMS 双向接口。", new BigDecimal("900000"), "2026 年 4 月至 9 月，三期交付",
                "项目经理 1 名、算法工程师 3 名、实施工程师 5 名")));
        signedIn.as(providerA.user(), () -> selection.submit(a.id()));
        ProposalDetails b = signedIn.as(providerB.user(), () -> selection.createDraft(o.id(), new ProposalForm(
                "自研搬运机器人与分拣线改造。", new BigDecimal("850000"), "2026 年 5 月至 11 月", "工程师 6 名")));
        signedIn.as(providerB.user(), () -> selection.submit(b.id()));
        clock.set(LocalDateTime.of(2026, 3, 13, 9, 0));
        signedIn.as(manager, () -> selection.formPanel(o.id(), List.of(expert.id(), expertEn.id())));

        // the experts declare and score in the browser
        Page e1 = page("zh");
        login(e1, expert.username());
        open(e1, "selection/" + o.id());
        scoreInBrowser(e1, "本人无利益冲突", "保存评分", List.of(List.of("45", "27", "18"), List.of("40", "25", "17")));
        shot(e1, "selection-panel-scoring-zh");
        Page e2 = page("en");
        login(e2, expertEn.username());
        open(e2, "selection/" + o.id());
        scoreInBrowser(e2, "I have no conflict of interest", "Save scores",
                List.of(List.of("44", "26", "17"), List.of("38", "24", "16")));
        shot(e2, "selection-panel-scoring-en");
        var ranking = signedIn.as(manager, () -> selection.ranking(o.id()));
        assertThat(ranking).allMatch(r -> r.scorers() == 2);
        assertThat(ranking.getFirst().proposalId()).isEqualTo(a.id());
        assertThat(ranking.getFirst().score()).isEqualByComparingTo("88.50");

        // the manager confirms the top-ranked proposal; after the notice period the award is final
        Page m = page("zh");
        login(m, manager.username());
        open(m, "selection/" + o.id());
        shot(m, "selection-ranking-zh");
        click(m, "确认为拟中选方");
        assertThat(signedIn.as(manager, () -> selection.overview(o.id())).opportunity().status())
                .isEqualTo(OpportunityStatus.NOTICE);
        clock.set(LocalDateTime.of(2026, 3, 23, 9, 0));
        open(m, "selection/" + o.id());
        click(m, "确定中选结果");
        var overview = signedIn.as(manager, () -> selection.overview(o.id()));
        assertThat(overview.opportunity().status()).isEqualTo(OpportunityStatus.AWARDED);
        Long projectId = overview.projectId();

        // signing: the agreement, the demand enterprise's and (in the browser) the provider's confirmation
        LocalDate start = LocalDate.of(2026, 4, 1);
        signedIn.as(manager, () -> projects.updateAgreement(projectId, new AgreementForm(new BigDecimal("900000"),
                new BigDecimal("270000"), start, start.plusMonths(6), List.of(
                        new MilestonePlan("AGV 到货安装", "20 台 AGV 到货并完成安装调试", start.plusMonths(2), new BigDecimal("40")),
                        new MilestonePlan("系统上线验收", "WMS 对接、试运行一个月并通过验收", start.plusMonths(6),
                                new BigDecimal("60"))))));
        signedIn.as(demand.user(), () -> projects.confirm(projectId));
        Page p = page("zh");
        login(p, providerA.user().username());
        open(p, "project/" + projectId);
        click(p, "确认协议");
        assertThat(signedIn.as(manager, () -> projects.findProject(projectId)).status()).isEqualTo(ProjectStatus.SIGNED);
        click(p, "启动项目");
        ProjectDetails running = signedIn.as(manager, () -> projects.findProject(projectId));
        assertThat(running.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        signedIn.as(providerA.user(), () -> projects.submitEvidence(running.milestones().getFirst().id(),
                "20 台 AGV 已到货并完成安装调试，附到货验收单。",
                List.of(new EvidenceUpload("到货验收单.pdf", "%PDF-1.7\n%验收\n".getBytes()))));

        // tracking: the demand enterprise accepts the first milestone in the browser
        Page d = page("zh");
        login(d, demand.user().username());
        open(d, "project/" + projectId);
        click(d, "通过");
        ProjectDetails met = signedIn.as(manager, () -> projects.findProject(projectId));
        assertThat(met.milestones().getFirst().status()).isEqualTo(MilestoneStatus.MET);
        open(d, "project/" + projectId);
        shot(d, "project-tracking-zh");
        signedIn.as(manager, () -> projects.recordDisbursement(met.milestones().getFirst().id(), new BigDecimal("108000"),
                "YXGX-ZX-2026-002"));
        Page me = page("en");
        login(me, managerEn.username());
        open(me, "project/" + projectId);
        shot(me, "project-tracking-en");

        // public progress and dashboards in both languages
        Page anonymous = page("zh");
        open(anonymous, "progress/" + o.id());
        assertThat(anonymous.content()).contains(providerA.organisation().name()).doesNotContain("到货验收单.pdf");
        shot(anonymous, "public-progress-zh");
        open(anonymous, "statistics");
        shot(anonymous, "statistics-zh");
        Page anonymousEn = page("en");
        open(anonymousEn, "statistics");
        shot(anonymousEn, "statistics-en");
        open(m, "dashboard");
        shot(m, "dashboard-manager-zh");
        open(me, "dashboard");
        shot(me, "dashboard-manager-en");
        open(p, "my-dashboard");
        shot(p, "dashboard-provider-zh");
        open(e1, "notices");
    }
}
