package uk.coproduction.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Sizes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.coproduction.load.VaadinTab;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, residents' pages and server cost, measured side by side in one run (not a timed test: it prints figures
 * and ratios and writes {@code target/public-weight.md}). Runs with {@code mvn -Pbenchmark test
 * -Dtest=PublicPageWeightBenchmark} after {@code mvn -Pproduction package -DskipTests} (README, "Public page weight").
 *
 * <ul>
 *   <li>The portal: the production jar, {@code prod} profile, against a MariaDB server of its own (Debian's
 *       {@code mariadbd}, as {@code .ci/production-check} starts it), configured only through the environment.</li>
 *   <li>The floor: {@code uk.coproduction.floor.BareVaadinApp}, one view with a heading, a radio group, a text area
 *       and two buttons, run in production mode from the same jar's libraries (less the database, security and
 *       metrics ones it does not use) and the same Vaadin bundle, so the only difference is the portal itself.</li>
 * </ul>
 * Each first visit is a fresh browser context (empty cache) in Debian's Chromium; bytes are what came over the wire
 * (headers and encoded bodies). Heap per open session: N sessions opened by plain HTTP (the page and Vaadin's first
 * UIDL request, so each holds a UI with its view), heap after a full GC before and after, difference / N.
 */
@Tag("benchmark")
class PublicPageWeightBenchmark {

    /** Custom elements only staff pages use: none of their code should reach a resident's first page. */
    private static final List<String> STAFF_ELEMENTS = List.of(
            "vaadin-date-picker",
            "vaadin-context-menu",
            "vaadin-multi-select-combo-box",
            "vaadin-upload",
            "vaadin-dialog",
            "vaadin-password-field",
            "vaadin-integer-field",
            "vaadin-progress-bar",
            "vaadin-grid",
            "vaadin-combo-box",
            "vaadin-menu-bar");

    private static final Pattern STAFF_STYLESHEET = Pattern.compile(
            "styles/(workspace|advocacy|activities|imports|dashboard|outcomes|packs|representation)\\.css");
    private static final int SESSIONS = Integer.getInteger("portal.benchmark.sessions", 200);

    record Visit(
            long bytes, int requests, List<String> staffElements, List<String> staffStylesheets, List<String> urls) {}

    @Test
    void feedbackFirstVisitAndHeapPerSessionAgainstABareVaadinApp() throws Exception {
        Path jar = ProductionServers.productionJar();
        Path work = Files.createTempDirectory("public-weight-bench");
        List<Process> started = new ArrayList<>();
        boolean measured = false;
        try {
            int dbPort = ProductionServers.freePort();
            String dbPassword = "bench" + HexFormat.of().formatHex(ProductionServers.randomBytes(8));
            started.add(ProductionServers.startMariaDb(work, dbPort, dbPassword));

            int portalPort = ProductionServers.freePort();
            Process portal = ProductionServers.startPortal(jar, work, portalPort, dbPort, dbPassword);
            started.add(portal);
            int floorPort = ProductionServers.freePort();
            // The floor runs from the same jar unless told otherwise (e.g. the pre-compiled bundle's jar, to compare a
            // portal built with a bundle of its own against the floor the stack allows).
            Path floorJar = Optional.ofNullable(System.getProperty("portal.benchmark.floor-jar"))
                    .map(Path::of)
                    .orElse(jar);
            Process floor = ProductionServers.startFloor(floorJar, work, floorPort);
            started.add(floor);
            ProductionServers.waitForHttp(
                    portal, "http://127.0.0.1:" + portalPort + "/actuator/health", work.resolve("portal.log"));
            ProductionServers.waitForHttp(
                    floor, "http://127.0.0.1:" + floorPort + "/feedback", work.resolve("floor.log"));

            Visit portalVisit;
            Visit floorVisit;
            try (Playwright playwright = Playwright.create(
                            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                    Browser browser = playwright.chromium().launch(ProductionServers.chromium())) {
                // One untimed visit each, so neither server's first-request work (class loading) colours the figures.
                firstVisit(browser, "http://127.0.0.1:" + portalPort + "/feedback");
                firstVisit(browser, "http://127.0.0.1:" + floorPort + "/feedback");
                portalVisit = firstVisit(browser, "http://127.0.0.1:" + portalPort + "/feedback");
                floorVisit = firstVisit(browser, "http://127.0.0.1:" + floorPort + "/feedback");
            }
            double portalHeap = heapPerSession(portal, portalPort);
            double floorHeap = heapPerSession(floor, floorPort);

            String report = report(portalVisit, floorVisit, portalHeap, floorHeap);
            System.out.println(report);
            Files.writeString(Path.of("target", "public-weight.md"), report);
            assertThat(portalVisit.requests())
                    .as("the portal's page was measured")
                    .isGreaterThan(1);
            assertThat(floorVisit.requests())
                    .as("the floor's page was measured")
                    .isGreaterThan(1);
            measured = true;
        } finally {
            for (Process process : started.reversed()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            if (measured) { // the database and logs are kept for a look when something failed
                try (Stream<Path> files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(file -> file.toFile().delete());
                }
            }
        }
    }

    // --- measuring ---

    private static Visit firstVisit(Browser browser, String url) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<Request> finished = new ArrayList<>();
            page.onRequestFinished(finished::add);
            page.navigate(url);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("h1").first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            // Reading sizes lets Playwright deliver further events, so the list is read from a copy.
            List<Request> visit = List.copyOf(finished);
            long bytes = 0;
            List<String> urls = new ArrayList<>();
            for (Request request : visit) {
                Sizes sizes = request.sizes();
                bytes += Math.max(0, sizes.responseHeadersSize) + Math.max(0, sizes.responseBodySize);
                urls.add(request.url().replaceFirst("^https?://[^/]+", ""));
            }
            @SuppressWarnings("unchecked")
            List<String> defined = (List<String>)
                    page.evaluate("names => names.filter(n => customElements.get(n) !== undefined)", STAFF_ELEMENTS);
            List<String> sheets = urls.stream()
                    .filter(u -> STAFF_STYLESHEET.matcher(u).find())
                    .toList();
            return new Visit(bytes, visit.size(), defined, sheets, urls);
        }
    }

    /** Heap held per open public session: N sessions each with a UI on /feedback, heap after full GC before/after. */
    private static double heapPerSession(Process server, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<VaadinTab> open = new ArrayList<>();
        openSession(http, port, open); // warm: the first session loads classes and caches
        long before = ProductionServers.heapAfterGc(server);
        for (int i = 0; i < SESSIONS; i++) {
            openSession(http, port, open);
        }
        long after = ProductionServers.heapAfterGc(server);
        assertThat(open).hasSize(SESSIONS + 1);
        return (after - before) / (double) SESSIONS;
    }

    /**
     * A first visit as Vaadin's client makes it: the page, the bootstrap, and the navigation that draws the view (the
     * bootstrap alone holds a UI without its view; decision 0054).
     */
    private static void openSession(HttpClient http, int port, List<VaadinTab> open) throws Exception {
        VaadinTab tab = new VaadinTab(http, "http://127.0.0.1:" + port, "10.0.0." + (open.size() % 250 + 1));
        tab.open("feedback");
        open.add(tab);
    }

    // --- report ---

    private static String report(Visit portal, Visit floor, double portalHeap, double floorHeap) {
        StringBuilder out = new StringBuilder();
        out.append("# Public page weight (PublicPageWeightBenchmark, ")
                .append(Instant.now())
                .append(")\n\n");
        out.append("| measurement | portal | bare Vaadin | ratio |\n|---|---:|---:|---:|\n");
        out.append(row("`/feedback` first visit, bytes on the wire", portal.bytes(), floor.bytes()));
        out.append(row("`/feedback` first visit, requests", portal.requests(), floor.requests()));
        out.append(row(
                "heap per open public session, bytes (" + SESSIONS + " sessions)",
                Math.round(portalHeap),
                Math.round(floorHeap)));
        out.append("\nStaff component code defined on the portal's `/feedback`: ")
                .append(portal.staffElements().isEmpty() ? "none" : String.join(", ", portal.staffElements()))
                .append("\nStaff component code defined on the bare app's page: ")
                .append(floor.staffElements().isEmpty() ? "none" : String.join(", ", floor.staffElements()))
                .append("\nStaff stylesheets requested by the portal's `/feedback`: ")
                .append(portal.staffStylesheets().isEmpty() ? "none" : String.join(", ", portal.staffStylesheets()))
                .append("\n\nPortal requests:\n")
                .append(portal.urls().stream().map(u -> "- " + u).collect(Collectors.joining("\n")))
                .append("\n\nBare app requests:\n")
                .append(floor.urls().stream().map(u -> "- " + u).collect(Collectors.joining("\n")))
                .append('\n');
        return out.toString();
    }

    private static String row(String what, long portal, long floor) {
        return String.format(
                Locale.UK,
                "| %s | %,d | %,d | %.2f |%n",
                what,
                portal,
                floor,
                floor == 0 ? Double.NaN : portal / (double) floor);
    }
}
