package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.ServiceDashboard.Replies;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The one home of each figure a pack and the dashboard both print (decision 0035): how many voices were heard, who
 * they were (group, age band, area), replies and loop closure, and themes over a period. Each figure is one named
 * method with one query on {@link EvidenceSql} (so held and safeguarding-flagged items are left out the same way
 * everywhere, and feedback is dated by when it was submitted), and leaves here only through {@link SmallNumbers}.
 * The dashboard ({@link ServiceDashboard}) and the packs call these methods; neither counts these figures itself.
 * Charter scores have their own home, {@link CharterScores}.
 *
 * <p>Replies read the per-item facts {@code feedback.first_reply_at} and {@code feedback.loop_closed} (V0023), kept by
 * the triggers {@code trg_feedback_reply_facts_*}, {@code trg_feedback_plan_action_facts_*} and
 * {@code trg_plan_change_facts_*}; {@code reporting.SummaryConsistencyCheck} recounts them every night
 * ({@code reporting.TriggerKeptSummary#FEEDBACK_FACTS}, decision 0046).
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class EvidenceFigures {

    /** What "who we heard from" is split by; each names the feedback column its key comes from. */
    public enum Breakdown {
        GROUP("f.respondent_group", ""),
        AGE_BAND("COALESCE(f.age_band, 'NONE')", ""),
        AREA("COALESCE(a.name, '')", "LEFT JOIN area a ON a.id = f.area_id");

        private final String key;
        private final String join;

        Breakdown(String key, String join) {
            this.key = key;
            this.join = join;
        }
    }

    /** Items about one theme over the whole period of a filter. */
    public record ThemeTotal(String theme, SmallNumbers.Count items) {}

    private final JdbcClient jdbc;
    private final FigureScope scope;
    private final Clock clock;

    EvidenceFigures(JdbcClient jdbc, FigureScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Voices heard: the pieces of feedback the filter counts. The same number as {@link #replies}' items. */
    @Transactional(readOnly = true)
    public SmallNumbers.Count voicesHeard(EvidenceFilter filter) {
        return replies(filter).items();
    }

    /**
     * Reply rate, median days to the first sent reply and loop-closure rate for the filter. Each item carries its
     * first sent reply and whether its loop is closed (V0023, kept by triggers), so this reads the feedback index only.
     */
    @Transactional(readOnly = true)
    public Replies replies(EvidenceFilter asked) {
        EvidenceSql where = EvidenceSql.where(scope.narrow(asked), clock);
        long[] counts = new long[3];
        jdbc.sql("""
                SELECT COUNT(*) AS items, COUNT(f.first_reply_at) AS replied, COALESCE(SUM(f.loop_closed), 0) AS closed
                FROM feedback f WHERE %s
                """.formatted(where.sql())).params(where.parameters()).query((RowCallbackHandler) rs -> {
            counts[0] = rs.getLong("items");
            counts[1] = rs.getLong("replied");
            counts[2] = rs.getLong("closed");
        });
        OptionalDouble median = OptionalDouble.empty();
        if (SmallNumbers.baseLargeEnough(counts[1])) {
            median = medianDays(where);
        }
        return new Replies(
                SmallNumbers.count(counts[0]),
                SmallNumbers.share(counts[1], counts[0]),
                median,
                SmallNumbers.share(counts[2], counts[0]));
    }

    /**
     * The median of whole days from submission to the first sent reply: counted per number of days by the database
     * (a few hundred rows at most), then the middle found here as PERCENTILE_CONT does (mean of the two middle values).
     */
    private OptionalDouble medianDays(EvidenceSql where) {
        List<long[]> histogram = jdbc.sql("""
                SELECT DATEDIFF(f.first_reply_at, f.received_at) AS days, COUNT(*) AS items
                FROM feedback f WHERE %s AND f.first_reply_at IS NOT NULL
                GROUP BY days ORDER BY days
                """.formatted(where.sql()))
                .params(where.parameters())
                .query((rs, n) -> new long[] {rs.getLong("days"), rs.getLong("items")})
                .list();
        return Figures.median(histogram);
    }

    /**
     * Who we heard from: the filter's feedback split by group, age band ("NONE" when not asked or not given) or area
     * name ("" when not given), as one breakdown (every cell hidden when the whole is 1 to 4 people).
     */
    @Transactional(readOnly = true)
    public Map<String, SmallNumbers.Count> voicesBy(EvidenceFilter asked, Breakdown breakdown) {
        EvidenceSql where = EvidenceSql.where(scope.narrow(asked), clock);
        Map<String, Long> cells = new LinkedHashMap<>();
        jdbc.sql("SELECT %s AS k, COUNT(*) AS n FROM feedback f %s WHERE %s GROUP BY k ORDER BY k"
                        .formatted(breakdown.key, breakdown.join, where.sql()))
                .params(where.parameters())
                .query((RowCallbackHandler) rs -> cells.put(rs.getString("k"), rs.getLong("n")));
        return SmallNumbers.breakdown(cells);
    }

    /** Items per theme over the filter's whole period, most first; each count on its own (no total is shown). */
    @Transactional(readOnly = true)
    public List<ThemeTotal> themeTotals(EvidenceFilter asked) {
        EvidenceSql where = EvidenceSql.where(scope.narrow(asked), clock);
        return jdbc.sql("""
                SELECT t.name, COUNT(*) AS items FROM feedback f
                JOIN feedback_theme ft ON ft.feedback_id = f.id JOIN theme t ON t.id = ft.theme_id
                WHERE %s GROUP BY t.name ORDER BY items DESC, t.name
                """.formatted(where.sql()))
                .params(where.parameters())
                .query((rs, n) -> new ThemeTotal(rs.getString(1), SmallNumbers.count(rs.getLong(2))))
                .list();
    }
}
