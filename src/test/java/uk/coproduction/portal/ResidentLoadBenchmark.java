package uk.coproduction.portal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.coproduction.load.ResidentJourney;
import uk.coproduction.load.VaadinTab;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "Capacity" and "Server cost", in one run on the production jar (not a timed test: it prints figures and
 * writes {@code target/load-report.md}; README, "Load: the driver"). Residents are replayed by
 * {@link ResidentJourney} over plain HTTP (Vaadin's own requests, no browser), each from a client address of its own
 * in {@code X-Forwarded-For}: the portal believes that header from a proxy on loopback only, which is how it sees
 * residents behind the council's proxy, so its anonymous limits run exactly as in production and no setting is
 * raised. Bounded: a fixed number of journeys and sessions, and a time limit after which no new journey starts.
 *
 * <ol>
 *   <li>Start-up CPU to the first HTTP 200 on {@code /feedback}: the portal, then the bare Vaadin app alone.</li>
 *   <li>Warm-up journeys, then N journeys by C concurrent residents: the server's CPU per journey (from
 *       {@code /proc/<pid>/stat}), submits per second, and the Send round trip's p50/p95.</li>
 *   <li>S residents left open on the journey's first page (Start pressed, a draft saved): heap after full GC before and after, per session,
 *       and whether all S still answer afterwards; the same for S first visits on the bare app.</li>
 *   <li>Nothing lost: every reference code a thank-you page showed is in MariaDB's {@code feedback} table exactly
 *       once, and the table holds no other row.</li>
 * </ol>
 */
@Tag("benchmark")
class ResidentLoadBenchmark {

    private static final int SESSIONS = Integer.getInteger("portal.load.sessions", 1000);
    private static final int JOURNEYS = Integer.getInteger("portal.load.journeys", 60);
    private static final int WARM_UP = Integer.getInteger("portal.load.warm-up", 15);
    private static final int RESIDENTS = Integer.getInteger("portal.load.residents", 4);
    private static final Duration TIME_LIMIT = Duration.ofMinutes(Integer.getInteger("portal.load.minutes", 20));

    private final AtomicInteger addresses = new AtomicInteger();
    private final List<String> codesSeen = Collections.synchronizedList(new ArrayList<>());

    record Phase(
            int journeys,
            double seconds,
            double serverCpu,
            double driverCpu,
            List<Long> sendNanos,
            List<Long> clickNanos,
            int roundTrips,
            int clicks,
            List<String> failures) {}

    @Test
    void residentsOnOneNode() throws Exception {
        Path jar = ProductionServers.productionJar();
        Path work = Files.createTempDirectory("resident-load");
        List<Process> started = new ArrayList<>();
        Instant until = Instant.now().plus(TIME_LIMIT);
        boolean measured = false;
        try {
            int dbPort = ProductionServers.freePort();
            String dbPassword = "bench" + HexFormat.of().formatHex(ProductionServers.randomBytes(8));
            started.add(ProductionServers.startMariaDb(work, dbPort, dbPassword));

            int portalPort = ProductionServers.freePort();
            Process portal = ProductionServers.startPortal(jar, work, portalPort, dbPort, dbPassword);
            started.add(portal);
            String base = "http://127.0.0.1:" + portalPort;
            ProductionServers.waitForHttp(portal, base + "/feedback", work.resolve("portal.log"));
            double portalStartCpu = ProductionServers.cpuSeconds(portal);

            int floorPort = ProductionServers.freePort();
            Process floor = ProductionServers.startFloor(jar, work, floorPort);
            started.add(floor);
            String floorBase = "http://127.0.0.1:" + floorPort;
            ProductionServers.waitForHttp(floor, floorBase + "/feedback", work.resolve("floor.log"));
            double floorStartCpu = ProductionServers.cpuSeconds(floor);

            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

            double floorHeap = floorHeapPerSession(http, floor, floorBase);
            floor.destroy();
            floor.waitFor(30, TimeUnit.SECONDS);

            Phase warm = journeys(http, portal, base, WARM_UP, RESIDENTS, until);
            String recording = System.getProperty("portal.load.jfr");
            if (recording != null) { // where the measured journeys' CPU goes: JDK Flight Recorder's profile
                ProductionServers.command(
                        "jcmd", Long.toString(portal.pid()), "JFR.start", "name=load", "settings=profile");
            }
            Phase load = journeys(http, portal, base, JOURNEYS, RESIDENTS, until);
            if (recording != null) {
                ProductionServers.command(
                        "jcmd",
                        Long.toString(portal.pid()),
                        "JFR.dump",
                        "name=load",
                        "filename=" + Path.of(recording).toAbsolutePath());
            }

            long heapBefore = ProductionServers.heapAfterGc(portal);
            List<ResidentJourney> held = hold(http, base, SESSIONS, RESIDENTS, until);
            long heapHeld = ProductionServers.heapAfterGc(portal);
            int stillOpen = stillAnswering(held, RESIDENTS);
            boolean alive = portal.isAlive();

            Lost lost = nothingLost(dbPort, dbPassword);
            String report = report(
                    portalStartCpu,
                    floorStartCpu,
                    warm,
                    load,
                    held.size(),
                    heapBefore,
                    heapHeld,
                    stillOpen,
                    alive,
                    floorHeap,
                    lost);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.md"), report);

            assertThat(load.failures()).as("journeys that failed").isEmpty();
            assertThat(lost.missing())
                    .as("reference codes shown but not stored")
                    .isEmpty();
            assertThat(lost.twice()).as("reference codes stored more than once").isEmpty();
            assertThat(lost.rows()).as("rows in feedback = journeys sent").isEqualTo(lost.codes());
            measured = true;
        } finally {
            for (Process process : started.reversed()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            if (measured) {
                try (Stream<Path> files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(file -> file.toFile().delete());
                }
            } else {
                System.out.println("Kept for a look: " + work);
            }
        }
    }

    // --- journeys: CPU per journey, submits per second, Send round trip ---

    private Phase journeys(HttpClient http, Process portal, String base, int count, int residents, Instant until)
            throws Exception {
        ConcurrentLinkedQueue<Long> send = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> clicks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger trips = new AtomicInteger();
        AtomicInteger clickCount = new AtomicInteger();
        double serverCpu = ProductionServers.cpuSeconds(portal);
        double driverCpu = ownCpuSeconds();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(residents);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < residents; r++) {
                running.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count && Instant.now().isBefore(until)) {
                        ResidentJourney journey = new ResidentJourney(newTab(http, base));
                        try {
                            journey.start();
                            journey.toFirstQuestion();
                            String code = journey.finish("The staff listened to us. " + next.get());
                            codesSeen.add(code);
                            send.add(journey.sendNanos());
                            clicks.addAll(journey.continueNanos());
                            trips.addAndGet(journey.tab().roundTrips());
                            clickCount.addAndGet(journey.clicks());
                            done.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            failures.add(journey.tab().where() + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Phase(
                done.get(),
                seconds,
                ProductionServers.cpuSeconds(portal) - serverCpu,
                ownCpuSeconds() - driverCpu,
                List.copyOf(send),
                List.copyOf(clicks),
                trips.get(),
                clickCount.get(),
                List.copyOf(failures));
    }

    // --- open sessions: heap per session, and that all of them still answer ---

    private List<ResidentJourney> hold(HttpClient http, String base, int count, int residents, Instant until)
            throws Exception {
        List<ResidentJourney> held = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(residents);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < residents; r++) {
                running.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count && Instant.now().isBefore(until)) {
                        ResidentJourney journey = new ResidentJourney(newTab(http, base));
                        journey.start();
                        held.add(journey);
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        return held;
    }

    /** Each held resident answers the question it was left on: a round trip on a session that must still exist. */
    private static int stillOpen(ResidentJourney journey) {
        try {
            journey.tab().chooseRadio("I'm not sure which service");
            return 1;
        } catch (Exception e) {
            return 0;
        }
    }

    private static int stillAnswering(List<ResidentJourney> held, int residents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(residents);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (ResidentJourney each : held) {
                answers.add(pool.submit(() -> stillOpen(each)));
            }
            int open = 0;
            for (Future<Integer> each : answers) {
                open += each.get();
            }
            return open;
        } finally {
            pool.shutdown();
        }
    }

    private double floorHeapPerSession(HttpClient http, Process floor, String floorBase) throws Exception {
        new VaadinTab(http, floorBase, "10.255.0.1").open("feedback");
        long before = ProductionServers.heapAfterGc(floor);
        List<VaadinTab> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            VaadinTab tab = new VaadinTab(http, floorBase, "10.255.0.1");
            tab.open("feedback");
            open.add(tab);
        }
        long after = ProductionServers.heapAfterGc(floor);
        assertThat(open).hasSize(SESSIONS);
        return (after - before) / (double) SESSIONS;
    }

    /** A resident from an address of their own: 10.x.y.z, as the council's proxy would report them. */
    private VaadinTab newTab(HttpClient http, String base) {
        int n = addresses.incrementAndGet();
        return new VaadinTab(http, base, "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    // --- nothing lost: the feedback table itself ---

    record Lost(int codes, long rows, List<String> missing, List<String> twice, long held) {}

    private Lost nothingLost(int dbPort, String dbPassword) throws Exception {
        List<String> codes = List.copyOf(codesSeen);
        Map<String, Integer> stored = new HashMap<>();
        long rows;
        long held;
        try (Connection db = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + dbPort + "/coproduction", "portal", dbPassword)) {
            for (int from = 0; from < codes.size(); from += 500) {
                List<String> slice = codes.subList(from, Math.min(codes.size(), from + 500));
                String marks = String.join(",", Collections.nCopies(slice.size(), "?"));
                try (PreparedStatement query = db.prepareStatement("SELECT reference_code, COUNT(*) FROM feedback"
                        + " WHERE reference_code IN (" + marks + ") GROUP BY reference_code")) {
                    for (int i = 0; i < slice.size(); i++) {
                        query.setString(i + 1, slice.get(i));
                    }
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            stored.put(found.getString(1), found.getInt(2));
                        }
                    }
                }
            }
            rows = count(db, "SELECT COUNT(*) FROM feedback");
            held = count(db, "SELECT COUNT(*) FROM feedback WHERE held_for_review");
        }
        List<String> missing =
                codes.stream().filter(c -> !stored.containsKey(c)).toList();
        List<String> twice = stored.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        List<String> shownTwice = codes.stream()
                .filter(c -> Collections.frequency(codes, c) > 1)
                .distinct()
                .toList();
        List<String> allTwice = new ArrayList<>(twice);
        allTwice.addAll(shownTwice);
        return new Lost(codes.size(), rows, missing, allTwice, held);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    // --- report ---

    private static String report(
            double portalStartCpu,
            double floorStartCpu,
            Phase warm,
            Phase load,
            int held,
            long heapBefore,
            long heapHeld,
            int stillOpen,
            boolean alive,
            double floorHeap,
            Lost lost)
            throws IOException {
        double perSession = (heapHeld - heapBefore) / (double) Math.max(1, held);
        double mib = 1024 * 1024;
        double fits = (1024 * mib - heapBefore) / perSession;
        StringBuilder out = new StringBuilder();
        out.append("# Residents on one node (ResidentLoadBenchmark, ")
                .append(Instant.now())
                .append(")\n\n");
        out.append(String.format(
                Locale.UK,
                "Machine: %d cores, load average %s before the run's end; portal -Xmx1g,"
                        + " prod profile, MariaDB %s on the same machine; the driver runs on the same machine too.%n%n",
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip(),
                "server (Debian)"));
        out.append("| measurement | portal | bare Vaadin | ratio | goal |\n|---|---:|---:|---:|---|\n");
        out.append(String.format(
                Locale.UK,
                "| server CPU to start (to the first HTTP 200 on `/feedback`), CPU-s |"
                        + " %.1f | %.1f | %.2f | ≤ 2× |%n",
                portalStartCpu,
                floorStartCpu,
                portalStartCpu / floorStartCpu));
        out.append(String.format(
                Locale.UK,
                "| server CPU per complete warmed resident journey, CPU-s (%d journeys) |"
                        + " %.3f | — | — | ≤ 0.2 |%n",
                load.journeys(),
                load.serverCpu() / Math.max(1, load.journeys())));
        out.append(String.format(
                Locale.UK,
                "| heap per open public session, bytes (%d sessions; portal: Start pressed,"
                        + " at the journey's first page with a draft; bare app: its one page) | %,.0f | %,.0f | %.2f | ≤ 60 KB |%n",
                held,
                perSession,
                floorHeap,
                perSession / floorHeap));
        out.append(String.format(
                Locale.UK,
                "| open resident sessions held in a 1 GiB heap | %,d held (heap after"
                        + " full GC %,.0f MiB; %,d of them still answering; server %s) — room for about %,.0f | — | — |"
                        + " ≥ 1,000 |%n",
                held,
                heapHeld / mib,
                stillOpen,
                alive ? "alive" : "DEAD",
                fits));
        out.append(String.format(
                Locale.UK,
                "| sustained submits per second (%d residents at once, no pauses) |" + " %.2f | — | — | — |%n",
                RESIDENTS,
                load.journeys() / load.seconds()));
        out.append(String.format(
                Locale.UK,
                "| Send round trip p50 / p95, ms | %.0f / %.0f | — | — | — |%n",
                percentile(load.sendNanos(), 50) / 1e6,
                percentile(load.sendNanos(), 95) / 1e6));
        out.append(String.format(
                Locale.UK,
                "| every click's round trip p50 / p95, ms | %.0f / %.0f | — | — | — |%n",
                percentile(load.clickNanos(), 50) / 1e6,
                percentile(load.clickNanos(), 95) / 1e6));
        out.append(String.format(
                Locale.UK,
                "| nothing lost: codes shown / in the table / missing / twice |"
                        + " %,d / %,d / %d / %d | — | — | all, none, none |%n",
                lost.codes(),
                lost.rows(),
                lost.missing().size(),
                lost.twice().size()));
        out.append(String.format(
                Locale.UK,
                "%nMeasured phase: %d journeys in %.1f s by %d residents at once; server"
                        + " CPU %.1f s (%.0f %% of 2 cores), the driver's own CPU %.1f s; %d clicks, %d HTTP requests"
                        + " (%.1f per journey: the page, the bootstrap, the navigation, one round trip per click and one"
                        + " more after each page with radio buttons, as a browser sends). Warm-up: %d journeys in %.1f s,"
                        + " server CPU %.2f s per journey. Failures: %s.%n",
                load.journeys(),
                load.seconds(),
                RESIDENTS,
                load.serverCpu(),
                100 * load.serverCpu() / load.seconds() / 2,
                load.driverCpu(),
                load.clicks(),
                load.roundTrips(),
                load.roundTrips() / (double) Math.max(1, load.journeys()),
                warm.journeys(),
                warm.seconds(),
                warm.serverCpu() / Math.max(1, warm.journeys()),
                load.failures().isEmpty()
                        ? "none"
                        : String.join("; ", load.failures().stream().limit(5).toList())));
        out.append(String.format(
                Locale.UK,
                "Heap after full GC: %,.1f MiB before the held sessions, %,.1f MiB with"
                        + " %,d held. Journeys held for review as faster than a person reads (the driver does not"
                        + " pause; stored all the same): %,d of %,d rows.%n",
                heapBefore / mib,
                heapHeld / mib,
                held,
                lost.held(),
                lost.rows()));
        return out.toString();
    }

    private static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ownCpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }
}
