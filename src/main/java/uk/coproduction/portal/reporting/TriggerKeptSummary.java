package uk.coproduction.portal.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures the database keeps by triggers so the dashboards stay fast at a million items (decisions 0012, 0039),
 * each with the triggers that keep it and the recount from the base tables that it must always equal. The recount is
 * built on {@link Voices#counted()}, the same rule every other figure applies, so a trigger that drifted from the
 * rule shows up in {@link SummaryConsistencyCheck} as drift.
 *
 * <p>Who reads them: {@code evidence.CharterScores.scores} and {@code evidence.ServiceDashboard} read
 * {@code rating_summary} and {@code theme_summary}; {@code evidence.ServicesOverview.rows} reads {@code rating_summary}
 * and {@code reply_summary}; {@code evidence.EvidenceFigures} and {@code evidence.HeadlineFigures} read the per-item
 * facts ({@code feedback.first_reply_at}, {@code feedback.loop_closed}). Bulk paths switch the per-row triggers off on
 * their own connection and add their own rows' totals in the same transaction: the data generator with
 * {@code @portal_summary_bulk} (V0018, V0023), the CSV import ({@code feedback.FeedbackBatchInsert}) with
 * {@code @portal_summaries_deferred} (V0220).
 *
 * @param table    the table (or, for the facts, the columns) kept
 * @param triggers the triggers and procedures that keep it, as they stand after the last migration touching them
 * @param keys     the key columns, in the order both queries return them
 * @param kept     the figures as kept, one row per key, keys first, rows whose figures are all zero left out; null
 *                 when the comparison is made by the database itself (one row per item is too many to hold)
 * @param recount  the same figures counted from the base tables, in the same shape; when {@code kept} is null, only
 *                 the keys that differ, each with the kept figures and then the recounted ones
 */
public record TriggerKeptSummary(String table, List<String> triggers, List<String> keys, String kept, String recount) {

    private static final String COUNTED = Voices.feedback("f").counted().sql();

    private static final List<String> SUMMARY_KEYS =
            List.of("quarter_start", "service_id", "area_id", "respondent_group", "age_band", "channel");

    private static final String FEEDBACK_KEYS = """
            portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0), f.respondent_group,
            COALESCE(f.age_band, ''), f.channel""";

    /** Charter answers per quarter × service × area × group × age band × channel × expectation (V0018, V0083). */
    public static final TriggerKeptSummary RATINGS = new TriggerKeptSummary(
            "rating_summary",
            List.of(
                    "trg_feedback_rating_summary_insert (V0220)", "trg_feedback_rating_summary_update (V0018)",
                    "trg_feedback_rating_summary_delete (V0018)", "trg_feedback_summary_update (V0083)",
                    "trg_feedback_summary_delete (V0083)", "procedure portal_summary_add (V0083)"),
            keysAnd("expectation_id"),
            """
            SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel, expectation_id,
                   very_good, good, ok, bad, very_bad, not_sure
            FROM rating_summary
            WHERE very_good <> 0 OR good <> 0 OR ok <> 0 OR bad <> 0 OR very_bad <> 0 OR not_sure <> 0
            """,
            "SELECT " + FEEDBACK_KEYS + """
            , r.expectation_id,
                   SUM(r.answer = 'VERY_GOOD'), SUM(r.answer = 'GOOD'), SUM(r.answer = 'OK'), SUM(r.answer = 'BAD'),
                   SUM(r.answer = 'VERY_BAD'), SUM(r.answer = 'NOT_SURE')
            FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id
            WHERE """ + " " + COUNTED + " GROUP BY 1, 2, 3, 4, 5, 6, 7");

    /** Items, items with a sent reply and items whose loop is closed, per quarter × … × channel (V0023, V0083). */
    public static final TriggerKeptSummary REPLIES = new TriggerKeptSummary(
            "reply_summary",
            List.of(
                    "trg_feedback_reply_summary_insert (V0220)", "trg_feedback_reply_summary_update (V0083)",
                    "trg_feedback_reply_summary_delete (V0083)", "procedure portal_reply_summary_add (V0023)"),
            keysAnd(),
            """
            SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel, items, replied, loop_closed
            FROM reply_summary WHERE items <> 0 OR replied <> 0 OR loop_closed <> 0
            """,
            "SELECT " + FEEDBACK_KEYS + """
            , COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed)
            FROM feedback f
            WHERE """ + " " + COUNTED + " GROUP BY 1, 2, 3, 4, 5, 6");

    /** Items per theme per quarter × … × channel (V0023, V0083). */
    public static final TriggerKeptSummary THEMES = new TriggerKeptSummary(
            "theme_summary",
            List.of(
                    "trg_feedback_theme_summary_insert (V0023)", "trg_feedback_theme_summary_update (V0023)",
                    "trg_feedback_theme_summary_delete (V0023)", "trg_feedback_theme_summary_move (V0083)",
                    "trg_feedback_theme_summary_remove (V0083)", "procedure portal_theme_summary_add (V0083)"),
            keysAnd("theme_id"),
            """
            SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id, items
            FROM theme_summary WHERE items <> 0
            """,
            "SELECT " + FEEDBACK_KEYS + """
            , t.theme_id, COUNT(*)
            FROM feedback f JOIN feedback_theme t ON t.feedback_id = f.id
            WHERE """ + " " + COUNTED + " GROUP BY 1, 2, 3, 4, 5, 6, 7");

    /**
     * Each item's first sent reply and whether its loop is closed (V0023), for every item, flagged or not: the
     * figures decide what to count, the facts only what happened.
     */
    public static final TriggerKeptSummary FEEDBACK_FACTS = new TriggerKeptSummary(
            "feedback.first_reply_at, feedback.loop_closed",
            List.of(
                    "trg_feedback_reply_facts_insert / _update / _delete (V0023)",
                    "trg_feedback_plan_action_facts_insert / _update / _delete (V0023)",
                    "trg_plan_change_facts_insert / _update / _delete (V0023)",
                    "procedures portal_feedback_first_reply, portal_feedback_loop_closed, portal_action_loop_closed"),
            List.of("feedback_id"),
            null,
            """
            SELECT x.id, x.first_reply_at, x.loop_closed, x.first_sent, x.closed FROM (
                SELECT f.id, f.first_reply_at, f.loop_closed,
                       (SELECT MIN(r.sent_at) FROM feedback_reply r
                        WHERE r.feedback_id = f.id AND r.state = 'SENT' AND r.sent_at IS NOT NULL) AS first_sent,
                       EXISTS (SELECT 1 FROM feedback_plan_action fpa JOIN plan_change pc ON pc.action_id = fpa.action_id
                               WHERE fpa.feedback_id = f.id) AS closed
                FROM feedback f) x
            WHERE NOT (x.first_reply_at <=> x.first_sent) OR x.loop_closed <> x.closed
            """);

    /** Every summary the check compares, in the order it reports them. */
    public static final List<TriggerKeptSummary> ALL = List.of(RATINGS, REPLIES, THEMES, FEEDBACK_FACTS);

    private static List<String> keysAnd(String... more) {
        List<String> keys = new ArrayList<>(SUMMARY_KEYS);
        keys.addAll(List.of(more));
        return List.copyOf(keys);
    }
}
