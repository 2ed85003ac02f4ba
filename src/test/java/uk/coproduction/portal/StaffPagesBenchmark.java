package uk.coproduction.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "staff at scale" and "generation", measured in one run (not a timed test: it prints figures and ratios and
 * writes {@code target/staff-scale-<items>.md}). README, "Staff pages at a million"; decision 0055.
 *
 * <ol>
 *   <li>A MariaDB server of its own (Debian's {@code mariadbd}, 1 GB buffer pool) on a data directory kept between
 *       runs ({@code portal.benchmark.work}, one folder per size). If it has no feedback yet, the data generator
 *       fills it ({@code portal.benchmark.items}, default 200,000) in a JVM of its own, timed from outside, and then
 *       MariaDB copies the same feedback and rating rows into tables of the same shape without triggers or foreign
 *       keys ({@code INSERT ... SELECT}): the floor of writing those rows at all.</li>
 *   <li>The production jar ({@code prod} profile) on that database, signed in as the children's commissioner; each
 *       staff page opened {@code portal.benchmark.runs} times (after one untimed visit) as a full page load in a
 *       fresh tab of Debian's Chromium: time from navigation start to its first meaningful content (its heading
 *       shown, Vaadin's round trips done, no grid loading) and to its charts drawn (every chart holding its SVG).
 *       Beside each, the plain MariaDB aggregate the page's main figure needs, timed the same number of times on
 *       the same rows.</li>
 *   <li>The evidence pack for the busiest service, made from the packs page (click to the download link).</li>
 * </ol>
 */
@Tag("benchmark")
class StaffPagesBenchmark {

    private static final int ITEMS = Integer.getInteger("portal.benchmark.items", 200_000);
    private static final int RUNS = Integer.getInteger("portal.benchmark.runs", 5);
    private static final Path WORK = Path.of(System.getProperty("portal.benchmark.work", "target/staff-scale"))
            .toAbsolutePath();
    private static final String COUNTED = "f.safeguarding_flag = FALSE AND f.held_for_review = FALSE";

    /** Heading shown, no Vaadin round trip under way, no grid still loading: the page shows what it is for. */
    private static final String CONTENT = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!document.querySelector('main h1, h1') || !clients) return false;
              for (const c of Object.values(clients)) { if (c.isActive && c.isActive()) return false; }
              for (const g of document.querySelectorAll('vaadin-grid')) { if (g.hasAttribute('loading')) return false; }
              return performance.now();
            }""";
    /** Every chart on the page holds its drawing. */
    private static final String CHARTS = """
            selector => {
              const charts = [...document.querySelectorAll(selector)];
              return charts.length > 0 && charts.every(c => c.querySelector('svg, img')) ? performance.now() : false;
            }""";

    record Target(String name, String path, String charts, String floorSql) {}

    record Timing(String name, double[] content, double[] charts, double[] floor) {}

    @Test
    void staffPagesInAChromiumBesideMariaDbsPlainAggregates() throws Exception {
        Path jar = ProductionServers.productionJar();
        Path work = Files.createDirectories(WORK.resolve(Integer.toString(ITEMS)));
        String password = "bench" + HexFormat.of().formatHex(ProductionServers.randomBytes(8));
        int dbPort = ProductionServers.freePort();
        List<Process> started = new ArrayList<>();
        StringBuilder report = new StringBuilder(
                "# Staff pages at %,d items (StaffPagesBenchmark, %s)%n%n".formatted(ITEMS, Instant.now()));
        try {
            started.add(ProductionServers.startMariaDb(
                    work,
                    work.resolve("db"),
                    dbPort,
                    password,
                    List.of("--innodb-buffer-pool-size=1G", "--innodb-log-file-size=512M")));
            String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/coproduction";
            long items = feedbackCount(url, password);
            if (items == 0) {
                report.append(generate(work, url, password));
                items = feedbackCount(url, password);
            } else {
                report.append("Data set kept from an earlier run (")
                        .append(work)
                        .append("): generation not timed.\n\n");
            }
            report.append("Items in the database: %,d. Load average before measuring pages: %s%n%n"
                    .formatted(items, loadAverage()));

            int port = ProductionServers.freePort();
            Process portal = ProductionServers.startPortal(jar, work, port, dbPort, password);
            started.add(portal);
            ProductionServers.waitForHttp(
                    portal, "http://127.0.0.1:" + port + "/actuator/health", work.resolve("portal.log"));
            String base = "http://127.0.0.1:" + port;

            try (Connection db = DriverManager.getConnection(url, "portal", password)) {
                String[] busiest = busiestService(db);
                long item = single(
                        db, "SELECT MAX(f.id) FROM feedback f WHERE f.service_id = " + busiest[0] + " AND " + COUNTED);
                List<Target> targets = targets(busiest, item);
                List<Timing> timings = new ArrayList<>();
                double[] pack;
                try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                        Browser browser = playwright.chromium().launch(ProductionServers.chromium());
                        BrowserContext context = browser.newContext()) {
                    signIn(context, base);
                    for (Target target : targets) {
                        timings.add(measure(context, base, target, db));
                        System.out.printf(
                                Locale.UK,
                                "%s: first content p50 %.0f ms%n",
                                target.name(),
                                percentile(timings.getLast().content(), 50));
                    }
                    pack = pack(context, base, busiest[1]);
                }
                report.append(table(
                        timings,
                        busiest[1],
                        single(db, "SELECT COUNT(*) FROM feedback f WHERE f.service_id = " + busiest[0]),
                        pack));
            }
            report.append("\nLoad average after: ").append(loadAverage()).append('\n');
            System.out.println(report);
            Files.writeString(Path.of("target", "staff-scale-" + ITEMS + ".md"), report);
            assertThat(items).as("the data set was there").isGreaterThan(0);
        } finally {
            for (Process process : started.reversed()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static List<Target> targets(String[] busiest, long item) {
        String service = "f.service_id = " + busiest[0] + " AND " + COUNTED;
        return List.of(
                // No figures at all: what any staff page costs in this browser on this machine (the page floor).
                new Target("settings (no figures: page floor)", "/staff/settings", null, null),
                new Target("inbox", "/staff/inbox", null, """
                        SELECT f.id, f.reference_code, f.submitted_at, f.status FROM feedback f
                        JOIN commissioned_service s ON s.id = f.service_id
                        WHERE s.team = 'CHILDRENS' AND %s ORDER BY f.submitted_at DESC LIMIT 50""".formatted(COUNTED)),
                new Target(
                        "an item",
                        "/staff/feedback/" + item,
                        null,
                        "SELECT f.*, r.* FROM feedback f LEFT JOIN feedback_rating r ON r.feedback_id = f.id WHERE f.id = "
                                + item),
                new Target("services list", "/staff/services", null, """
                        SELECT f.service_id, COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed),
                               SUM(f.first_reply_at IS NULL AND f.reply_by < CURRENT_DATE)
                        FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                        WHERE s.team = 'CHILDRENS' AND %s GROUP BY f.service_id""".formatted(COUNTED)),
                new Target("service page (busiest)", "/staff/services/" + busiest[1], null, """
                        SELECT COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed),
                               SUM(f.first_reply_at IS NULL AND f.reply_by < CURRENT_DATE)
                        FROM feedback f WHERE %s""".formatted(service)),
                new Target(
                        "dashboard (busiest)",
                        "/staff/dashboard?service=" + busiest[1],
                        ".dashboard-chart",
                        """
                        SELECT r.expectation_id, r.answer, COUNT(*) FROM feedback f
                        JOIN feedback_rating r ON r.feedback_id = f.id WHERE %s GROUP BY 1, 2""".formatted(service)),
                new Target("overview", "/staff/dashboard/services", null, """
                        SELECT f.service_id, r.expectation_id, r.answer, COUNT(*) FROM feedback f
                        JOIN feedback_rating r ON r.feedback_id = f.id WHERE %s GROUP BY 1, 2, 3""".formatted(COUNTED)),
                new Target("outcomes", "/staff/dashboard/outcomes", ".outcome-chart", """
                        SELECT f.service_id, COUNT(DISTINCT f.id), SUM(r.answer IN ('VERY_GOOD', 'GOOD'))
                        FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                        LEFT JOIN feedback_rating r ON r.feedback_id = f.id
                        WHERE s.team = 'CHILDRENS' AND %s GROUP BY f.service_id""".formatted(COUNTED)),
                new Target("representation", "/staff/dashboard/representation", null, """
                        SELECT f.area_id, f.respondent_group, f.age_band, COUNT(*) FROM feedback f WHERE %s
                        GROUP BY 1, 2, 3""".formatted(COUNTED)));
    }

    // --- generation, and its floor ---

    /** The generator in a JVM of its own (the local build's classes: the demo package is not in the jar). */
    private static String generate(Path work, String url, String password) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Path tmp = Files.createDirectories(work.resolve("jtmp"));
        Path log = work.resolve("generator.log");
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        Process generator = new ProcessBuilder(
                        ProductionServers.java(),
                        "-Xmx1g",
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        classPath,
                        "uk.coproduction.portal.Application",
                        "--portal.generate.feedback=" + ITEMS,
                        "--server.port=0",
                        "--portal.embedded-database.enabled=false",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=portal",
                        "--spring.datasource.password=" + password,
                        "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(generator.waitFor(60, TimeUnit.MINUTES))
                .as("the generator finished")
                .isTrue();
        double wall = (System.nanoTime() - started) / 1e9;
        String loadAfter = loadAverage();
        assertThat(generator.exitValue())
                .as("the generator's exit code: %s", ProductionServers.tail(log))
                .isZero();
        Matcher own = Pattern.compile("Generated (\\d+) pieces of feedback .* with (\\d+) ratings .* in ([\\d.]+) s")
                .matcher(Files.readString(log));
        assertThat(own.find()).as("the generator's own report in %s", log).isTrue();
        double floor = copyFloor(url, password);
        return """
                ## Generation

                | measurement | seconds |
                |---|---:|
                | generator, whole process (start-up, migrations, demo data, %,d items with %,d ratings) | %.1f |
                | generator, its own figure (the items alone) | %s |
                | floor: MariaDB `INSERT ... SELECT` of the same feedback and rating rows into tables of the same shape (no triggers, no foreign keys) | %.1f |
                | ratio generator / floor | %.2f |

                Load average (1, 5, 15 min) before: %s; after: %s

                """.formatted(
                        Integer.parseInt(own.group(1)),
                        Long.parseLong(own.group(2)),
                        wall,
                        own.group(3),
                        floor,
                        Double.parseDouble(own.group(3)) / floor,
                        loadBefore,
                        loadAfter);
    }

    /** MariaDB writing the same rows with no portal logic at all: the floor the generator is held against. */
    private static double copyFloor(String url, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "portal", password);
                Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS floor_feedback, floor_rating");
            statement.execute("CREATE TABLE floor_feedback LIKE feedback");
            statement.execute("CREATE TABLE floor_rating LIKE feedback_rating");
            long started = System.nanoTime();
            statement.execute("INSERT INTO floor_feedback SELECT * FROM feedback");
            statement.execute("INSERT INTO floor_rating SELECT * FROM feedback_rating");
            double seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("DROP TABLE floor_feedback, floor_rating");
            return seconds;
        }
    }

    // --- the pages ---

    private static void signIn(BrowserContext context, String base) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("commissioner.children");
        page.locator("vaadin-login-form input[name=password]").fill("demo-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.contains("/staff"), new Page.WaitForURLOptions().setTimeout(120_000));
        page.close();
    }

    private static Timing measure(BrowserContext context, String base, Target target, Connection db)
            throws SQLException {
        double[] content = new double[RUNS];
        double[] charts = new double[RUNS];
        double[] floor = new double[RUNS];
        for (int run = -1; run < RUNS; run++) { // run -1: untimed, so first-use work on either side is left out
            Page page = context.newPage();
            page.navigate(base + target.path());
            double shown =
                    number(page.waitForFunction(CONTENT, null, new Page.WaitForFunctionOptions().setTimeout(300_000))
                            .jsonValue());
            double drawn = target.charts() == null
                    ? shown
                    : number(page.waitForFunction(
                                    CHARTS, target.charts(), new Page.WaitForFunctionOptions().setTimeout(300_000))
                            .jsonValue());
            page.close();
            double plain = target.floorSql() == null ? Double.NaN : timeQuery(db, target.floorSql());
            if (run >= 0) {
                content[run] = shown;
                charts[run] = Math.max(shown, drawn);
                floor[run] = plain;
            }
        }
        return new Timing(target.name(), content, charts, floor);
    }

    /** The evidence pack for the busiest service, from the packs page: click to the download link shown. */
    private static double[] pack(BrowserContext context, String base, String serviceCode) {
        double[] seconds = new double[Math.min(RUNS, 3)];
        for (int run = -1; run < seconds.length; run++) {
            Page page = context.newPage();
            page.navigate(base + "/staff/packs?service=" + serviceCode);
            page.waitForFunction(CONTENT, null, new Page.WaitForFunctionOptions().setTimeout(300_000));
            long started = System.nanoTime();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the pack"))
                    .click();
            page.locator(".packs-result a").first().waitFor(new Locator.WaitForOptions().setTimeout(600_000));
            if (run >= 0) {
                seconds[run] = (System.nanoTime() - started) / 1e6;
            }
            page.close();
        }
        return seconds;
    }

    // --- the database ---

    private static double timeQuery(Connection db, String sql) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static long feedbackCount(String url, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "portal", password)) {
            boolean migrated = single(
                            db,
                            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                    + "DATABASE() AND table_name = 'feedback'")
                    > 0;
            return migrated ? single(db, "SELECT COUNT(*) FROM feedback") : 0;
        }
    }

    /** The children's service with the most feedback (the commissioner signed in covers the children's team). */
    private static String[] busiestService(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("""
                SELECT s.id, s.code FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                WHERE s.team = 'CHILDRENS' AND s.active = TRUE GROUP BY s.id, s.code ORDER BY COUNT(*) DESC LIMIT 1""")) {
            assertThat(rs.next()).as("a children's service with feedback").isTrue();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- report ---

    private static String table(List<Timing> timings, String service, long serviceItems, double[] pack) {
        StringBuilder out = new StringBuilder("""
                ## Staff pages in Chromium (production jar, prod profile), %d runs each, ms

                Busiest children's service: %s (%,d items). Floor: MariaDB's plain aggregate for the page's main figure,
                on the raw rows, timed the same number of times.

                | page | first content p50 | p95 | charts drawn p50 | p95 | plain SQL p50 | p95 | ratio page p95 / SQL p95 |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """.formatted(RUNS, service, serviceItems));
        for (Timing t : timings) {
            out.append(String.format(
                    Locale.UK,
                    "| %s | %.0f | %.0f | %.0f | %.0f | %s | %s | %s |%n",
                    t.name(),
                    percentile(t.content(), 50),
                    percentile(t.content(), 95),
                    percentile(t.charts(), 50),
                    percentile(t.charts(), 95),
                    ms(percentile(t.floor(), 50)),
                    ms(percentile(t.floor(), 95)),
                    Double.isNaN(t.floor()[0])
                            ? "–"
                            : String.format(
                                    Locale.UK, "%.1f", percentile(t.charts(), 95) / percentile(t.floor(), 95))));
        }
        out.append(String.format(
                Locale.UK,
                "%nEvidence pack for %s (click to download link): p50 %.0f ms, max %.0f ms" + " over %d runs%n",
                service,
                percentile(pack, 50),
                percentile(pack, 100),
                pack.length));
        return out.toString();
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.UK, "%.0f", value);
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
