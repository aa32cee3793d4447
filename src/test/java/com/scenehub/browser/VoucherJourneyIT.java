package com.scenehub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import com.scenehub.support.TestClock;
import com.scenehub.voucher.VoucherFixture;
import com.scenehub.voucher.VoucherService;
import com.scenehub.voucher.VoucherStatus;
import com.scenehub.voucher.VoucherTestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real Chromium, one innovation voucher from programme to payment: the manager creates and
 * opens a programme (date pickers, money fields); an agency lists a service; the enterprise claims a
 * voucher and orders the service applying part of it; the agency accepts and delivers; the enterprise
 * confirms with proof of its own share (a refused file first); the agency files the redemption with
 * its papers; the manager rejects it with a reason and the agency files a corrected claim; the manager
 * approves that and records the payment; the order shows as integrity flags (price far above the
 * category median, one agency taking most of the voucher value); the rest of the voucher expires through
 * the expiry job once the clock passes the use deadline. Balances and statuses are checked on screen
 * at each step; every role's voucher views are saved as screenshots in Chinese and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:voucher-it;DB_CLOSE_DELAY=-1",
                "scenehub.files.dir=target/voucher-it-files"})
@ActiveProfiles("test")
@Import(VoucherTestConfig.class)
class VoucherJourneyIT {

    static final Path SCREENSHOTS = Path.of("docs/screenshots");
    static Playwright playwright;
    static com.microsoft.playwright.Browser chromium;
    static Properties zh;
    static Properties en;

    @LocalServerPort int port;
    @Autowired VoucherFixture fx;
    @Autowired VoucherService vouchers;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;

    @BeforeAll
    static void startBrowser() throws IOException {
        zh = load("translations_zh_CN.properties");
        en = load("translations.properties");
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

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VoucherJourneyIT.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Chinese text of a key (the journey runs in Chinese). */
    static String t(String key, Object... args) {
        return java.text.MessageFormat.format(zh.getProperty(key), args);
    }

    static String tEn(String key) {
        return en.getProperty(key);
    }

    Page page(String language) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000).setLocale(language.equals("en") ? "en-US" : "zh-CN"));
        context.addCookies(List.of(new Cookie("scenehub-lang", language.equals("en") ? "en" : "zh-CN")
                .setDomain("localhost").setPath("/")));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    final List<Page> pages = new java.util.ArrayList<>();

    final java.util.Map<Page, String> users = new java.util.HashMap<>();

    Page login(String username, String language) {
        Page page = page(language);
        pages.add(page);
        users.put(page, username);
        signIn(page, username);
        return page;
    }

    void signIn(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login");
        settle(page);
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        settle(page);
    }

    /** Opens a view; signs in again when the session was lost on the way (seen on a loaded machine). */
    void open(Page page, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        settle(page);
        if (page.url().contains("/login") && users.containsKey(page)) {
            signIn(page, users.get(page));
            page.navigate("http://localhost:" + port + "/" + path);
            settle(page);
        }
    }

    static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(400);
    }

    static void click(Page page, String text) {
        page.locator("vaadin-button:visible").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        settle(page);
    }

    static void tab(Page page, String text) {
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        settle(page);
    }

    static void fill(Page page, String id, String value) {
        page.locator("#" + id + " input").fill(value);
        page.locator("#" + id + " input").press("Tab");
        settle(page);
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Chooses a file for a Vaadin upload through the browser's file chooser. */
    static void upload(Page page, String id, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#" + id + " vaadin-button").first().click());
        chooser.setFiles(file);
        settle(page);
        page.waitForTimeout(500);
        settle(page);
    }

    static Locator visibleText(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(false)).first();
    }

    @Test
    void aVoucherFromProgrammeToPaymentAndExpiryInTheBrowser() throws IOException {
        try {
            journey();
        } catch (AssertionError | RuntimeException failure) {
            for (int i = 0; i < pages.size(); i++) {
                pages.get(i).screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/voucher-it-failure-" + i
                        + ".png")).setFullPage(true));
            }
            throw failure;
        }
    }

    void journey() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path pdf = Files.createTempFile("voucher-doc", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path text = Files.createTempFile("notes", ".txt");
        Files.writeString(text, "not a document");
        OrgAndUser enterprise = fx.enterprise();
        OrgAndUser agency = fx.agency();
        AccountSummary manager = fx.manager();
        LocalDate today = fx.today();
        String programmeName = "创新券计划（浏览器测试）" + TestData.next();
        String service = "发明专利申请代理";

        // 1. the manager creates a programme with date pickers and money fields, and opens it
        Page m = login(manager.username(), "zh");
        open(m, "vouchers/programmes");
        m.locator("#voucher-programme-new").click();
        settle(m);
        fill(m, "voucher-programme-name", programmeName);
        fill(m, "voucher-budget", "1000000");
        fill(m, "voucher-use-deadline", "不是日期");
        m.locator("#voucher-programme-save").click();
        settle(m);
        assertThat(m.locator("#voucher-use-deadline")).hasAttribute("invalid", "");
        assertThat(m.locator("#voucher-programme-name input")).hasValue(programmeName);
        shot(m, "voucher-manager-programme-form-zh");
        fill(m, "voucher-claim-closes", today.plusDays(30).toString());
        fill(m, "voucher-use-deadline", today.plusDays(60).toString());
        fill(m, "voucher-redemption-deadline", today.plusDays(120).toString());
        m.locator("#voucher-programme-save").click();
        settle(m);
        Locator programmeRow = m.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(programmeName));
        assertThat(programmeRow.first()).isVisible();
        assertThat(visibleText(m, "¥1,000,000.00")).isVisible();
        click(m, t("voucher.programme.open"));
        assertThat(visibleText(m, t("voucher.programme-status.OPEN"))).isVisible();
        shot(m, "voucher-manager-programmes-zh");

        // 2. the agency lists a service in its catalogue
        Page a = login(agency.user().username(), "zh");
        open(a, "vouchers/agency");
        tab(a, t("voucher.agency.catalogue"));
        a.locator("#voucher-item-add").click();
        settle(a);
        a.locator("#voucher-item-category input").fill("专利");
        a.locator("vaadin-combo-box-item").first().click();
        fill(a, "voucher-item-title", service);
        a.locator("#voucher-item-description textarea").fill("发明专利检索、撰写与申请全流程代理");
        fill(a, "voucher-item-price", "40000");
        fill(a, "voucher-item-days", "30");
        a.locator("#voucher-item-save").click();
        settle(a);
        assertThat(visibleText(a, service)).isVisible();
        assertThat(visibleText(a, "¥40,000.00")).isVisible();
        // another agency lists the same kind of service for ¥10 000: ¥40 000 is then far above the median
        fx.item(fx.agency(), "PATENT", 10_000);

        // 3. the enterprise claims a ¥20 000 voucher
        Page e = login(enterprise.user().username(), "zh");
        open(e, "vouchers/mine");
        Locator card = e.locator(".sh-voucher-card").filter(new Locator.FilterOptions().setHasText(programmeName));
        card.locator("vaadin-select").click();
        e.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("¥20,000.00")).click();
        settle(e);
        card.locator("vaadin-button").click();
        settle(e);
        Locator voucherGrid = e.locator("vaadin-grid").first();
        assertThat(voucherGrid).containsText("¥20,000.00");
        assertThat(voucherGrid).containsText(t("voucher.days-left", 60));

        // 4. ... and orders the service applying ¥14 000 of it (a bad amount first); the catalogue lists
        // the cheaper service of the other agency first
        open(e, "vouchers/catalogue");
        e.locator("vaadin-button:visible").filter(new Locator.FilterOptions().setHasText(t("voucher.order.place")))
                .nth(1).click();
        settle(e);
        assertThat(e.locator("#voucher-order-price input")).hasValue("40000.00");
        fill(e, "voucher-order-amount", "-1");
        e.locator("#voucher-order-place").click();
        settle(e);
        assertThat(e.locator("#voucher-order-amount")).hasAttribute("invalid", "");
        assertThat(visibleText(e, t("error.voucher.amount-positive"))).isVisible();
        fill(e, "voucher-order-amount", "14000");
        e.locator("#voucher-order-place").click();
        settle(e);
        e.waitForURL(Pattern.compile(".*vouchers/mine.*"));
        settle(e);
        assertThat(e.locator("vaadin-grid").first()).containsText("¥6,000.00");
        assertThat(e.locator("vaadin-grid").nth(1)).containsText(t("voucher.order-status.PLACED"));
        assertThat(e.locator("vaadin-grid").nth(1)).containsText("¥26,000.00");

        // 5. the agency accepts and delivers
        open(a, "vouchers/agency");
        click(a, t("voucher.order.accept"));
        assertThat(a.locator("vaadin-grid:visible")).containsText(t("voucher.order-status.ACCEPTED"));
        click(a, t("voucher.order.deliver"));
        assertThat(a.locator("vaadin-grid:visible")).containsText(t("voucher.order-status.DELIVERED"));

        // 6. the enterprise confirms delivery with proof of paying its share; a text file is refused first
        open(e, "vouchers/mine");
        click(e, t("voucher.order.confirm"));
        upload(e, "voucher-doc-proof", text);
        assertThat(e.locator("#voucher-doc-proof .sh-document-status")).containsText(t("voucher.document.wrong-type"));
        shot(e, "voucher-enterprise-upload-refused-zh");
        upload(e, "voucher-doc-proof", pdf);
        assertThat(e.locator("#voucher-doc-proof .sh-document-status")).containsText("✓");
        e.locator("#voucher-order-confirm").click();
        settle(e);
        assertThat(e.locator("vaadin-grid").nth(1)).containsText(t("voucher.order-status.CONFIRMED"));

        // 7. the agency files the redemption with contract, invoice and delivery confirmation
        open(a, "vouchers/agency");
        click(a, t("voucher.redemption.file"));
        upload(a, "voucher-doc-contract", pdf);
        upload(a, "voucher-doc-invoice", pdf);
        upload(a, "voucher-doc-delivery", pdf);
        shot(a, "voucher-agency-redemption-form-zh");
        a.locator("#voucher-redemption-file").click();
        settle(a);
        tab(a, t("voucher.agency.redemptions"));
        assertThat(a.locator("vaadin-grid:visible")).containsText(t("voucher.redemption-status.FILED"));
        assertThat(a.locator("vaadin-grid:visible")).containsText("¥14,000.00");

        // 8. the manager rejects it with a reason (none first: refused), the agency files a corrected claim
        open(m, "vouchers/approvals");
        assertThat(m.locator("vaadin-grid:visible")).containsText(agency.organisation().name());
        shot(m, "voucher-manager-approvals-zh");
        click(m, t("voucher.redemption.reject"));
        m.locator("#voucher-reject-confirm").click();
        settle(m);
        assertThat(m.locator("#voucher-reject-reason")).hasAttribute("invalid", "");
        m.locator("#voucher-reject-reason textarea").fill("发票抬头与合同甲方不一致");
        m.locator("#voucher-reject-confirm").click();
        settle(m);
        tab(m, t("voucher.approvals.all"));
        assertThat(m.locator("vaadin-grid:visible")).containsText(t("voucher.redemption-status.REJECTED"));
        open(a, "vouchers/agency");
        tab(a, t("voucher.agency.redemptions"));
        assertThat(a.locator("vaadin-grid:visible")).containsText("发票抬头与合同甲方不一致");
        open(a, "vouchers/agency");
        click(a, t("voucher.redemption.refile"));
        upload(a, "voucher-doc-contract", pdf);
        upload(a, "voucher-doc-invoice", pdf);
        upload(a, "voucher-doc-delivery", pdf);
        a.locator("#voucher-redemption-file").click();
        settle(a);
        tab(a, t("voucher.agency.redemptions"));
        assertThat(a.locator("vaadin-grid:visible")).containsText(t("voucher.redemption-status.FILED"));
        assertThat(a.locator("vaadin-grid:visible")).containsText(t("voucher.redemption-status.REJECTED"));
        shot(a, "voucher-agency-refiled-zh");

        // 9. the manager approves the corrected claim and records the payment
        open(m, "vouchers/approvals");
        click(m, t("voucher.redemption.approve"));
        tab(m, t("voucher.approvals.payable"));
        assertThat(m.locator("vaadin-grid:visible")).containsText(t("voucher.redemption-status.APPROVED"));
        click(m, t("voucher.payment.record"));
        fill(m, "voucher-payment-reference", "ICBC-2026-0001");
        assertThat(m.locator("#voucher-payment-date input")).hasValue(today.toString());
        shot(m, "voucher-manager-payment-zh");
        m.locator("#voucher-payment-confirm").click();
        settle(m);
        tab(m, t("voucher.approvals.all"));
        assertThat(m.locator("vaadin-grid:visible")).containsText(t("voucher.redemption-status.PAID"));
        open(a, "vouchers/agency");
        tab(a, t("voucher.agency.redemptions"));
        assertThat(a.locator("vaadin-grid:visible")).containsText(t("voucher.payment.line", "ICBC-2026-0001", today));
        open(e, "vouchers/mine");
        assertThat(e.locator("vaadin-grid").nth(1)).containsText(t("voucher.order-status.PAID"));

        // 10. past the use deadline the expiry job returns the unused ¥6 000 to the budget
        clock.advanceDays(61);
        int expired = SystemUser.callAs("voucher-jobs", Set.of(Roles.MANAGER), vouchers::expireDue);
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(signedIn.as(enterprise.user(), () -> vouchers.myVouchers())).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VoucherStatus.EXPIRED));
        open(e, "vouchers/mine");
        assertThat(e.locator("vaadin-grid").first()).containsText(t("voucher.status.EXPIRED"));
        assertThat(e.locator("vaadin-grid").first()).containsText("¥0.00");
        open(m, "vouchers/reports");
        assertThat(m.locator("vaadin-grid").first()).containsText("¥6,000.00");
        assertThat(m.locator("sh-chart svg").first()).isVisible();

        // 11. every role's voucher views in both languages
        for (String lang : List.of("zh", "en")) {
            if (lang.equals("en")) {
                for (Page p : List.of(e, a, m)) {
                    com.scenehub.support.Browser.switchLanguage(p, "English");
                }
            }
            Page ent = e;
            open(ent, "vouchers/mine");
            shot(ent, "voucher-enterprise-my-vouchers-" + lang);
            open(ent, "vouchers/catalogue");
            shot(ent, "voucher-enterprise-catalogue-" + lang);

            Page ag = a;
            open(ag, "vouchers/agency");
            shot(ag, "voucher-agency-orders-" + lang);
            tab(ag, (lang.equals("zh") ? zh : en).getProperty("voucher.agency.catalogue"));
            shot(ag, "voucher-agency-catalogue-" + lang);
            tab(ag, (lang.equals("zh") ? zh : en).getProperty("voucher.agency.redemptions"));
            shot(ag, "voucher-agency-redemptions-payments-" + lang);

            Page man = m;
            Properties tr = lang.equals("zh") ? zh : en;
            open(man, "vouchers/programmes");
            shot(man, "voucher-manager-programmes-" + lang);
            click(man, tr.getProperty("voucher.issue"));
            shot(man, "voucher-manager-issuing-" + lang);
            man.keyboard().press("Escape");
            settle(man);
            open(man, "vouchers/approvals");
            tab(man, tr.getProperty("voucher.approvals.all"));
            shot(man, "voucher-manager-approvals-all-" + lang);
            tab(man, tr.getProperty("voucher.approvals.flags"));
            // the order was priced 1.6 times the category median, and the agency took 70 % of the voucher value
            assertThat(man.locator("vaadin-grid:visible")).containsText(tr.getProperty("voucher.flag-kind.PRICE_ABOVE_MEDIAN"));
            assertThat(man.locator("vaadin-grid:visible")).containsText(tr.getProperty("voucher.flag-kind.CONCENTRATION"));
            shot(man, "voucher-manager-flags-" + lang);
            open(man, "vouchers/reports");
            man.waitForTimeout(800);
            assertThat(man.locator("sh-chart svg").first()).isVisible();
            if (lang.equals("en")) {
                assertThat(man.locator("sh-chart").first()).containsText(tEn("voucher.report.expired"));
            }
            shot(man, "voucher-manager-reports-" + lang);
        }
    }
}
