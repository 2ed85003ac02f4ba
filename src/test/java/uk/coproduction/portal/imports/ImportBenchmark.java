package uk.coproduction.portal.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.coproduction.portal.imports.CsvImportServiceTest.csv;

/**
 * Not a test: times importing 10,000 valid rows (check, safeguarding check, reply-by dates, duplicates, batched
 * inserts, triggers, alerts) against a plain multi-row INSERT of the same rows ({@link PlainRowsInsert}) in the same run, on the test database. Tag {@code benchmark}: run it with
 * {@code mvn -Pbenchmark test -Dtest=ImportBenchmark}; results in target/import-benchmark.md (issue 24, finding 5).
 */
@Tag("benchmark")
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ImportBenchmark {

    static final int ROWS = 10_000;
    static final int RUNS = 3;

    @Autowired
    CsvImportService imports;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void importTenThousandRowsAgainstAPlainBatchedInsert() throws IOException {
        long[] ours = new long[RUNS];
        long[] plain = new long[RUNS];
        long[] oursCpu = new long[RUNS];
        long[] plainCpu = new long[RUNS];
        StringBuilder cpu = new StringBuilder();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int run = 0; run < RUNS; run++) {
            String unique = UUID.randomUUID().toString();
            CpuTime cpuStart = CpuTime.now(jdbc);
            long start = System.nanoTime();
            PlainRowsInsert.tenThousand(jdbc, transaction, unique);
            plain[run] = (System.nanoTime() - start) / 1_000_000;
            CpuTime plainUsed = CpuTime.now(jdbc).since(cpuStart);

            byte[] file = csv(ImportSpeedTest.tenThousandRows(unique, "Fine " + unique));
            cpuStart = CpuTime.now(jdbc);
            start = System.nanoTime();
            ImportResult result = imports.importGoodRows("benchmark-" + unique + ".csv", file, ImportProgress.NONE);
            ours[run] = (System.nanoTime() - start) / 1_000_000;
            CpuTime oursUsed = CpuTime.now(jdbc).since(cpuStart);
            assertThat(result.imported()).isEqualTo(ROWS);
            oursCpu[run] = oursUsed.javaMillis() + oursUsed.databaseMillis();
            plainCpu[run] = plainUsed.javaMillis() + plainUsed.databaseMillis();
            cpu.append("| ")
                    .append(run)
                    .append(" | ")
                    .append(ours[run])
                    .append(" | ")
                    .append(oursUsed.javaMillis())
                    .append(" | ")
                    .append(oursUsed.databaseMillis())
                    .append(" | ")
                    .append(plain[run])
                    .append(" | ")
                    .append(plainUsed.javaMillis())
                    .append(" | ")
                    .append(plainUsed.databaseMillis())
                    .append(" |\n");
            System.out.println("BENCHMARK import run " + run + ": " + ours[run] + " ms (CPU " + oursUsed
                    + "); plain insert " + plain[run] + " ms (CPU " + plainUsed + ")");
        }
        long worst = Arrays.stream(ours).max().orElseThrow();
        Arrays.sort(ours);
        Arrays.sort(plain);
        Arrays.sort(oursCpu);
        Arrays.sort(plainCpu);
        String report = "# Import benchmark\n\nRun " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + ROWS + " rows, " + RUNS
                + " runs each (median).\n\n| what | median ms | runs ms |\n|---|---|---|\n"
                + "| CsvImportService.importGoodRows (check + import) | " + ours[RUNS / 2] + " | "
                + Arrays.toString(ours) + " |\n"
                + "| plain batched INSERT of the same rows (feedback, ratings, status) | " + plain[RUNS / 2] + " | "
                + Arrays.toString(plain) + " |\n\nRatio (ours / plain): "
                + String.format(Locale.ROOT, "%.2f", (double) ours[RUNS / 2] / Math.max(1, plain[RUNS / 2]))
                + "; slowest import " + worst + " ms.\n\n"
                + "CPU time (ms) of each run: the import's thread and the database server. On a shared machine the wall"
                + " time stretches with the load (load average at the start: "
                + String.format(Locale.ROOT, "%.1f", load) + "); on a quiet one it is about Java + database, since"
                + " the import waits for each statement. Median CPU, import " + oursCpu[RUNS / 2] + " ms, plain insert "
                + plainCpu[RUNS / 2] + " ms.\n\n"
                + "| run | import ms | import Java CPU | import database CPU | plain ms | plain Java CPU |"
                + " plain database CPU |\n|---|---|---|---|---|---|---|\n" + cpu;
        Path out = Path.of("target", "import-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
