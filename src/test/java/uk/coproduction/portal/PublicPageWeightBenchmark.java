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

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
    private static final List<String> STAFF_ELEMENTS = List.of("vaadin-date-picker", "vaadin-context-menu",
            "vaadin-multi-select-combo-box", "vaadin-upload", "vaadin-dialog", "vaadin-password-field",
            "vaadin-integer-field", "vaadin-progress-bar", "vaadin-grid", "vaadin-combo-box", "vaadin-menu-bar");
    private static final Pattern STAFF_STYLESHEET = Pattern.compile(
            "styles/(workspace|advocacy|activities|imports|dashboard|outcomes|packs|representation)\\.css");
    private static final int SESSIONS = Integer.getInteger("portal.benchmark.sessions", 200);

    record Visit(long bytes, int requests, List<String> staffElements, List<String> staffStylesheets,
                 List<String> urls) {
    }

    @Test
    void feedbackFirstVisitAndHeapPerSessionAgainstABareVaadinApp() throws Exception {
        Path jar = ProductionPortal.productionJar();
        Path work = Files.createTempDirectory("public-weight-bench");
        List<Process> started = new ArrayList<>();
        boolean measured = false;
        try {
            int dbPort = ProductionPortal.freePort();
            String dbPassword = "bench" + HexFormat.of().formatHex(ProductionPortal.randomBytes(8));
            started.add(ProductionPortal.startMariaDb(work, dbPort, dbPassword));

            int portalPort = ProductionPortal.freePort();
            Process portal = ProductionPortal.startPortal(jar, work, portalPort, dbPort, dbPassword);
            started.add(portal);
            int floorPort = ProductionPortal.freePort();
            // The floor runs from the same jar unless told otherwise (e.g. the pre-compiled bundle's jar, to compare a
            // portal built with a bundle of its own against the floor the stack allows).
            Path floorJar = Optional.ofNullable(System.getProperty("portal.benchmark.floor-jar")).map(Path::of)
                    .orElse(jar);
            Process floor = startFloor(floorJar, work, floorPort);
            started.add(floor);
            ProductionPortal.waitForHttp(portal, "http://127.0.0.1:" + portalPort + "/actuator/health", work.resolve("portal.log"));
            ProductionPortal.waitForHttp(floor, "http://127.0.0.1:" + floorPort + "/feedback", work.resolve("floor.log"));

            Visit portalVisit;
            Visit floorVisit;
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = playwright.chromium().launch(ProductionPortal.chromium())) {
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
            assertThat(portalVisit.requests()).as("the portal's page was measured").isGreaterThan(1);
            assertThat(floorVisit.requests()).as("the floor's page was measured").isGreaterThan(1);
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
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        }
    }



    // --- the floor (the portal and its database: ProductionPortal) ---


    /** The production jar's libraries less the ones a bare app does not use, plus the floor's classes and bundle. */
    private static Process startFloor(Path jar, Path work, int port) throws IOException {
        Path lib = Files.createDirectories(work.resolve("floor/lib"));
        Path classes = Files.createDirectories(work.resolve("floor/classes"));
        Pattern unused = Pattern.compile("(spring-boot-(data|jpa|hibernate|jdbc|sql|persistence|transaction|flyway"
                + "|security|actuator|health|micrometer|mail)|spring-(security|data|orm|jdbc|aspects)|hibernate-core"
                + "|hibernate-models|flyway|mariadb|HikariCP|shedlock|micrometer-(core|jakarta9|registry)|prometheus|oauth2|nimbus"
                + "|spring-boot-jarmode).*");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                Path target = null;
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    String file = name.substring("BOOT-INF/lib/".length());
                    if (!unused.matcher(file).matches()) {
                        target = lib.resolve(file);
                    }
                } else if (name.startsWith("META-INF/VAADIN/") && !entry.isDirectory()) {
                    target = classes.resolve(name);
                }
                if (target != null) {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Path floorClasses = Path.of("target", "test-classes", "uk", "coproduction", "floor");
        Path into = Files.createDirectories(classes.resolve("uk/coproduction/floor"));
        try (Stream<Path> files = Files.list(floorClasses)) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> command = new ArrayList<>(List.of(ProductionPortal.java(), "-Xmx1g", "-Djava.io.tmpdir=" + work,
                "-cp", classes + ":" + lib + "/*", "uk.coproduction.floor.BareVaadinApp",
                "--server.port=" + port, "--server.address=127.0.0.1", "--vaadin.allowed-packages=uk.coproduction.floor",
                "--vaadin.productionMode=true", "--spring.main.banner-mode=off"));
        // The same HTTP compression as the portal, so the bytes compare the pages, not the server settings.
        Properties portalSettings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            portalSettings.load(in);
        }
        portalSettings.stringPropertyNames().stream().filter(key -> key.startsWith("server.compression."))
                .forEach(key -> command.add("--" + key + "=" + portalSettings.getProperty(key)));
        return new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(work.resolve("floor.log").toFile()).start();
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
            List<String> defined = (List<String>) page.evaluate(
                    "names => names.filter(n => customElements.get(n) !== undefined)", STAFF_ELEMENTS);
            List<String> sheets = urls.stream().filter(u -> STAFF_STYLESHEET.matcher(u).find()).toList();
            return new Visit(bytes, visit.size(), defined, sheets, urls);
        }
    }

    /** Heap held per open public session: N sessions each with a UI on /feedback, heap after full GC before/after. */
    private static double heapPerSession(Process server, int port) throws Exception {
        List<HttpClient> open = new ArrayList<>();
        openSession(port, open); // warm: the first session loads classes and caches
        long before = heapAfterGc(server);
        for (int i = 0; i < SESSIONS; i++) {
            openSession(port, open);
        }
        long after = heapAfterGc(server);
        assertThat(open).hasSize(SESSIONS + 1);
        return (after - before) / (double) SESSIONS;
    }

    private static void openSession(int port, List<HttpClient> open) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/feedback")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> uidl = http.send(HttpRequest.newBuilder(
                URI.create(base + "/?v-r=init&location=feedback&query=")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(uidl.statusCode()).isEqualTo(200);
        open.add(http);
    }

    private static long heapAfterGc(Process server) throws Exception {
        String pid = Long.toString(server.pid());
        for (int i = 0; i < 2; i++) {
            command("jcmd", pid, "GC.run");
        }
        String info = command("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        assertThat(used.find()).as("jcmd GC.heap_info: %s", info).isTrue();
        return Long.parseLong(used.group(1)) * 1024;
    }

    // --- report ---

    private static String report(Visit portal, Visit floor, double portalHeap, double floorHeap) {
        StringBuilder out = new StringBuilder();
        out.append("# Public page weight (PublicPageWeightBenchmark, ").append(Instant.now()).append(")\n\n");
        out.append("| measurement | portal | bare Vaadin | ratio |\n|---|---:|---:|---:|\n");
        out.append(row("`/feedback` first visit, bytes on the wire", portal.bytes(), floor.bytes()));
        out.append(row("`/feedback` first visit, requests", portal.requests(), floor.requests()));
        out.append(row("heap per open public session, bytes (" + SESSIONS + " sessions)",
                Math.round(portalHeap), Math.round(floorHeap)));
        out.append("\nStaff component code defined on the portal's `/feedback`: ")
                .append(portal.staffElements().isEmpty() ? "none" : String.join(", ", portal.staffElements()))
                .append("\nStaff component code defined on the bare app's page: ")
                .append(floor.staffElements().isEmpty() ? "none" : String.join(", ", floor.staffElements()))
                .append("\nStaff stylesheets requested by the portal's `/feedback`: ")
                .append(portal.staffStylesheets().isEmpty() ? "none" : String.join(", ", portal.staffStylesheets()))
                .append("\n\nPortal requests:\n")
                .append(portal.urls().stream().map(u -> "- " + u).collect(Collectors.joining("\n")))
                .append("\n\nBare app requests:\n")
                .append(floor.urls().stream().map(u -> "- " + u).collect(Collectors.joining("\n"))).append('\n');
        return out.toString();
    }

    private static String row(String what, long portal, long floor) {
        return String.format(Locale.UK, "| %s | %,d | %,d | %.2f |%n", what, portal, floor,
                floor == 0 ? Double.NaN : portal / (double) floor);
    }





    private static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

}
