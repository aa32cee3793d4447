package com.scenehub.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneData;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One requirement's way in a real Chromium: the enterprise drafts and submits it in the form, the
 * manager assigns an expert, the expert writes the analysis and the manager accepts it on the record's
 * page; the manager designs an opportunity and publishes it in a numbered list; an anonymous visitor
 * then finds it on the public portal. Screenshots go to docs/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SceneWorkflowIT {

    static Playwright playwright;
    static Browser browser;
    static final Path SHOTS = Paths.get("docs/screenshots");

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired SceneData scene;
    @Autowired SignedIn signedIn;
    @Autowired RequirementService requirements;
    @Autowired OpportunityService opportunities;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        // The failsafe configuration sets PLAYWRIGHT_NODEJS_PATH to an empty value, which the driver would
        // try to execute; give it the system's Node instead when there is one.
        java.util.Map<String, String> env = new java.util.HashMap<>();
        String node = System.getenv("PLAYWRIGHT_NODEJS_PATH");
        if ((node == null || node.isBlank()) && Files.isExecutable(Paths.get("/usr/bin/node"))) {
            env.put("PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node");
        }
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private Page signIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)
                .setLocale("zh-CN"));
        Page page = context.newPage();
        page.setDefaultTimeout(30000);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(TestData.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private static void shot(Page page, String name) {
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    @Test
    void aRequirementTravelsFromDraftToThePublicPortal() {
        OrgAndUser enterprise = data.verifiedOrganisation(Roles.ENTERPRISE);
        AccountSummary manager = data.staff(Roles.MANAGER);
        AccountSummary expert = data.staff(Roles.EXPERT);
        String title = "智能仓储分拣线改造 " + TestData.next();

        // 1. The enterprise drafts and submits in the form.
        Page owner = signIn(enterprise.user().username());
        owner.navigate(url("requirement-edit"));
        owner.waitForTimeout(3000);
        owner.locator("#requirement-title input").fill(title);
        owner.locator("#requirement-scene-field input").fill("智慧物流");
        owner.keyboard().press("Enter");
        owner.locator("#requirement-pain-points textarea").fill("旺季拣选差错率高，夜间人手不足。");
        owner.locator("#requirement-expected-outcome textarea").fill("自动分拣，日处理 6 万件，差错率低于 0.05%。");
        owner.locator("#requirement-budget-min input").fill("1000000");
        owner.locator("#requirement-budget-max input").fill("2000000");
        owner.locator("#requirement-contact-name input").fill("陈静");
        owner.locator("#requirement-contact-phone input").fill("0877-2051005");
        shot(owner, "scene-01-requirement-form-zh.png");
        owner.locator("#requirement-submit").click();
        owner.waitForURL(u -> u.contains("/requirement/"));
        assertThat(owner.getByText("已提交").first()).isVisible();
        shot(owner, "scene-02-requirement-submitted-zh.png");

        RequirementSummary submitted = signedIn.as(enterprise.user(), () -> requirements.mine()).stream()
                .filter(r -> r.title().equals(title)).findFirst().orElseThrow();
        assertThat(submitted.status()).isEqualTo(RequirementStatus.SUBMITTED);
        assertThat(submitted.sceneField()).isEqualTo("SMART_LOGISTICS");

        // 2. The manager assigns an expert; the expert writes the analysis on the record's page.
        signedIn.as(manager, () -> requirements.assignExpert(submitted.id(), expert.id()));
        Page expertPage = signIn(expert.username());
        expertPage.navigate(url("requirement/" + submitted.id()));
        expertPage.waitForTimeout(2500);
        expertPage.locator("#analysis-feasibility textarea").fill("可行：AGV 与自动分拣方案成熟。");
        expertPage.locator("#analysis-maturity textarea").fill("TRL 8–9");
        expertPage.locator("#analysis-save").click();
        expertPage.getByText("分析已保存").first().waitFor();
        shot(expertPage, "scene-03-expert-analysis-zh.png");

        // 3. The manager accepts it, with a note, on the record's page.
        Page managerPage = signIn(manager.username());
        managerPage.navigate(url("requirement/" + submitted.id()));
        managerPage.waitForTimeout(2500);
        managerPage.locator("#requirement-accept").click();
        managerPage.locator("#reason-text textarea").fill("符合园区产业方向");
        managerPage.locator("#reason-confirm").click();
        managerPage.getByText("需求已通过").first().waitFor();
        shot(managerPage, "scene-04-requirement-accepted-zh.png");
        assertThat(signedIn.as(manager, () -> requirements.findRequirement(submitted.id())).status())
                .isEqualTo(RequirementStatus.ACCEPTED);

        // 4. The manager designs the opportunity and publishes it in a numbered list.
        Instant now = Instant.now();
        var form = SceneData.opportunityForm(Set.of(submitted.id()), now.minusSeconds(60), now.plus(Duration.ofDays(30)));
        form.setTitle(title);
        form.setSceneField("SMART_LOGISTICS");
        OpportunityDetails designed = signedIn.as(manager, () -> opportunities.markReady(opportunities.design(form).id()));
        OpportunityListSummary list = signedIn.as(manager, () -> opportunities.createList(2080, null));
        signedIn.as(manager, () -> opportunities.addOpportunity(list.id(), designed.id()));
        signedIn.as(manager, () -> opportunities.publishList(list.id()));
        managerPage.navigate(url("lists"));
        managerPage.waitForTimeout(2500);
        managerPage.getByText(list.title()).first().click();
        shot(managerPage, "scene-05-lists-zh.png");
        assertThat(opportunities.findOpportunity(designed.id()).orElseThrow().published()).isTrue();

        // 5. Anyone reads it on the portal, without signing in.
        Page visitor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("zh-CN")).newPage();
        visitor.setDefaultTimeout(30000);
        visitor.navigate(url("portal"));
        visitor.waitForTimeout(2500);
        assertThat(visitor.getByText(list.title()).first()).isVisible();
        shot(visitor, "scene-06-portal-zh.png");
        visitor.navigate(url("portal/list/" + list.id()));
        visitor.waitForTimeout(2500);
        assertThat(visitor.getByText(title).first()).isVisible();
        shot(visitor, "scene-07-portal-list-zh.png");
        visitor.navigate(url("portal/opportunity/" + designed.id()));
        visitor.waitForTimeout(2500);
        assertThat(visitor.getByText(title).first()).isVisible();
        assertThat(visitor.getByText("报名中").first()).isVisible();
        assertThat(visitor.getByText("技术方案").first()).isVisible();
        shot(visitor, "scene-08-portal-opportunity-zh.png");

        // The visitor cannot open the requirement itself.
        visitor.navigate(url("requirement/" + submitted.id()));
        visitor.waitForTimeout(1500);
        assertThat(visitor.url()).contains("login");
    }
}
