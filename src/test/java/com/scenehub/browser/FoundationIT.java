package com.scenehub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.scenehub.organisation.CreditCode;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationStatus;
import com.scenehub.security.AccountService;
import com.scenehub.support.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real Chromium: the landing page, registration (a wrong code refused, then accepted), a
 * manager verifying the organisation, and every demo role signing in to a menu of its own, with
 * screenshots in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"scenehub.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:foundation-it;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class FoundationIT {

    private static final String DEMO_PASSWORD = "demo2026";
    static Browser browser;

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired OrganisationService organisations;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void landingAndLoginPagesInBothLanguages() {
        Page page = browser.newPage();
        browser.open(page, "");
        assertThat(page.locator(".sh-hero h2")).containsText("场景汇");
        Browser.screenshot(page, "landing-zh");
        browser.open(page, "login");
        Browser.screenshot(page, "login-zh");

        Browser.switchLanguage(page, "English");
        browser.open(page, "");
        assertThat(page.locator(".sh-hero h2")).containsText("SceneHub");
        Browser.screenshot(page, "landing-en");
        browser.open(page, "login");
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        Browser.screenshot(page, "login-en");
        browser.open(page, "register");
        assertThat(page.locator("#reg-submit")).containsText("Register");
        Browser.screenshot(page, "registration-en");
    }

    @Test
    void anOrganisationRegistersAndAManagerVerifiesIt() {
        Page page = browser.newPage();
        browser.open(page, "register");
        Browser.fill(page, "reg-name", "玉溪智造示范科技有限公司");
        Browser.fill(page, "reg-credit-code", "91530400MA0000777Y");
        Browser.fill(page, "reg-legal-representative", "杨帆");
        Browser.choose(page, "reg-zone-area", "研和片区");
        Browser.choose(page, "reg-industry-field", "工业互联网");
        Browser.fill(page, "reg-contact-name", "杨帆");
        Browser.fill(page, "reg-contact-phone", "0877-2059999");
        Browser.fill(page, "reg-contact-email", "yangfan@example.test");
        page.locator("#reg-roles vaadin-checkbox").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("技术供给方")).click();
        Browser.fill(page, "reg-username", "yangfan");
        Browser.fill(page, "reg-password", "zhizao2026");
        Browser.fill(page, "reg-password-confirm", "zhizao2026");
        page.locator("#reg-submit").click();
        Browser.settle(page);

        // a wrong check character is refused in Chinese, and what was typed stays
        assertThat(page.locator("#reg-credit-code")).containsText("校验码");
        assertThat(page.locator("#reg-name input")).hasValue("玉溪智造示范科技有限公司");
        Browser.screenshot(page, "registration-invalid-zh");
        assertThat(accounts.usernameTaken("yangfan")).isFalse();

        Browser.fill(page, "reg-credit-code", CreditCode.withCheckCharacter("91530400MA0000777").value());
        page.locator("#reg-submit").click();
        Browser.settle(page);
        assertThat(page.locator("#reg-done")).isVisible();
        Browser.screenshot(page, "registration-done-zh");
        assertThat(accounts.usernameTaken("yangfan")).isTrue();

        Page manager = browser.newPage();
        browser.login(manager, "manager", DEMO_PASSWORD);
        browser.open(manager, "organisations");
        assertThat(manager.locator("vaadin-grid")).containsText("玉溪智造示范科技有限公司");
        Browser.screenshot(manager, "organisations-review-zh");
        Long organisationId = accounts.findByUsername("yangfan").orElseThrow().organisationId();
        manager.locator("#verify-" + organisationId).click();
        Browser.settle(manager);
        assertThat(manager.locator("vaadin-notification-card").first()).isVisible();
        assertThat(organisations.findSummary(organisationId).orElseThrow().status()).isEqualTo(OrganisationStatus.VERIFIED);

        Page provider = browser.newPage();
        browser.login(provider, "yangfan", "zhizao2026");
        assertThat(provider.locator(".sh-home")).containsText("欢迎");
        assertThat(provider.locator(".sh-home")).not().containsText("等待园区审核");
    }

    @Test
    void everyDemoRoleSignsInToItsOwnMenu() {
        record Expectation(String username, List<String> sees, List<String> doesNotSee) { }
        List<Expectation> roles = List.of(
                new Expectation("enterprise", List.of("我的工作台", "消息中心"), List.of("机构审核", "用户管理")),
                new Expectation("provider", List.of("我的工作台"), List.of("机构审核", "用户管理")),
                new Expectation("agency", List.of("我的工作台"), List.of("机构审核", "用户管理")),
                new Expectation("manager", List.of("机构审核", "基础数据"), List.of("用户管理", "安全日志")),
                new Expectation("expert", List.of("我的工作台"), List.of("机构审核", "用户管理")),
                new Expectation("admin", List.of("用户管理", "安全日志", "基础数据"), List.of("机构审核")));
        for (Expectation role : roles) {
            Page page = browser.newPage();
            browser.login(page, role.username(), DEMO_PASSWORD);
            for (String item : role.sees()) {
                assertThat(page.locator("vaadin-side-nav")).containsText(item);
            }
            for (String item : role.doesNotSee()) {
                assertThat(page.locator("vaadin-side-nav")).not().containsText(item);
            }
            Browser.screenshot(page, "home-" + role.username() + "-zh");
            Browser.switchLanguage(page, "English");
            assertThat(page.locator(".sh-home h2")).containsText("Welcome");
            Browser.screenshot(page, "home-" + role.username() + "-en");
            page.context().close();
        }
    }
}
