package com.scenehub.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright for the real-browser tests, with the helpers every such
 * test needs: sign in and out, switch language, wait for Vaadin, save a screenshot.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("docs/screenshots");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;

    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser window (own cookies), 1400×900. */
    public Page newPage() {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(1400, 900)
                .setLocale("zh-CN"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public void open(Page page, String path) {
        page.navigate(baseUrl + "/" + path);
        settle(page);
    }

    /** Waits until Vaadin has answered every request and rendered. */
    public static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(300);
    }

    public void login(Page page, String username, String password) {
        open(page, "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        settle(page);
    }

    public void logout(Page page) {
        page.context().clearCookies();
    }

    /** Switches the language with the globe menu in the header. */
    public static void switchLanguage(Page page, String label) {
        page.locator(".sh-language vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        page.waitForLoadState(LoadState.LOAD);
        settle(page);
    }

    /** Fills a Vaadin text field (or password, e-mail field) found by its id. */
    public static void fill(Page page, String id, String value) {
        page.locator("#" + id + " input").fill(value);
        page.locator("#" + id + " input").blur();
    }

    /** Picks an item of a Vaadin combo box by (part of) its label. */
    public static void choose(Page page, String id, String text) {
        page.locator("#" + id + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
