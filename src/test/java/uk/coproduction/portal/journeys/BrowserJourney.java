package uk.coproduction.portal.journeys;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Chromium driving the running portal. Uses the machine's Chromium (Debian's /usr/bin/chromium) when there
 * is one, so no browser is downloaded; otherwise Playwright's own browser, which it downloads when it can.
 */
abstract class BrowserJourney {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
        Playwright.CreateOptions options = new Playwright.CreateOptions();
        if (systemChromium) {
            options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        playwright = Playwright.create(options);
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run"));
        if (systemChromium) {
            launch.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(launch);
        // A slow CI machine may take a while to serve the first page; people wait, and so do these tests.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Anything the Content Security Policy blocked: the portal must work under its own policy. */
    private final List<String> blockedByPolicy = new ArrayList<>();

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        List<String> blocked = List.copyOf(blockedByPolicy);
        blockedByPolicy.clear();
        assertThat(blocked).as("content blocked by the Content Security Policy").isEmpty();
    }

    /** A fresh browser, as a different person on a different device would have. */
    Page newPerson() {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blockedByPolicy.add(message.text());
            }
        });
        return context.newPage();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Zero violations of the WCAG 2.x A and AA rules that axe-core checks. */
    static void assertAccessible(Page page, String what) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // Measure what people see once things settle, not a notification half-way through fading in.
        page.waitForFunction("document.getAnimations()"
                + ".every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)");
        List<Rule> violations = AxeCheck.violations(page, WCAG_A_AA);
        assertThat(violations)
                .as("axe-core violations on %s:%n%s", what, describe(violations))
                .isEmpty();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n"
                        + v.getNodes().stream()
                                .map(n -> "    " + n.getTarget() + " " + n.getFailureSummary())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
