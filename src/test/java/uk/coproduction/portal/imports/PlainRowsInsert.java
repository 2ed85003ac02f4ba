package uk.coproduction.portal.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.base.database.MultiRowInsert;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The floor an import is measured against: 10,000 rows like the import's (feedback, five answers each, first status)
 * written with multi-row INSERTs and nothing else (no checks, no reply dates, no summaries: the summaries' insert
 * triggers are switched off as an import switches them off, V0220), then rolled back.
 */
final class PlainRowsInsert {

    private PlainRowsInsert() {}

    /** @return how long it took, in ms */
    static long tenThousand(JdbcTemplate jdbc, TransactionTemplate transaction, String unique) {
        long serviceId =
                jdbc.queryForObject("select id from commissioned_service where code = 'SHORT_BREAKS'", Long.class);
        List<Long> expectations =
                jdbc.queryForList("select id from charter_expectation order by position limit 5", Long.class);
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET @portal_summaries_deferred = 1");
            try {
                write(jdbc, serviceId, expectations, unique);
            } finally {
                jdbc.execute("SET @portal_summaries_deferred = NULL");
                status.setRollbackOnly();
            }
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void write(JdbcTemplate jdbc, long serviceId, List<Long> expectations, String unique) {
        {
            Timestamp at = Timestamp.from(Instant.now().minus(20, ChronoUnit.DAYS));
            List<Object[]> items = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < ImportBenchmark.ROWS; i++) {
                String code = ("P"
                                + String.format("%4s", Integer.toString(i, 36)).replace(' ', '0')
                                + unique.substring(0, 2))
                        .toUpperCase(Locale.ROOT);
                codes.add(code);
                items.add(new Object[] {
                    code,
                    serviceId,
                    "YOUNG_PERSON",
                    "AGE_11_15",
                    "PAPER",
                    "Postcard " + i + " " + unique,
                    "NEW",
                    at,
                    "More clubs " + i
                });
            }
            for (int from = 0; from < ImportBenchmark.ROWS; from += 1000) {
                List<String> group = codes.subList(from, from + 1000);
                MultiRowInsert.insert(
                        jdbc,
                        "feedback",
                        List.of(
                                "reference_code",
                                "service_id",
                                "respondent_group",
                                "age_band",
                                "channel",
                                "comment",
                                "status",
                                "submitted_at",
                                "change_wanted"),
                        items.subList(from, from + 1000));
                List<Long> ids = jdbc.queryForList(
                        "SELECT id FROM feedback WHERE reference_code IN ("
                                + String.join(",", Collections.nCopies(group.size(), "?")) + ")",
                        Long.class,
                        group.toArray());
                List<Object[]> ratings = new ArrayList<>();
                List<Object[]> history = new ArrayList<>();
                for (long id : ids) {
                    for (long expectation : expectations) {
                        ratings.add(new Object[] {id, expectation, "GOOD"});
                    }
                    history.add(new Object[] {id, "NEW", "benchmark", at});
                }
                MultiRowInsert.insert(
                        jdbc, "feedback_rating", List.of("feedback_id", "expectation_id", "answer"), ratings);
                MultiRowInsert.insert(
                        jdbc,
                        "feedback_status_change",
                        List.of("feedback_id", "to_status", "changed_by", "changed_at"),
                        history);
            }
        }
    }
}
