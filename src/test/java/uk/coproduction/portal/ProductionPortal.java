package uk.coproduction.portal;

import com.microsoft.playwright.BrowserType;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar in the {@code prod} profile on a MariaDB server of its own (Debian's {@code mariadbd}, as
 * {@code .ci/production-check} starts it), and the Chromium the benchmarks measure it in: shared by
 * {@link PublicPageWeightBenchmark} and {@link StaffPagesBenchmark}.
 */
final class ProductionPortal {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ProductionPortal() {
    }

    static Path productionJar() throws IOException {
        Optional<Path> named = Optional.ofNullable(System.getProperty("portal.benchmark.jar")).map(Path::of);
        Path jar;
        if (named.isPresent()) {
            jar = named.get();
        } else {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                jar = files.filter(p -> p.getFileName().toString().matches("coproduction-portal-.*\\.jar"))
                        .findFirst().orElseThrow(() -> new AssertionError(
                                "No production jar in target/: run mvn -Pproduction package -DskipTests first"));
            }
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(info).as("%s is a Vaadin production build (mvn -Pproduction package)", jar).isNotNull();
            try (InputStream in = zip.getInputStream(info)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("%s is a production build", jar).containsPattern("\"productionMode\"\\s*:\\s*true");
            }
            assertThat(zip.stream().map(ZipEntry::getName).filter(n -> n.matches("BOOT-INF/lib/vaadin-dev-\\d.*")))
                    .as("the production jar carries no vaadin-dev").isEmpty();
        }
        return jar;
    }

    static Process startMariaDb(Path work, int port, String password) throws Exception {
        return startMariaDb(work, work.resolve("db"), port, password, List.of());
    }

    /**
     * Debian's {@code mariadbd} on loopback with the data in {@code data}: a new data directory is made with a
     * {@code coproduction} database and a {@code portal} user for the password; an existing one (a generated data
     * set kept between runs) is opened as it is, and the user's password set again.
     */
    static Process startMariaDb(Path work, Path data, int port, String password, List<String> serverOptions)
            throws Exception {
        String user = System.getProperty("user.name");
        Path socket = work.resolve("mariadb.sock");
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));
        if (fresh) {
            run(work, "mariadb-install", "mariadb-install-db", "--no-defaults", "--user=" + user,
                    "--datadir=" + data, "--auth-root-authentication-method=normal");
        }
        List<String> command = new ArrayList<>(List.of("mariadbd", "--no-defaults", "--user=" + user,
                "--datadir=" + data, "--socket=" + socket, "--port=" + port, "--bind-address=127.0.0.1",
                "--pid-file=" + work.resolve("mariadb.pid"), "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                // Its own temporary files beside its data: other programs clean /tmp while a long query runs.
                "--tmpdir=" + Files.createDirectories(work.resolve("mariadb-tmp"))));
        command.addAll(serverOptions);
        Process db = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(work.resolve("mariadb.log").toFile()).start();
        Instant until = Instant.now().plusSeconds(120);
        while (true) {
            Process ping = new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + socket, "-uroot", "-e",
                    "SELECT 1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (ping.waitFor() == 0) {
                break;
            }
            if (Instant.now().isAfter(until) || !db.isAlive()) {
                throw new AssertionError("MariaDB did not start: " + Files.readString(work.resolve("mariadb.log")));
            }
            Thread.sleep(500);
        }
        run(work, "mariadb-setup", "mariadb", "--no-defaults", "--socket=" + socket, "-uroot", "-e",
                "CREATE DATABASE IF NOT EXISTS coproduction CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                        + "CREATE USER IF NOT EXISTS 'portal'@'127.0.0.1' IDENTIFIED BY '" + password + "'; "
                        + "ALTER USER 'portal'@'127.0.0.1' IDENTIFIED BY '" + password + "'; "
                        + "GRANT ALL PRIVILEGES ON coproduction.* TO 'portal'@'127.0.0.1';");
        return db;
    }

    static Process startPortal(Path jar, Path work, int port, int dbPort, String dbPassword)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx1g", "-Djava.io.tmpdir=" + work,
                "-jar", jar.toString(), "--server.port=" + port);
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("DATABASE_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/coproduction");
        env.put("DATABASE_USERNAME", "portal");
        env.put("DATABASE_PASSWORD", dbPassword);
        env.put("SESSION_COOKIE_SECURE", "false");
        env.put("PORTAL_INITIAL_ADMIN_USERNAME", "first.admin");
        env.put("PORTAL_INITIAL_ADMIN_PASSWORD", "Bench-" + HexFormat.of().withDelimiter("-")
                .formatHex(randomBytes(6)) + "-Kent");
        env.put("PORTAL_SAFEGUARDING_LEAD_CONTACT", "safeguarding.bench@example.org");
        env.put("PORTAL_SAFEGUARDING_ESCALATE_TO", "duty.bench@example.org");
        return builder.redirectErrorStream(true).redirectOutput(work.resolve("portal.log").toFile()).start();
    }

    static void waitForHttp(Process server, String url, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new AssertionError("Stopped during start-up: " + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(url + " did not answer in 4 minutes: " + tail(log));
    }

    static BrowserType.LaunchOptions chromium() {
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.isExecutable(CHROMIUM)) {
            launch.setExecutablePath(CHROMIUM);
        }
        return launch;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1,
                InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    static void run(Path work, String logName, String... command) throws Exception {
        Path log = work.resolve(logName + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command[0]) + " failed: " + tail(log));
        }
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
