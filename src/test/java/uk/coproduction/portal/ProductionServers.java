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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar and its floor as the benchmarks start them (PublicPageWeightBenchmark, ResidentLoadBenchmark):
 * MariaDB's own server on loopback, the portal in the {@code prod} profile configured through the environment, the
 * bare Vaadin app from the same jar's libraries; and what they read from a running server (heap after full GC, CPU
 * time from {@code /proc}).
 */
final class ProductionServers {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ProductionServers() {}

    // --- the production jar ---

    static Path productionJar() throws IOException {
        Optional<Path> named =
                Optional.ofNullable(System.getProperty("portal.benchmark.jar")).map(Path::of);
        Path jar;
        if (named.isPresent()) {
            jar = named.get();
        } else {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                jar = files.filter(p -> p.getFileName().toString().matches("coproduction-portal-.*\\.jar"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                "No production jar in target/: run mvn -Pproduction package -DskipTests first"));
            }
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(info)
                    .as("%s is a Vaadin production build (mvn -Pproduction package)", jar)
                    .isNotNull();
            try (InputStream in = zip.getInputStream(info)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("%s is a production build", jar)
                        .containsPattern("\"productionMode\"\\s*:\\s*true");
            }
            assertThat(zip.stream().map(ZipEntry::getName).filter(n -> n.matches("BOOT-INF/lib/vaadin-dev-\\d.*")))
                    .as("the production jar carries no vaadin-dev")
                    .isEmpty();
        }
        return jar;
    }

    // --- the database: MariaDB's own server, on loopback, with a database and user for the portal ---

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
            run(
                    work,
                    "mariadb-install",
                    "mariadb-install-db",
                    "--no-defaults",
                    "--user=" + user,
                    "--datadir=" + data,
                    "--auth-root-authentication-method=normal");
        }
        List<String> command = new ArrayList<>(List.of(
                "mariadbd",
                "--no-defaults",
                "--user=" + user,
                "--datadir=" + data,
                "--socket=" + socket,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--pid-file=" + work.resolve("mariadb.pid"),
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                // Its own temporary files beside its data: other programs clean /tmp while a long query runs.
                "--tmpdir=" + Files.createDirectories(work.resolve("mariadb-tmp"))));
        command.addAll(serverOptions);
        Process db = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("mariadb.log").toFile())
                .start();
        Instant until = Instant.now().plusSeconds(120);
        while (true) {
            Process ping = new ProcessBuilder(
                            "mariadb", "--no-defaults", "--socket=" + socket, "-uroot", "-e", "SELECT 1")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (ping.waitFor() == 0) {
                break;
            }
            if (Instant.now().isAfter(until) || !db.isAlive()) {
                throw new AssertionError("MariaDB did not start: " + Files.readString(work.resolve("mariadb.log")));
            }
            Thread.sleep(500);
        }
        run(
                work,
                "mariadb-setup",
                "mariadb",
                "--no-defaults",
                "--socket=" + socket,
                "-uroot",
                "-e",
                "CREATE DATABASE IF NOT EXISTS coproduction CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                        + "CREATE USER IF NOT EXISTS 'portal'@'127.0.0.1' IDENTIFIED BY '" + password + "'; "
                        + "ALTER USER 'portal'@'127.0.0.1' IDENTIFIED BY '" + password + "'; "
                        + "GRANT ALL PRIVILEGES ON coproduction.* TO 'portal'@'127.0.0.1';");
        return db;
    }

    // --- the two servers ---

    static Process startPortal(Path jar, Path work, int port, int dbPort, String dbPassword) throws IOException {
        return startPortal(jar, work, port, dbPort, dbPassword, List.of());
    }

    /** The portal with further JVM options before {@code -jar} (e.g. for a flight recording). */
    static Process startPortal(Path jar, Path work, int port, int dbPort, String dbPassword, List<String> jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-Djava.io.tmpdir=" + work));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("DATABASE_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/coproduction");
        env.put("DATABASE_USERNAME", "portal");
        env.put("DATABASE_PASSWORD", dbPassword);
        env.put("SESSION_COOKIE_SECURE", "false");
        env.put("PORTAL_INITIAL_ADMIN_USERNAME", "first.admin");
        env.put(
                "PORTAL_INITIAL_ADMIN_PASSWORD",
                "Bench-" + HexFormat.of().withDelimiter("-").formatHex(randomBytes(6)) + "-Kent");
        env.put("PORTAL_SAFEGUARDING_LEAD_CONTACT", "safeguarding.bench@example.org");
        env.put("PORTAL_SAFEGUARDING_ESCALATE_TO", "duty.bench@example.org");
        return builder.redirectErrorStream(true)
                .redirectOutput(work.resolve("portal.log").toFile())
                .start();
    }

    /** The production jar's libraries less the ones a bare app does not use, plus the floor's classes and bundle. */
    static Process startFloor(Path jar, Path work, int port) throws IOException {
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
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx1g",
                "-Djava.io.tmpdir=" + work,
                "-cp",
                classes + ":" + lib + "/*",
                "uk.coproduction.floor.BareVaadinApp",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--vaadin.allowed-packages=uk.coproduction.floor",
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off"));
        // The same HTTP compression as the portal, so the bytes compare the pages, not the server settings.
        Properties portalSettings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            portalSettings.load(in);
        }
        portalSettings.stringPropertyNames().stream()
                .filter(key -> key.startsWith("server.compression."))
                .forEach(key -> command.add("--" + key + "=" + portalSettings.getProperty(key)));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("floor.log").toFile())
                .start();
    }

    static void waitForHttp(Process server, String url, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new AssertionError("Stopped during start-up: " + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100); // often, so that the CPU read just after the first 200 is the start-up's
        }
        throw new AssertionError(url + " did not answer in 4 minutes: " + tail(log));
    }

    static long heapAfterGc(Process server) throws Exception {
        String pid = Long.toString(server.pid());
        for (int i = 0; i < 2; i++) {
            command("jcmd", pid, "GC.run");
        }
        String info = command("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        assertThat(used.find()).as("jcmd GC.heap_info: %s", info).isTrue();
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** CPU seconds (user and system) the process has used so far, from /proc/<pid>/stat (clock ticks of 1/100 s). */
    static double cpuSeconds(Process server) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(server.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the name: state is field 3, utime field 14, stime field 15 (proc(5)); index = field - 3
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    static BrowserType.LaunchOptions chromium() {
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
        if (Files.isExecutable(CHROMIUM)) {
            launch.setExecutablePath(CHROMIUM);
        }
        return launch;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command[0]) + " failed: " + tail(log));
        }
    }

    static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
