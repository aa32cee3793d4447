package com.scenehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.project.MilestoneStatus;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.security.NewAccount;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalForm;
import com.scenehub.selection.ProposalStatus;
import com.scenehub.selection.SelectionOverview;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.Browser;
import com.scenehub.support.SelectionFixtures;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestClock;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real Chromium, through the screens: an open competition (揭榜挂帅) from a provider's proposal to
 * a signed project whose first milestone the demand enterprise accepts, and a direct docking from the
 * shortlist to a project. Only the published opportunity (the scene workflow before selection), a
 * second competing proposal and the passing of time are set up through services and the test clock.
 * Screenshots of every step in both languages go to docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:selection-it;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class SelectionToProjectIT {

    static final Properties ZH = load("translations_zh_CN.properties");
    static final Properties EN = load("translations.properties");
    static Browser browser;

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
        // started lazily: the port is known only in the instance
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Properties load(String file) {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/vaadin-i18n", file)),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String zh(String key, Object... args) {
        return MessageFormat.format(ZH.getProperty(key), args);
    }

    static String en(String key, Object... args) {
        return MessageFormat.format(EN.getProperty(key), args);
    }

    Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }

    /** A signed-in window in the given language ("zh" or "en"). */
    Page as(String username, String language) {
        Page page = browser().newPage();
        browser().login(page, username, TestData.PASSWORD);
        if (language.equals("en")) {
            Browser.switchLanguage(page, "English");
        }
        return page;
    }

    Page anonymous(String language) {
        Page page = browser().newPage();
        browser().open(page, "");
        if (language.equals("en")) {
            Browser.switchLanguage(page, "English");
        }
        return page;
    }

    void open(Page page, String path) {
        browser().open(page, path);
    }

    static Locator button(Page page, String text) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    static void click(Page page, String text) {
        button(page, text).click();
        Browser.settle(page);
    }

    static void clickId(Page page, String id) {
        page.locator("#" + id).click();
        Browser.settle(page);
    }

    /** Types into a Vaadin field's input (text, decimal, date) and leaves it, as a user would. */
    static void type(Locator field, String text) {
        Locator input = field.locator("input, textarea").first();
        input.fill(text);
        if ("vaadin-date-picker".equalsIgnoreCase((String) field.evaluate("e => e.localName"))) {
            input.press("Enter"); // commits the typed date and closes the calendar
        }
        input.press("Tab");
        Browser.settle(field.page());
    }

    static String text(Page page) {
        return page.locator("main, body").first().innerText();
    }

    static void assertToast(Page page, String text) {
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).count())
                .as("notification '%s'", text).isPositive();
    }

    static void shot(Page page, String name) {
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    AccountSummary staff(String role, String name, Locale locale) {
        int n = TestData.next();
        return accounts.openAccount(new NewAccount("it" + n, TestData.PASSWORD, name + " " + n, "it" + n + "@example.test",
                null, Set.of(role), locale, false));
    }

    /** Declares no conflict on every card, then scores each card with the given points (and comments). */
    static void declareNoConflicts(Page page, String declareNone) {
        while (button(page, declareNone).count() > 0 && button(page, declareNone).isVisible()) {
            click(page, declareNone);
        }
    }

    static void score(Page page, int card, List<String> points, List<String> comments, String save) {
        Locator c = page.locator(".sh-panel-card").nth(card);
        for (int i = 0; i < points.size(); i++) {
            type(c.locator(".sh-score-grid vaadin-big-decimal-field").nth(i), points.get(i));
            type(c.locator(".sh-score-grid vaadin-text-field").nth(i), comments.get(i));
        }
        c.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(save)).click();
        Browser.settle(page);
    }

    @Test
    void openCompetitionThroughTheScreensToASignedProjectWithOneMetMilestone() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser providerA = data.verifiedOrganisation(Roles.PROVIDER);
        OrgAndUser providerB = data.verifiedOrganisation(Roles.PROVIDER);
        AccountSummary manager = staff(Roles.MANAGER, "管委会 王主任", Locale.SIMPLIFIED_CHINESE);
        AccountSummary managerEn = staff(Roles.MANAGER, "Zone office Li", Locale.ENGLISH);
        AccountSummary expert = staff(Roles.EXPERT, "评审专家 张教授", Locale.SIMPLIFIED_CHINESE);
        AccountSummary expertEn = staff(Roles.EXPERT, "Expert Chen", Locale.ENGLISH);
        OpportunityDetails o = fixtures.published(demand, manager, SelectionMode.OPEN_COMPETITION, Duration.ofDays(7));

        // 1. provider A applies with a proposal in the browser before the deadline
        Page a = as(providerA.user().username(), "zh");
        open(a, "proposal/" + o.id());
        type(a.locator("#proposal-approach"), "AGV 集群调度 + 视觉分拣工作站，WMS 双向接口。");
        a.locator("#proposal-price input").pressSequentially("九十万"); // the field lets no letters in
        assertThat(a.locator("#proposal-price input").inputValue()).isEmpty();
        type(a.locator("#proposal-price"), "90.0.0");
        type(a.locator("#proposal-schedule"), "2026 年 4 月至 9 月，三期交付");
        type(a.locator("#proposal-team"), "项目经理 1 名、算法工程师 3 名、实施工程师 5 名");
        clickId(a, "proposal-save");
        assertThat(a.locator("#proposal-price [slot=error-message]").innerText())
                .contains(zh("error.money.format"));
        assertThat(a.locator("#proposal-approach textarea").inputValue()).startsWith("AGV 集群调度");
        type(a.locator("#proposal-price"), "900000");
        clickId(a, "proposal-save");
        a.locator("vaadin-upload input[type=file]").first().setInputFiles(new FilePayload("技术方案.pdf", "application/pdf",
                "%PDF-1.7\n% 技术方案\n".getBytes(StandardCharsets.UTF_8)));
        a.waitForTimeout(800);
        Browser.settle(a);
        assertThat(a.locator(".sh-attachment-list").innerText()).contains("技术方案.pdf");
        shot(a, "selection-proposal-zh");
        clickId(a, "proposal-submit");
        assertThat(text(a)).contains(zh("proposal.status.SUBMITTED"));
        // a competing proposal (set up through the service)
        ProposalDetails b = signedIn.as(providerB.user(), () -> selection.createDraft(o.id(), new ProposalForm(
                "自研搬运机器人与分拣线改造。", new BigDecimal("850000"), "2026 年 5 月至 11 月", "工程师 6 名")));
        signedIn.as(providerB.user(), () -> selection.submit(b.id()));

        // 2. the window closes; the manager forms the expert panel in the browser
        clock.set(LocalDateTime.of(2026, 3, 13, 9, 0));
        Page m = as(manager.username(), "zh");
        open(m, "selection/" + o.id());
        for (AccountSummary e : List.of(expert, expertEn)) {
            m.locator("#panel-experts input").fill(e.displayName());
            m.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText(e.displayName())).first().click();
        }
        m.keyboard().press("Escape");
        clickId(m, "panel-form");
        assertThat(text(m)).contains(expert.displayName()).contains(expertEn.displayName());

        // 3. each expert declares no conflict and scores every criterion; a low score needs a comment
        Page e1 = as(expert.username(), "zh");
        open(e1, "selection/" + o.id());
        declareNoConflicts(e1, zh("selection.declare-none"));
        assertThat(e1.locator(".sh-panel-card").count()).isEqualTo(2);
        int cardA = e1.locator(".sh-panel-card").nth(0).innerText().contains(providerA.organisation().name()) ? 0 : 1;
        score(e1, cardA, List.of("45", "27", "10"), List.of("", "", ""), zh("selection.save-scores"));
        String refusal = zh("error.score.comment-required", "报价");
        assertThat(e1.locator(".sh-panel-card").nth(cardA).locator(".sh-error").innerText()).isEqualTo(refusal);
        assertToast(e1, refusal);
        shot(e1, "selection-panel-scoring-refused-zh");
        assertThat(e1.locator(".sh-panel-card").nth(cardA).locator(".sh-score-grid vaadin-big-decimal-field input")
                .nth(2).inputValue()).isEqualTo("10");
        score(e1, cardA, List.of("45", "27", "10"), List.of("", "", "报价偏高，缺少分项明细"), zh("selection.save-scores"));
        assertToast(e1, zh("selection.scores-saved"));
        score(e1, 1 - cardA, List.of("38", "24", "16"), List.of("", "", ""), zh("selection.save-scores"));
        shot(e1, "selection-panel-scoring-zh");

        Page e2 = as(expertEn.username(), "en");
        open(e2, "selection/" + o.id());
        declareNoConflicts(e2, en("selection.declare-none"));
        int cardA2 = e2.locator(".sh-panel-card").nth(0).innerText().contains(providerA.organisation().name()) ? 0 : 1;
        score(e2, cardA2, List.of("44", "26", "17"), List.of("", "", ""), en("selection.save-scores"));
        score(e2, 1 - cardA2, List.of("38", "24", "16"), List.of("", "", ""), en("selection.save-scores"));
        assertToast(e2, en("selection.scores-saved"));
        shot(e2, "selection-panel-scoring-en");

        // 4. the manager sees the weighted ranking and confirms the winner: the public notice starts
        open(m, "selection/" + o.id());
        Locator firstRow = m.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(providerA.organisation().name()));
        assertThat(firstRow.count()).isPositive();
        assertThat(text(m)).contains("84.5").contains("78");
        shot(m, "selection-ranking-zh");
        Page me = as(managerEn.username(), "en");
        open(me, "selection/" + o.id());
        shot(me, "selection-ranking-en");
        clickId(m, "ranking-confirm-winner");
        assertToast(m, zh("selection.notice-started"));
        assertThat(text(m)).contains(zh("selection.opportunity-status.NOTICE"));

        // 5. a registered user objects on the public notice page
        Page objector = as(providerB.user().username(), "zh");
        open(objector, "notices");
        Locator notice = objector.locator(".sh-notice-card").filter(new Locator.FilterOptions().setHasText(o.title()));
        assertThat(notice.innerText()).contains(providerA.organisation().name());
        type(notice.locator("vaadin-text-area"), "中选方报价中 AGV 单价明显偏低，请核实是否含税。");
        notice.locator("vaadin-button").click();
        Browser.settle(objector);
        assertToast(objector, zh("notice.objection-filed"));
        shot(objector, "selection-notice-zh");
        Page publicEn = anonymous("en");
        open(publicEn, "notices");
        assertThat(text(publicEn)).contains(o.title()).contains(en("notice.sign-in-to-object"));
        shot(publicEn, "selection-notice-en");

        // 6. the notice period passes; the manager resolves the objection and makes the award final
        clock.set(LocalDateTime.of(2026, 3, 23, 9, 0));
        open(m, "selection/" + o.id());
        Locator objection = m.locator(".sh-objection").first();
        assertThat(objection.innerText()).contains("AGV 单价");
        objection.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(zh("selection.dismiss"))).click();
        Browser.settle(m);
        type(m.locator("#reason-text"), "经核实报价含税，单价合理，异议不成立。");
        clickId(m, "reason-confirm");
        assertThat(m.locator(".sh-objection").first().innerText()).contains(zh("selection.objection-dismissed"));
        m.locator(".sh-objection").first().scrollIntoViewIfNeeded();
        shot(m, "selection-objections-zh");
        open(me, "selection/" + o.id());
        me.locator(".sh-objection").first().scrollIntoViewIfNeeded();
        shot(me, "selection-objections-en");
        clickId(m, "selection-finalise");
        assertThat(text(m)).contains(zh("selection.opportunity-status.AWARDED"));
        SelectionOverview overview = signedIn.as(manager, () -> selection.overview(o.id()));
        assertThat(overview.opportunity().status()).isEqualTo(OpportunityStatus.AWARDED);

        // 7. signing: the manager writes the agreement; shares of 90 % are refused, 100 % saved
        click(m, zh("selection.go-to-project"));
        m.waitForURL("**/project/" + overview.projectId());
        Browser.settle(m);
        Long projectId = overview.projectId();
        type(m.locator("#agreement-contract"), "900000");
        type(m.locator("#agreement-grant"), "270000");
        type(m.locator("#agreement-start"), "2026-04-01");
        type(m.locator("#agreement-end"), "2026-09-30");
        Locator row = m.locator(".sh-milestone-row").nth(0);
        type(row.locator(".sh-milestone-name"), "AGV 到货安装");
        type(row.locator(".sh-milestone-deliverable"), "20 台 AGV 到货并完成安装调试");
        type(row.locator("vaadin-date-picker"), "2026-06-01");
        type(row.locator(".sh-percent"), "40");
        clickId(m, "agreement-add-milestone");
        row = m.locator(".sh-milestone-row").nth(1);
        type(row.locator(".sh-milestone-name"), "系统上线验收");
        type(row.locator(".sh-milestone-deliverable"), "WMS 对接、试运行一个月并通过验收");
        type(row.locator("vaadin-date-picker"), "2026-09-30");
        type(row.locator(".sh-percent"), "50");
        clickId(m, "agreement-save");
        assertThat(m.locator("#agreement-error").innerText()).isEqualTo(zh("error.project.shares-total", "90"));
        assertToast(m, zh("error.project.shares-total", "90"));
        assertThat(m.locator(".sh-milestone-row").nth(1).locator(".sh-milestone-name input").inputValue())
                .isEqualTo("系统上线验收");
        shot(m, "project-signing-refused-zh");
        // the refusal's toast closes by itself (5 s); wait, so the next screenshot shows only the save
        m.locator("vaadin-notification-card[theme~='error']").first().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(15_000));
        type(m.locator(".sh-milestone-row").nth(1).locator(".sh-percent"), "60");
        clickId(m, "agreement-save");
        assertToast(m, zh("common.saved"));
        assertThat(signedIn.as(manager, () -> projects.findProject(projectId)).milestones()).hasSize(2);
        shot(m, "project-signing-zh");
        open(me, "project/" + projectId);
        shot(me, "project-signing-en");

        // 8. both parties confirm; the provider starts the project
        Page d = as(demand.user().username(), "zh");
        open(d, "project/" + projectId);
        clickId(d, "project-confirm");
        assertToast(d, zh("project.confirmed"));
        open(a, "project/" + projectId);
        clickId(a, "project-confirm");
        assertThat(text(a)).contains(zh("project.status.SIGNED"));
        clickId(a, "project-start");
        assertThat(text(a)).contains(zh("project.status.IN_PROGRESS"));

        // 9. the provider uploads milestone evidence; the demand enterprise accepts it
        Locator first = a.locator(".sh-milestone-card").first();
        type(first.locator("vaadin-text-area"), "20 台 AGV 已到货并完成安装调试，附到货验收单。");
        first.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("到货验收单.pdf", "application/pdf",
                "%PDF-1.7\n% 到货验收\n".getBytes(StandardCharsets.UTF_8)));
        a.waitForTimeout(800);
        Browser.settle(a);
        assertThat(first.innerText()).contains("到货验收单.pdf");
        first.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(zh("milestone.submit-evidence"))).click();
        Browser.settle(a);
        assertToast(a, zh("milestone.evidence-submitted"));
        open(d, "project/" + projectId);
        click(d, zh("milestone.accept"));
        assertToast(d, zh("milestone.accepted"));
        ProjectDetails met = signedIn.as(manager, () -> projects.findProject(projectId));
        assertThat(met.milestones().getFirst().status()).isEqualTo(MilestoneStatus.MET);
        assertThat(met.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        shot(d, "project-tracking-zh");
        open(me, "project/" + projectId);
        shot(me, "project-tracking-en");

        // 10. the public opportunity page shows the award and one met milestone, never the papers
        Page pub = anonymous("zh");
        open(pub, "portal/opportunity/" + o.id());
        assertThat(text(pub)).contains(providerA.organisation().name()).contains("1 / 2")
                .doesNotContain("到货验收单.pdf").doesNotContain("技术方案.pdf");
        pub.locator(".sh-public-progress").scrollIntoViewIfNeeded();
        shot(pub, "public-progress-zh");
        Page pubEn = anonymous("en");
        open(pubEn, "portal/opportunity/" + o.id());
        assertThat(text(pubEn)).contains(en("progress.awarded-to")).contains(providerA.organisation().name());
        pubEn.locator(".sh-public-progress").scrollIntoViewIfNeeded();
        shot(pubEn, "public-progress-en");

        // dashboards and public statistics in both languages
        open(pub, "statistics");
        shot(pub, "statistics-zh");
        open(pubEn, "statistics");
        shot(pubEn, "statistics-en");
        open(m, "dashboard");
        shot(m, "dashboard-manager-zh");
        open(me, "dashboard");
        shot(me, "dashboard-manager-en");
        open(d, "my-dashboard");
        shot(d, "dashboard-enterprise-zh");
        open(a, "my-dashboard");
        shot(a, "dashboard-provider-zh");
        Page dEn = as(demand.user().username(), "en");
        open(dEn, "my-dashboard");
        shot(dEn, "dashboard-enterprise-en");
        Page aEn = as(providerA.user().username(), "en");
        open(aEn, "my-dashboard");
        shot(aEn, "dashboard-provider-en");
    }

    @Test
    void directDockingThroughTheScreensFromShortlistToProject() {
        clock.set(LocalDateTime.of(2026, 5, 4, 10, 0));
        OrgAndUser demand = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser chosen = data.verifiedOrganisation(Roles.PROVIDER);
        OrgAndUser other = data.verifiedOrganisation(Roles.PROVIDER);
        AccountSummary manager = staff(Roles.MANAGER, "管委会 赵科长", Locale.SIMPLIFIED_CHINESE);
        OpportunityDetails o = fixtures.published(demand, manager, SelectionMode.DIRECT_DOCKING, Duration.ofDays(7));
        for (OrgAndUser p : List.of(chosen, other)) {
            ProposalDetails draft = signedIn.as(p.user(), () -> selection.createDraft(o.id(), new ProposalForm(
                    "无人仓改造方案 " + p.organisation().name(), new BigDecimal("880000"), "六个月", "八人团队")));
            signedIn.as(p.user(), () -> selection.submit(draft.id()));
        }
        clock.set(LocalDateTime.of(2026, 5, 12, 9, 0));

        Page m = as(manager.username(), "zh");
        open(m, "selection/" + o.id());
        clickId(m, "selection-start-evaluation");
        assertThat(text(m)).contains(zh("selection.opportunity-status.EVALUATING"));

        Page d = as(demand.user().username(), "zh");
        open(d, "selection/" + o.id());
        Locator card = d.locator(".sh-proposal-card").filter(new Locator.FilterOptions().setHasText(chosen.organisation().name()));
        card.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(zh("selection.shortlist"))).click();
        Browser.settle(d);
        card = d.locator(".sh-proposal-card").filter(new Locator.FilterOptions().setHasText(chosen.organisation().name()));
        assertThat(card.innerText()).contains(zh("proposal.status.SHORTLISTED"));
        // a meeting dated in the future is refused beside the date; what was typed stays
        type(d.locator("#meeting-date"), "2026-05-20");
        type(d.locator("#meeting-participants"), "需求方 陈工；供给方 李经理");
        type(d.locator("#meeting-minutes"), "现场踏勘仓库，确认 WMS 接口与分期交付。");
        clickId(d, "meeting-record");
        assertThat(d.locator("#meeting-date").getAttribute("invalid")).isNotNull();
        assertThat(d.locator("#meeting-participants input").inputValue()).isEqualTo("需求方 陈工；供给方 李经理");
        type(d.locator("#meeting-date"), "2026-05-12");
        clickId(d, "meeting-record");
        assertThat(d.locator(".sh-meeting").first().innerText()).contains("需求方 陈工");
        card = d.locator(".sh-proposal-card").filter(new Locator.FilterOptions().setHasText(chosen.organisation().name()));
        card.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(zh("selection.choose"))).click();
        Browser.settle(d);
        assertToast(d, zh("selection.chosen-done"));
        shot(d, "selection-docking-zh");

        open(m, "selection/" + o.id());
        clickId(m, "selection-confirm-choice");
        assertThat(text(m)).contains(zh("selection.opportunity-status.AWARDED"));
        click(m, zh("selection.go-to-project"));
        m.waitForURL("**/project/*");
        Browser.settle(m);
        assertThat(text(m)).contains(chosen.organisation().name()).contains(zh("project.status.DRAFT"));
        SelectionOverview overview = signedIn.as(manager, () -> selection.overview(o.id()));
        assertThat(overview.projectId()).isNotNull();
        assertThat(overview.proposals()).filteredOn(p -> p.status() == ProposalStatus.WINNER)
                .extracting(ProposalDetails::providerName).containsExactly(chosen.organisation().name());
    }
}
