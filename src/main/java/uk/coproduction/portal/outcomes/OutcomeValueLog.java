package uk.coproduction.portal.outcomes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated values of indicators (table {@code outcome_value}): only ever added to. A value for a date that already
 * has a standing value is saved as its correction, naming it, so the earlier value stays visible. Callers are the
 * outcome services, which check roles and input first.
 */
@Component
class OutcomeValueLog {

    private final JdbcClient jdbc;

    OutcomeValueLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The standing value of an indicator for a date, or empty. */
    Optional<DatedValue> standingOn(IndicatorKind kind, long id, LocalDate asOf) {
        return standingOn(kind, id, asOf, "");
    }

    /** As {@link #standingOn}, locked until the transaction ends, for adding its correction. */
    private Optional<DatedValue> standingOn(IndicatorKind kind, long id, LocalDate asOf, String lock) {
        return jdbc.sql(select(
                                kind,
                                "v.%s = :id AND v.as_of = :asOf".formatted(kind.serviceColumn)
                                        + " AND NOT EXISTS (SELECT 1 FROM outcome_value c WHERE c.corrects_id = v.id)")
                        + lock)
                .param("id", id)
                .param("asOf", Date.valueOf(asOf))
                .query(OutcomeValueLog::row)
                .optional();
    }

    /**
     * Adds a checked value. Returns empty when the same figure and period already stand for that date (saving it
     * again would only add noise), otherwise what was saved and what it corrects.
     */
    Optional<RecordedValue> add(
            IndicatorKind kind, long id, NewValue value, ValueSource source, String by, Instant at) {
        Optional<DatedValue> earlier = standingOn(kind, id, value.asOf(), " FOR UPDATE");
        if (earlier.isPresent()
                && earlier.get().value().compareTo(value.value()) == 0
                && earlier.get().period().equals(value.period())) {
            return Optional.empty();
        }
        jdbc.sql("""
                INSERT INTO outcome_value (%s, value, as_of, period_label, source, source_note, recorded_by, recorded_at,
                    corrects_id)
                VALUES (:id, :value, :asOf, :period, :source, :note, :by, :at, :corrects)
                """.formatted(kind.serviceColumn))
                .param("id", id)
                .param("value", value.value())
                .param("asOf", Date.valueOf(value.asOf()))
                .param("period", value.period())
                .param("source", source.name())
                .param("note", value.sourceNote())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("corrects", earlier.map(DatedValue::id).orElse(null))
                .update();
        long newId = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        DatedValue saved = jdbc.sql(select(kind, "v.id = :id"))
                .param("id", newId)
                .query(OutcomeValueLog::row)
                .single();
        return Optional.of(new RecordedValue(saved, earlier.orElse(null)));
    }

    /** Every value of these indicators of one kind, by indicator id, oldest first. */
    Map<Long, List<DatedValue>> values(IndicatorKind kind, Collection<Long> ids) {
        Map<Long, List<DatedValue>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql(select(kind, "v.%s IN (:ids)".formatted(kind.serviceColumn))
                        + " ORDER BY v.as_of, v.recorded_at, v.id")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("owner"), row(rs, n)))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    private static String select(IndicatorKind kind, String condition) {
        return """
                SELECT v.%s AS owner, v.id, v.value, v.as_of, v.period_label, v.source, v.source_note, v.recorded_by, v.recorded_at,
                    v.corrects_id, (SELECT c.id FROM outcome_value c WHERE c.corrects_id = v.id) AS corrected_by
                FROM outcome_value v WHERE %s""".formatted(kind.serviceColumn, condition);
    }

    private static DatedValue row(ResultSet rs, int n) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value");
        long corrects = rs.getLong("corrects_id");
        Long correctsId = rs.wasNull() ? null : corrects;
        long correctedBy = rs.getLong("corrected_by");
        Long correctedById = rs.wasNull() ? null : correctedBy;
        return new DatedValue(
                rs.getLong("id"),
                value,
                rs.getDate("as_of").toLocalDate(),
                rs.getString("period_label"),
                ValueSource.valueOf(rs.getString("source")),
                rs.getString("source_note"),
                rs.getString("recorded_by"),
                Objects.requireNonNull(rs.getTimestamp("recorded_at")).toInstant(),
                correctsId,
                correctedById);
    }
}
