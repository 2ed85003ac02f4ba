package uk.coproduction.portal.base.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A portal that was killed (not stopped) leaves its mariadbd running and holding the data folder;
 * the next start would then retry for 30 s and fail with "Can't lock aria control file".
 * Before starting, stop such a leftover server, found by the pid file in the data folder.
 */
final class StaleMariaDbProcess {

    private static final Logger log = LoggerFactory.getLogger(StaleMariaDbProcess.class);

    private StaleMariaDbProcess() {}

    static void stopIfHolding(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(StaleMariaDbProcess::stopProcessIn);
        }
    }

    /**
     * True when a MariaDB holding the data folder belongs to a portal that is still running (its parent, a Java
     * process, is alive): it is in use, not left over, and must not be stopped.
     */
    static boolean heldByARunningPortal(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .anyMatch(pidFile -> {
                        try {
                            long pid = Long.parseLong(Files.readString(pidFile).trim());
                            return ProcessHandle.of(pid)
                                    .filter(ProcessHandle::isAlive)
                                    .filter(p -> p.info()
                                            .command()
                                            .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                                            .orElse(false))
                                    .flatMap(ProcessHandle::parent)
                                    .filter(ProcessHandle::isAlive)
                                    .flatMap(parent -> parent.info().command())
                                    .map(c -> c.contains("java"))
                                    .orElse(false);
                        } catch (NumberFormatException | IOException e) {
                            return false;
                        }
                    });
        }
    }

    private static void stopProcessIn(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid)
                    .filter(p -> p.info()
                            .command()
                            .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                            .orElse(false));
            if (process.isPresent()) {
                log.warn("Stopping a leftover MariaDB (pid {}) that still holds {}", pid, pidFile.getParent());
                process.get().destroy();
                process.get().onExit().get(30, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(pidFile);
        } catch (NumberFormatException | IOException e) {
            log.debug("Ignoring unreadable pid file {}", pidFile, e);
        } catch (Exception e) {
            log.warn("Could not stop the leftover MariaDB named in {}", pidFile, e);
        }
    }
}
