package uk.coproduction.portal.evidence;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.security.Roles;

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
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.COMMISSIONER + "','" + Roles.BOARD + "','" + Roles.ADMIN + "')")
public class CharterScores {

    /** What the scores are split by. The key of each row is a code (service, area), an enum name or a quarter. */
    public enum Dimension {
        OVERALL("'ALL'"),
        SERVICE("(SELECT ks.code FROM commissioned_service ks WHERE ks.id = f.service_id)"),
        AREA("(SELECT ka.code FROM area ka WHERE ka.id = f.area_id)"),
        GROUP("f.respondent_group"),
        AGE_BAND("f.age_band"),
        CHANNEL("f.channel"),
        QUARTER("CONCAT(YEAR(f.submitted_at), '-Q', QUARTER(f.submitted_at))");

        private final String key;

        Dimension(String key) {
            this.key = key;
        }
    }

    public enum Tone {
        POSITIVE, NEUTRAL, NEGATIVE
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
    public record Score(String key, int position, SmallNumbers.Count answered, Map<Tone, SmallNumbers.Share> shares,
                        SmallNumbers.Count notSure) {

        public SmallNumbers.Share share(Tone tone) {
            return shares.get(tone);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CharterScores(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The scores for a filter, split by a dimension: one row per key and expectation, keys in order. */
    @Transactional(readOnly = true)
    public List<Score> scores(EvidenceFilter filter, Dimension dimension) {
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
        List<Score> scores = new ArrayList<>();
        jdbc.sql(sql).params(where.parameters()).query((RowCallbackHandler) rs -> {
            Map<Tone, Long> counts = new EnumMap<>(Tone.class);
            counts.put(Tone.POSITIVE, rs.getLong("positive"));
            counts.put(Tone.NEUTRAL, rs.getLong("neutral"));
            counts.put(Tone.NEGATIVE, rs.getLong("negative"));
            long answered = counts.values().stream().mapToLong(Long::longValue).sum();
            Map<Tone, SmallNumbers.Share> shares = new LinkedHashMap<>(SmallNumbers.shares(counts));
            scores.add(new Score(rs.getString("k"), rs.getInt("position"), SmallNumbers.count(answered), shares,
                    SmallNumbers.count(rs.getLong("not_sure"))));
        });
        return scores;
    }
}
