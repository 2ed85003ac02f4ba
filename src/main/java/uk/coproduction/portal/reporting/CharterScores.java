package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charter scores: for each of the six expectations, the share of positive (very good, good), neutral (OK) and
 * negative (bad, very bad) answers, for a filter, split by one dimension. "Not sure" answers are counted apart and
 * are not part of the shares. Counted by the database; every share goes through {@link SmallNumbers}.
 *
 * <p>{@link #scores} reads {@code rating_summary} (V0018), kept by the triggers {@code trg_feedback_rating_summary_insert}
 * (V0220), {@code trg_feedback_rating_summary_update} and {@code _delete} (V0018), {@code trg_feedback_summary_update}
 * and {@code trg_feedback_summary_delete} (V0083) through {@code portal_summary_add}; the CSV import adds its own
 * rows' totals ({@code @portal_summaries_deferred}, V0220), the data generator too ({@code @portal_summary_bulk}).
 * {@link #scoresFromFeedback} counts the same from the feedback table (CharterScoresSummaryTest compares them) and
 * {@code reporting.SummaryConsistencyCheck} compares the whole summary with a recount every night
 * ({@code reporting.TriggerKeptSummary#RATINGS}, decision 0046).
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class CharterScores {

    /**
     * What the scores are split by. The key of each row is a code (service, area), an enum name or a quarter.
     * Each dimension names its key on the feedback table ({@code f}) and, for the summary, the summary's column
     * ({@code s}) and how that column's value ({@code g.dim}) becomes the same key.
     */
    public enum Dimension {
        OVERALL("'ALL'", "'ALL'", "g.dim"),
        SERVICE(
                "(SELECT ks.code FROM commissioned_service ks WHERE ks.id = f.service_id)",
                "s.service_id",
                "(SELECT ks.code FROM commissioned_service ks WHERE ks.id = g.dim)"),
        AREA(
                "(SELECT ka.code FROM area ka WHERE ka.id = f.area_id)",
                "s.area_id",
                "(SELECT ka.code FROM area ka WHERE ka.id = g.dim)"),
        GROUP("f.respondent_group", "s.respondent_group", "g.dim"),
        AGE_BAND("f.age_band", "s.age_band", "NULLIF(g.dim, '')"),
        CHANNEL("f.channel", "s.channel", "g.dim"),
        QUARTER(
                "CONCAT(YEAR(f.submitted_at), '-Q', QUARTER(f.submitted_at))",
                "s.quarter_start",
                "CONCAT(YEAR(g.dim), '-Q', QUARTER(g.dim))");

        private final String key;
        private final String summaryColumn;
        private final String summaryKey;

        Dimension(String key, String summaryColumn, String summaryKey) {
            this.key = key;
            this.summaryColumn = summaryColumn;
            this.summaryKey = summaryKey;
        }
    }

    public enum Tone {
        POSITIVE,
        NEUTRAL,
        NEGATIVE
    }

    /**
     * One expectation's scores for one key of the dimension.
     *
     * @param key        the dimension's key; null when the feedback has none (no area, no age band)
     * @param position   the expectation's place in the charter (1 to 6)
     * @param answered   answers on the scale (positive + neutral + negative)
     * @param shares     each tone's share of {@code answered}, suppressed
     * @param notSure    "not sure" answers
     */
    public record Score(
            String key,
            int position,
            SmallNumbers.Count answered,
            Map<Tone, SmallNumbers.Share> shares,
            SmallNumbers.Count notSure) {

        public SmallNumbers.Share share(Tone tone) {
            return shares.get(tone);
        }
    }

    private final JdbcClient jdbc;
    private final FigureScope scope;
    private final Clock clock;

    CharterScores(JdbcClient jdbc, FigureScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The scores for a filter, split by a dimension: one row per key and expectation, keys in order. Read from the
     * rating summary (kept in step with the answers by database triggers, see V0018 and docs/decisions/0012): evidence
     * filters always cover whole quarters, and every part of a filter is a column of the summary.
     */
    @Transactional(readOnly = true)
    public List<Score> scores(EvidenceFilter filter, Dimension dimension) {
        EvidenceFilter narrowed = scope.narrow(filter);
        if (narrowed.campaign() != null) {
            // One campaign's answers are few and indexed by campaign; the summary has no campaign column (0027).
            return scoresFromFeedback(narrowed, dimension);
        }
        EvidenceSql where = RatingSummarySql.where(narrowed, clock);
        String sql = """
                SELECT %s AS k, ce.position,
                    SUM(g.very_good + g.good) AS positive, SUM(g.ok) AS neutral, SUM(g.bad + g.very_bad) AS negative,
                    SUM(g.not_sure) AS not_sure
                FROM (SELECT %s AS dim, s.expectation_id, SUM(s.very_good) AS very_good, SUM(s.good) AS good,
                          SUM(s.ok) AS ok, SUM(s.bad) AS bad, SUM(s.very_bad) AS very_bad, SUM(s.not_sure) AS not_sure
                      FROM rating_summary s
                      WHERE %s
                      GROUP BY dim, s.expectation_id) g
                JOIN charter_expectation ce ON ce.id = g.expectation_id
                GROUP BY k, ce.position
                HAVING SUM(g.very_good + g.good + g.ok + g.bad + g.very_bad + g.not_sure) > 0
                ORDER BY k, ce.position
                """.formatted(dimension.summaryKey, dimension.summaryColumn, where.sql());
        return query(sql, where);
    }

    /**
     * The same scores counted from every piece of feedback and its ratings, without the summary: the plain SQL the
     * summary must always agree with (tests) and is measured against (benchmark).
     */
    List<Score> scoresFromFeedback(EvidenceFilter filter, Dimension dimension) {
        EvidenceSql where = EvidenceSql.where(filter, clock);
        String sql = """
                SELECT %s AS k, ce.position,
                    SUM(CASE WHEN r.answer IN ('VERY_GOOD', 'GOOD') THEN 1 ELSE 0 END) AS positive,
                    SUM(CASE WHEN r.answer = 'OK' THEN 1 ELSE 0 END) AS neutral,
                    SUM(CASE WHEN r.answer IN ('BAD', 'VERY_BAD') THEN 1 ELSE 0 END) AS negative,
                    SUM(CASE WHEN r.answer = 'NOT_SURE' THEN 1 ELSE 0 END) AS not_sure
                FROM feedback f
                JOIN feedback_rating r ON r.feedback_id = f.id
                JOIN charter_expectation ce ON ce.id = r.expectation_id
                WHERE %s
                GROUP BY k, ce.position
                ORDER BY k, ce.position
                """.formatted(dimension.key, where.sql());
        return query(sql, where);
    }

    private List<Score> query(String sql, EvidenceSql where) {
        List<Score> scores = new ArrayList<>();
        jdbc.sql(sql).params(where.parameters()).query((RowCallbackHandler) rs -> {
            Map<Tone, Long> counts = new EnumMap<>(Tone.class);
            counts.put(Tone.POSITIVE, rs.getLong("positive"));
            counts.put(Tone.NEUTRAL, rs.getLong("neutral"));
            counts.put(Tone.NEGATIVE, rs.getLong("negative"));
            long answered = counts.values().stream().mapToLong(Long::longValue).sum();
            Map<Tone, SmallNumbers.Share> shares = new LinkedHashMap<>(SmallNumbers.shares(counts));
            scores.add(new Score(
                    rs.getString("k"),
                    rs.getInt("position"),
                    SmallNumbers.count(answered),
                    shares,
                    SmallNumbers.count(rs.getLong("not_sure"))));
        });
        return scores;
    }
}
