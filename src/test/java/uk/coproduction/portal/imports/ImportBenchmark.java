package uk.coproduction.portal.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.database.MultiRowInsert;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    static final int RUNS = 2;

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
        for (int run = 0; run < RUNS; run++) {
            String unique = UUID.randomUUID().toString();
            long start = System.nanoTime();
            PlainRowsInsert.tenThousand(jdbc, transaction, unique);
            plain[run] = (System.nanoTime() - start) / 1_000_000;

            byte[] file = csv(ImportSpeedTest.tenThousandRows(unique, "Fine " + unique));
            start = System.nanoTime();
            ImportResult result = imports.importGoodRows("benchmark-" + unique + ".csv", file, ImportProgress.NONE);
            ours[run] = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.imported()).isEqualTo(ROWS);
            System.out.println("BENCHMARK import run " + run + ": " + ours[run] + " ms; plain insert " + plain[run] + " ms");
        }
        Arrays.sort(ours);
        Arrays.sort(plain);
        String report = "# Import benchmark\n\nRun " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + ROWS + " rows, " + RUNS
                + " runs each (median).\n\n| what | median ms | runs ms |\n|---|---|---|\n"
                + "| CsvImportService.importGoodRows (check + import) | " + ours[RUNS / 2] + " | " + Arrays.toString(ours) + " |\n"
                + "| plain batched INSERT of the same rows (feedback, ratings, status) | " + plain[RUNS / 2] + " | "
                + Arrays.toString(plain) + " |\n\nRatio (ours / plain): "
                + String.format(Locale.ROOT, "%.2f", (double) ours[RUNS / 2] / Math.max(1, plain[RUNS / 2])) + "\n";
        Path out = Path.of("target", "import-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

}
