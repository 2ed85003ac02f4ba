package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The all-services overview: one row per service with its feedback items, overall positive share (positive answers
 * of all answers on the scale, over the six expectations), reply rate and loop-closure rate for a filter. Two
 * grouped queries on summaries kept by database triggers, whatever the number of services — never an entity loaded
 * to count: items, replied and loop closed from reply_summary (V0023), answers from rating_summary (V0018); see
 * docs/decisions/0012.
 * The filter's service is ignored (every service is a row); its other parts narrow the feedback counted.
 *
 * <p>{@code reply_summary} is kept by {@code trg_feedback_reply_summary_insert} (V0220), {@code _update} and
 * {@code _delete} (V0083) through {@code portal_reply_summary_add}, the facts it counts by the reply, plan-link and
 * plan-change triggers (V0023); {@code rating_summary} as {@link CharterScores} says. The nightly
 * {@code reporting.SummaryConsistencyCheck} compares both with a recount ({@code reporting.TriggerKeptSummary},
 * decision 0046).
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class ServicesOverview {

    /**
     * One service's row.
     *
     * @param positive   positive answers' share of all answers on the scale
     * @param replied    share of items with a sent reply
     * @param loopClosed share of items linked to a plan action on which a change was recorded
     */
    public record Row(
            String code,
            String name,
            Team team,
            SmallNumbers.Count items,
            SmallNumbers.Share positive,
            SmallNumbers.Share replied,
            SmallNumbers.Share loopClosed) {}

    private final JdbcClient jdbc;
    private final FigureScope scope;
    private final Clock clock;

    ServicesOverview(JdbcClient jdbc, FigureScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Every active service (and any inactive one with feedback in the filter), by name. */
    @Transactional(readOnly = true)
    public List<Row> rows(EvidenceFilter asked) {
        EvidenceFilter filter = scope.narrow(asked);
        Map<Long, long[]> items = new HashMap<>();
        Map<Long, long[]> answers = new HashMap<>();
        if (filter.campaign() == null) {
            countFromSummaries(filter, items, answers);
        } else {
            countFromFeedback(filter, items, answers);
        }
        String services = "SELECT id, code, name, team, active FROM commissioned_service"
                + (filter.team() == null ? "" : " WHERE team = :team") + " ORDER BY name";
        var query = jdbc.sql(services);
        if (filter.team() != null) {
            query = query.param("team", filter.team().name());
        }
        return query
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long[] counted = items.getOrDefault(id, new long[3]);
                    long[] answered = answers.getOrDefault(id, new long[2]);
                    return rs.getBoolean("active") || counted[0] > 0
                            ? row(
                                    rs.getString("code"),
                                    rs.getString("name"),
                                    Team.valueOf(rs.getString("team")),
                                    counted,
                                    answered)
                            : null;
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private static Row row(String code, String name, Team team, long[] counted, long[] answered) {
        SmallNumbers.Count items = SmallNumbers.count(counted[0]);
        boolean few = items.suppressed();
        return new Row(
                code,
                name,
                team,
                items,
                hiddenIf(few, ServiceDashboard.positiveShare(answered[0], answered[1])),
                SmallNumbers.share(counted[1], counted[0]),
                SmallNumbers.share(counted[2], counted[0]));
    }

    /** Shares of answers are hidden too when fewer than 5 people gave them, however many answers they gave. */
    private static SmallNumbers.Share hiddenIf(boolean few, SmallNumbers.Share share) {
        return few ? new SmallNumbers.Share(share.part(), share.whole(), true) : share;
    }

    private void countFromSummaries(EvidenceFilter filter, Map<Long, long[]> items, Map<Long, long[]> answers) {
        EvidenceSql summary = RatingSummarySql.where(filter.withService(null), clock);
        jdbc.sql("""
                SELECT s.service_id, SUM(s.items) AS items, SUM(s.replied) AS replied, SUM(s.loop_closed) AS closed
                FROM reply_summary s
                WHERE %s
                GROUP BY s.service_id
                """.formatted(summary.sql())).params(summary.parameters()).query((RowCallbackHandler) rs -> items.put(
                rs.getLong("service_id"),
                new long[] {rs.getLong("items"), rs.getLong("replied"), rs.getLong("closed")}));
        jdbc.sql("""
                SELECT s.service_id, SUM(s.very_good + s.good) AS positive,
                    SUM(s.very_good + s.good + s.ok + s.bad + s.very_bad) AS answered
                FROM rating_summary s
                WHERE %s
                GROUP BY s.service_id
                """.formatted(summary.sql())).params(summary.parameters()).query((RowCallbackHandler) rs ->
                answers.put(rs.getLong("service_id"), new long[] {rs.getLong("positive"), rs.getLong("answered")}));
    }

    /** The same counts for one campaign (decision 0027), from the feedback table: the summaries have no campaign. */
    private void countFromFeedback(EvidenceFilter filter, Map<Long, long[]> items, Map<Long, long[]> answers) {
        EvidenceSql where = EvidenceSql.where(filter.withService(null), clock);
        jdbc.sql("""
                SELECT COALESCE(f.service_id, 0) AS service_id, COUNT(*) AS items, COUNT(f.first_reply_at) AS replied,
                    COALESCE(SUM(f.loop_closed), 0) AS closed
                FROM feedback f
                WHERE %s
                GROUP BY COALESCE(f.service_id, 0)
                """.formatted(where.sql())).params(where.parameters()).query((RowCallbackHandler) rs -> items.put(
                rs.getLong("service_id"),
                new long[] {rs.getLong("items"), rs.getLong("replied"), rs.getLong("closed")}));
        jdbc.sql("""
                SELECT COALESCE(f.service_id, 0) AS service_id,
                    SUM(r.answer IN ('VERY_GOOD', 'GOOD')) AS positive,
                    SUM(r.answer IN ('VERY_GOOD', 'GOOD', 'OK', 'BAD', 'VERY_BAD')) AS answered
                FROM feedback f
                JOIN feedback_rating r ON r.feedback_id = f.id
                WHERE %s
                GROUP BY COALESCE(f.service_id, 0)
                """.formatted(where.sql())).params(where.parameters()).query((RowCallbackHandler) rs ->
                answers.put(rs.getLong("service_id"), new long[] {rs.getLong("positive"), rs.getLong("answered")}));
    }
}
