package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads a summary as kept and as recounted, in one transaction: with InnoDB's repeatable read both queries see the
 * same snapshot, so an item sent while the check runs cannot show up as drift.
 */
@Component
class SummaryRecount {

    private final JdbcTemplate jdbc;

    SummaryRecount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every key of the summary whose kept figures differ from the recount, in key order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<SummaryDrift> drift(TriggerKeptSummary summary) {
        int keys = summary.keys().size();
        if (summary.kept() == null) {
            List<SummaryDrift> drift = new ArrayList<>();
            jdbc.query(summary.recount(), (RowCallbackHandler) rs -> {
                int figures = (rs.getMetaData().getColumnCount() - keys) / 2;
                drift.add(new SummaryDrift(
                        summary.table(),
                        key(summary, rs),
                        values(rs, keys + 1, figures),
                        values(rs, keys + figures + 1, figures)));
            });
            return drift;
        }
        Map<String, List<String>> kept = rows(summary, summary.kept());
        Map<String, List<String>> recounted = rows(summary, summary.recount());
        List<SummaryDrift> drift = new ArrayList<>();
        TreeSet<String> every = new TreeSet<>(kept.keySet());
        every.addAll(recounted.keySet());
        for (String key : every) {
            List<String> held = kept.getOrDefault(key, List.of());
            List<String> counted = recounted.getOrDefault(key, List.of());
            if (!Objects.equals(held, counted)) {
                drift.add(new SummaryDrift(summary.table(), key, held, counted));
            }
        }
        return drift;
    }

    private Map<String, List<String>> rows(TriggerKeptSummary summary, String sql) {
        int keys = summary.keys().size();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs ->
                rows.put(key(summary, rs), values(rs, keys + 1, rs.getMetaData().getColumnCount() - keys)));
        return rows;
    }

    private static String key(TriggerKeptSummary summary, ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < summary.keys().size(); i++) {
            parts.add(summary.keys().get(i) + "=" + rs.getString(i + 1));
        }
        return String.join(", ", parts);
    }

    private static List<String> values(ResultSet rs, int first, int count) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            values.add(rs.getString(i));
        }
        return values;
    }
}
