package uk.coproduction.portal.imports;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this thread (the import's Java side) and by the database server process, so a benchmark on a
 * shared machine can say how long the work would take on a quiet one: wall time there is about the sum, since the
 * import waits for each statement. Linux only (the server's time is read from /proc); elsewhere the server's is -1.
 */
record CpuTime(long javaMillis, long databaseMillis) {

    static CpuTime now(JdbcTemplate jdbc) {
        long java = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        return new CpuTime(java, databaseMillis(jdbc));
    }

    CpuTime since(CpuTime start) {
        return new CpuTime(
                javaMillis - start.javaMillis,
                databaseMillis < 0 || start.databaseMillis < 0 ? -1 : databaseMillis - start.databaseMillis);
    }

    private static long databaseMillis(JdbcTemplate jdbc) {
        try {
            String pidFile = jdbc.queryForObject("SELECT @@pid_file", String.class);
            String pid = Files.readString(Path.of(pidFile)).strip();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th fields.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
