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
import uk.coproduction.portal.security.Roles;
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
 * inserts, triggers, alerts) against a plain batched INSERT of the same rows (feedback, five ratings each, first
 * status; no checks) in the same run, on the test database. Tag {@code benchmark}: run it with
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
        long serviceId = jdbc.queryForObject("select id from commissioned_service where code = 'SHORT_BREAKS'", Long.class);
        List<Long> expectations = jdbc.queryForList("select id from charter_expectation order by position limit 5",
                Long.class);
        long[] ours = new long[RUNS];
        long[] plain = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            String unique = UUID.randomUUID().toString();
            long start = System.nanoTime();
            plainInsert(serviceId, expectations, unique);
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

    /** The same rows written with no checks at all: the floor an import could reach on this database. */
    private void plainInsert(long serviceId, List<Long> expectations, String unique) {
        transaction.executeWithoutResult(status -> {
            Timestamp at = Timestamp.from(Instant.now().minus(20, ChronoUnit.DAYS));
            List<Object[]> items = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                String code = ("P" + String.format("%4s", Integer.toString(i, 36)).replace(' ', '0')
                        + unique.substring(0, 2)).toUpperCase(Locale.ROOT);
                codes.add(code);
                items.add(new Object[] {code, serviceId, "YOUNG_PERSON", "AGE_11_15", "PAPER", "Postcard " + i + " " + unique,
                        "NEW", at, "More clubs " + i});
            }
            for (int from = 0; from < ROWS; from += 1000) {
                List<String> group = codes.subList(from, from + 1000);
                MultiRowInsert.insert(jdbc, "feedback", List.of("reference_code", "service_id", "respondent_group",
                        "age_band", "channel", "comment", "status", "submitted_at", "change_wanted"),
                        items.subList(from, from + 1000));
                List<Long> ids = jdbc.queryForList("SELECT id FROM feedback WHERE reference_code IN ("
                        + String.join(",", java.util.Collections.nCopies(group.size(), "?")) + ")", Long.class,
                        group.toArray());
                List<Object[]> ratings = new ArrayList<>();
                List<Object[]> history = new ArrayList<>();
                for (long id : ids) {
                    for (long expectation : expectations) {
                        ratings.add(new Object[] {id, expectation, "GOOD"});
                    }
                    history.add(new Object[] {id, "NEW", "benchmark", at});
                }
                MultiRowInsert.insert(jdbc, "feedback_rating", List.of("feedback_id", "expectation_id", "answer"),
                        ratings);
                MultiRowInsert.insert(jdbc, "feedback_status_change", List.of("feedback_id", "to_status", "changed_by",
                        "changed_at"), history);
            }
            status.setRollbackOnly();
        });
    }
}
