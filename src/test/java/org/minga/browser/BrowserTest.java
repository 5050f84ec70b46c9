package org.minga.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: Minga on a real port, driven by Playwright for Java in Debian's Chromium
 * ({@code /usr/bin/chromium}, or {@code MINGA_CHROMIUM}). Runs only in the {@code browser} Maven profile.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        String chromium = System.getenv().getOrDefault("MINGA_CHROMIUM", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("es-CO"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @AfterAll
    void quit() {
        browser.close();
        playwright.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logIn(String username) {
        page.navigate(url("/login"));
        page.getByLabel("Usuario").fill(username);
        page.getByLabel("Contraseña").fill("minga2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Ingresar").setExact(true)).click();
        page.waitForURL(url("/"));
    }

    /**
     * After {@code setOffline(true)}: the page learns of it asynchronously, and a form sent before it knows goes to
     * the network (a queue flushes at once while {@code navigator.onLine} is still true).
     */
    protected void waitUntilThePageIsOffline() {
        page.waitForFunction("() => navigator.onLine === false");
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** Whether the page fits the phone: nothing makes it scroll sideways. */
    protected void assertFitsThePhone() {
        page.waitForLoadState(); // measured once the page's styles and scripts (lists as cards) have done their work
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        // the elements that stick out, innermost first, so a failure says what to fix
        Object culprits = page.evaluate(
                """
                        () => [...document.querySelectorAll('body *')]
                          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                            && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                          .slice(0, 5)
                          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                            + ' «' + (e.textContent || '').trim().slice(0, 60) + '»')""");
        org.assertj.core.api.Assertions.assertThat(((Number) wider).intValue()).as("page wider than the phone: "
                + page.url() + " " + culprits).isLessThanOrEqualTo(0);
    }

    /** Sets up what a journey starts from through the JSON API, as {@code user}; answers the body. */
    protected String api(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization",
                        "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":minga2026").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    protected static long id(String json) {
        return Long.parseLong(first("\"id\":(\\d+)", json));
    }

    protected static int version(String json) {
        return Integer.parseInt(first("\"version\":(\\d+)", json));
    }

    private static String first(String regex, String json) {
        Matcher m = Pattern.compile(regex).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + json);
        }
        return m.group(1);
    }
}
