package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.outcomes.FinancialQuarter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Six quarters of values for every seeded indicator and objective, so the demo's charts show a trend (decision 0037):
 * the three LD&amp;A objectives from the commissioning papers with figures of their own (health checks climbing
 * towards 75 %, inpatients falling below 57, living locally short of 86 %), the others moving towards their target.
 * Older quarters as if imported from a CSV file, the latest typed by hand, and one correction, so every kind of row
 * is on show. Run on every demo start, but only into a database with no values yet.
 */
@Component
@Profile("demo")
class DemoOutcomeHistory {

    private static final int QUARTERS = 6;
    private static final Map<String, double[]> SERIES = Map.of(
            "LDA_ANNUAL_HEALTH_CHECKS", new double[] {66, 68, 70, 69, 72, 73},
            "LDA_TRANSFORMING_CARE_INPATIENTS", new double[] {66, 64, 62, 61, 58, 56},
            "LDA_LIVING_LOCALLY", new double[] {80, 81, 81, 82, 83, 84});

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoOutcomeHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many values were added (none when the database has values already) */
    @Transactional
    public int create() {
        if (jdbc.sql("SELECT COUNT(*) FROM outcome_value").query(Long.class).single() > 0) {
            return 0;
        }
        List<LocalDate> ends = quarterEnds(LocalDate.now(clock));
        int added = 0;
        for (String table : List.of("outcome_indicator", "objective")) {
            String column = table.equals("objective") ? "objective_id" : "indicator_id";
            List<Measure> measures = jdbc.sql("SELECT id, code, target_value, direction FROM " + table
                            + " WHERE target_value IS NOT NULL ORDER BY code")
                    .query((rs, n) -> new Measure(
                            rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), "AT_MOST".equals(rs.getString(4))))
                    .list();
            for (Measure measure : measures) {
                double[] values = SERIES.getOrDefault(measure.code(), towards(measure));
                Long last = null;
                for (int q = 0; q < QUARTERS; q++) {
                    boolean latest = q == QUARTERS - 1;
                    last = insert(
                            column,
                            measure.id(),
                            values[q],
                            ends.get(q),
                            latest ? "HAND" : "IMPORT",
                            latest ? "Quarterly performance report" : "Performance return (CSV)",
                            null);
                    added++;
                }
                if ("LDA_ANNUAL_HEALTH_CHECKS".equals(measure.code())) {
                    // The latest figure was first typed as 73 and then corrected: both stay in the history.
                    insert(
                            column,
                            measure.id(),
                            74,
                            ends.get(QUARTERS - 1),
                            "HAND",
                            "Quarterly performance report (corrected after the GP practices' late returns)",
                            last);
                    added++;
                }
            }
        }
        return added;
    }

    private long insert(
            String column, long id, double value, LocalDate asOf, String source, String note, Long corrects) {
        jdbc.sql("""
                INSERT INTO outcome_value (%s, value, as_of, period_label, source, source_note, recorded_by, recorded_at,
                    corrects_id)
                VALUES (:id, :value, :asOf, :period, :source, :note, :by, :at, :corrects)""".formatted(column))
                .param("id", id)
                .param("value", BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP))
                .param("asOf", Date.valueOf(asOf))
                .param("period", FinancialQuarter.label(asOf))
                .param("source", source)
                .param("note", note)
                .param("by", DemoAccounts.ADMIN)
                .param(
                        "at",
                        Timestamp.from(asOf.plusDays(corrects == null ? 20 : 27)
                                .atTime(LocalTime.NOON)
                                .toInstant(ZoneOffset.UTC)))
                .param("corrects", corrects)
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    /** Six values moving from about 12 % on the wrong side of the target to about 2 % on the wrong side of it. */
    private static double[] towards(Measure measure) {
        double target = measure.target().doubleValue();
        double[] wiggle = {0, 0.02, 0.01, 0.04, 0.05, 0.1};
        double[] values = new double[QUARTERS];
        for (int q = 0; q < QUARTERS; q++) {
            double gap = 0.12 - wiggle[q];
            double value = measure.atMost() ? target * (1 + gap) : target * (1 - gap);
            values[q] = target > 200 ? Math.round(value) : Math.round(value * 2) / 2.0;
        }
        return values;
    }

    /** The last day of each of the six quarters before the current one, oldest first. */
    static List<LocalDate> quarterEnds(LocalDate today) {
        LocalDate end = today.withDayOfMonth(1)
                .withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
                .minusDays(1);
        List<LocalDate> ends = new ArrayList<>();
        for (int q = 0; q < QUARTERS; q++) {
            ends.addFirst(end);
            end = end.withDayOfMonth(1).minusMonths(2).minusDays(1);
        }
        return ends;
    }

    private record Measure(long id, String code, BigDecimal target, boolean atMost) {}
}
