package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The service-level dashboard's figures for a filter, beside {@link CharterScores}: the trend over the last
 * 8 quarters and the change since the previous quarter, themes over time, reply and loop-closure figures,
 * coproduction activities by stage and Lundy check, and residents' views beside frontline workers'. Every query
 * aggregates in the database with {@link EvidenceSql}; every figure leaves here through {@link SmallNumbers}.
 * Aggregates only: nothing here names a person or quotes their words, so board members may see it.
 *
 * <p>Themes over time read {@code theme_summary} (V0023), kept by {@code trg_feedback_theme_summary_insert},
 * {@code _update}, {@code _delete} (V0023), {@code trg_feedback_theme_summary_move} and {@code _remove} (V0083)
 * through {@code portal_theme_summary_add}; the trend and charter parts read {@code rating_summary} (see
 * {@link CharterScores}); a filter naming a campaign is counted from the feedback table (the summaries have no
 * campaign column). Reply figures read the per-item facts {@code feedback.first_reply_at} and {@code loop_closed}
 * (V0023, kept by the reply, plan-link and plan-change triggers). Every one of them is compared with a recount every
 * night by {@code reporting.SummaryConsistencyCheck} ({@code reporting.TriggerKeptSummary}, decision 0046).
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class ServiceDashboard {

    /** How the last quarter's positive share compares with the quarter before. */
    public enum Direction {
        UP,
        DOWN,
        SAME,
        /** One of the two shares is hidden (fewer than 5) or there were no answers. */
        SUPPRESSED
    }

    /**
     * One expectation's positive share in each quarter of the trend, and the change from the quarter before the
     * last to the last.
     */
    public record TrendLine(int position, Map<Quarter, SmallNumbers.Share> positive, Direction change) {}

    public record Trend(List<Quarter> quarters, List<TrendLine> lines) {}

    /** Feedback items per theme per quarter, each cell counted on its own (no totals are shown). */
    public record ThemeRow(String theme, Map<Quarter, SmallNumbers.Count> perQuarter) {}

    public record Themes(List<Quarter> quarters, List<ThemeRow> rows) {}

    /**
     * Reply and loop-closure figures for a filter.
     *
     * @param items      pieces of feedback
     * @param replied    share with at least one sent reply
     * @param medianDays median whole days to the first sent reply; empty when fewer than 5 were replied to
     * @param loopClosed share linked to a plan action on which a change has been recorded
     */
    public record Replies(
            SmallNumbers.Count items,
            SmallNumbers.Share replied,
            OptionalDouble medianDays,
            SmallNumbers.Share loopClosed) {}

    /**
     * Coproduction activities held in the filter's quarters for its services: how many at each commissioning-cycle
     * stage, and for each Lundy element how many were answered yes, partly or no (null key: not checked yet).
     */
    public record Activities(
            SmallNumbers.Count total,
            Map<CycleStage, SmallNumbers.Count> byStage,
            Map<String, Map<LundyAnswer, SmallNumbers.Count>> lundy) {}

    /** Charter scores of residents and of frontline workers for the same filter (one row per expectation). */
    public record ResidentsAndFrontline(List<Score> residents, List<Score> frontline) {}

    /** A service to filter by. */
    public record ServiceChoice(String code, String name) {}

    /** A campaign or event link figures can be split by (decision 0027). */
    public record CampaignChoice(long id, String name) {}

    /** The Lundy elements, in the model's order, as named in the activity table's columns. */
    public static final List<String> LUNDY_ELEMENTS = List.of("space", "voice", "audience", "influence");

    private final JdbcClient jdbc;
    private final CharterScores charterScores;
    private final FigureScope scope;
    private final EvidenceFigures figures;
    private final Clock clock;

    ServiceDashboard(JdbcClient jdbc, CharterScores charterScores, FigureScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.charterScores = charterScores;
        this.scope = scope;
        // The same counting code the packs call (decision 0035); this class's own security boundary guards it.
        this.figures = new EvidenceFigures(jdbc, scope, clock);
        this.clock = clock;
    }

    /** Charter scores for the filter split by a dimension (the dashboard's main table and chart). */
    @Transactional(readOnly = true)
    public List<Score> scores(EvidenceFilter filter, Dimension dimension) {
        return charterScores.scores(filter, dimension);
    }

    /** Positive share per expectation for each of the 8 quarters ending with the filter's last quarter. */
    @Transactional(readOnly = true)
    public Trend trend(EvidenceFilter asked) {
        EvidenceFilter filter = scope.narrow(asked);
        List<Quarter> quarters = filter.lastQuarter(clock).lastQuarters(EvidenceFilter.TREND_QUARTERS);
        List<Score> byQuarter =
                charterScores.scores(filter.withQuarters(quarters.getFirst(), quarters.getLast()), Dimension.QUARTER);
        Map<Integer, Map<Quarter, SmallNumbers.Share>> shares = new LinkedHashMap<>();
        for (Score score : byQuarter) {
            Quarter quarter = Quarter.parse(score.key()).orElseThrow();
            shares.computeIfAbsent(score.position(), p -> new LinkedHashMap<>())
                    .put(quarter, score.share(Tone.POSITIVE));
        }
        List<TrendLine> lines = new ArrayList<>();
        for (int position : positions()) {
            Map<Quarter, SmallNumbers.Share> line = new LinkedHashMap<>();
            Map<Quarter, SmallNumbers.Share> found = shares.getOrDefault(position, Map.of());
            quarters.forEach(q -> line.put(q, found.getOrDefault(q, SmallNumbers.share(0, 0))));
            lines.add(new TrendLine(
                    position,
                    line,
                    compare(line.get(quarters.get(quarters.size() - 2)), line.get(quarters.getLast()))));
        }
        return new Trend(quarters, lines);
    }

    /** Up, down or the same in whole percent; suppressed when either quarter's share is hidden or empty. */
    static Direction compare(SmallNumbers.Share before, SmallNumbers.Share last) {
        OptionalDouble a = before.shown();
        OptionalDouble b = last.shown();
        if (a.isEmpty() || b.isEmpty()) {
            return Direction.SUPPRESSED;
        }
        long was = Math.round(100 * a.getAsDouble());
        long now = Math.round(100 * b.getAsDouble());
        return now > was ? Direction.UP : now < was ? Direction.DOWN : Direction.SAME;
    }

    /**
     * Feedback items per theme per quarter over the filter's quarters; themes in name order, with any feedback. Read
     * from the theme summary (V0023), which has the rating summary's keys, so the same filter condition applies.
     */
    @Transactional(readOnly = true)
    public Themes themes(EvidenceFilter asked) {
        EvidenceFilter filter = scope.narrow(asked);
        List<Quarter> quarters = quartersOf(filter);
        EvidenceSql where;
        String sql;
        if (filter.campaign() != null) {
            // The theme summary has no campaign column (decision 0027): one campaign's items are counted directly.
            where = EvidenceSql.where(filter, clock);
            sql = """
                    SELECT t.name, YEAR(f.submitted_at) AS y, QUARTER(f.submitted_at) AS q, COUNT(*) AS items
                    FROM feedback_theme ft
                    JOIN feedback f ON f.id = ft.feedback_id
                    JOIN theme t ON t.id = ft.theme_id
                    WHERE %s
                    GROUP BY t.name, y, q
                    ORDER BY t.name, y, q
                    """.formatted(where.sql());
        } else {
            where = RatingSummarySql.where(filter, clock);
            sql = """
                    SELECT t.name, YEAR(s.quarter_start) AS y, QUARTER(s.quarter_start) AS q, SUM(s.items) AS items
                    FROM theme_summary s
                    JOIN theme t ON t.id = s.theme_id
                    WHERE %s
                    GROUP BY t.name, y, q
                    HAVING SUM(s.items) > 0
                    ORDER BY t.name, y, q
                    """.formatted(where.sql());
        }
        Map<String, Map<Quarter, SmallNumbers.Count>> rows = new LinkedHashMap<>();
        jdbc.sql(sql).params(where.parameters()).query((RowCallbackHandler)
                rs -> rows.computeIfAbsent(rs.getString("name"), name -> emptyCounts(quarters))
                        .put(new Quarter(rs.getInt("y"), rs.getInt("q")), SmallNumbers.count(rs.getLong("items"))));
        return new Themes(
                quarters,
                rows.entrySet().stream()
                        .map(e -> new ThemeRow(e.getKey(), e.getValue()))
                        .toList());
    }

    /** Reply rate, median days to the first sent reply and loop-closure rate: {@link EvidenceFigures#replies}. */
    @Transactional(readOnly = true)
    public Replies replies(EvidenceFilter asked) {
        return figures.replies(asked);
    }

    /** Who we heard from, split by group, age band or area: {@link EvidenceFigures#voicesBy}. */
    @Transactional(readOnly = true)
    public Map<String, SmallNumbers.Count> voicesBy(EvidenceFilter asked, EvidenceFigures.Breakdown breakdown) {
        return figures.voicesBy(asked, breakdown);
    }

    /** Items per theme over the whole period (the themes table's total column): {@link EvidenceFigures#themeTotals}. */
    @Transactional(readOnly = true)
    public List<EvidenceFigures.ThemeTotal> themeTotals(EvidenceFilter asked) {
        return figures.themeTotals(asked);
    }

    /**
     * A share of answers as one cell of a two-cell breakdown (positive / not positive), as {@link CharterScores}
     * suppresses tones: hidden too when the answers that were not positive could be worked out as fewer than 5.
     */
    static SmallNumbers.Share positiveShare(long positive, long answered) {
        Map<Boolean, Long> cells = new LinkedHashMap<>();
        cells.put(true, positive);
        cells.put(false, answered - positive);
        return SmallNumbers.shares(cells).get(true);
    }

    /**
     * Coproduction activities for the filter's team or service, held in its quarters. Area, group, age band and
     * channel describe feedback, not activities, so they do not narrow this part.
     */
    @Transactional(readOnly = true)
    public Activities activities(EvidenceFilter asked) {
        EvidenceFilter filter = scope.narrow(asked);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", filter.firstQuarter(clock).start());
        parameters.put("until", filter.lastQuarter(clock).endExclusive());
        StringBuilder where = new StringBuilder("a.held_on >= :from AND a.held_on < :until");
        if (filter.service() != null || filter.team() != null) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM activity_service ast JOIN commissioned_service s ON s.id = ast.service_id"
                            + " WHERE ast.activity_id = a.id");
            if (filter.service() != null) {
                where.append(" AND s.code = :service");
                parameters.put("service", filter.service());
            }
            if (filter.team() != null) {
                where.append(" AND s.team = :team");
                parameters.put("team", filter.team().name());
            }
            where.append(')');
        }
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) AS total");
        for (CycleStage stage : CycleStage.values()) {
            sql.append(", SUM(a.cycle_stage = '")
                    .append(stage.name())
                    .append("') AS stage_")
                    .append(stage.name());
        }
        for (String element : LUNDY_ELEMENTS) {
            for (LundyAnswer answer : LundyAnswer.values()) {
                sql.append(", SUM(a.lundy_")
                        .append(element)
                        .append(" = '")
                        .append(answer.name())
                        .append("') AS ")
                        .append(element)
                        .append('_')
                        .append(answer.name());
            }
        }
        sql.append(" FROM activity a WHERE ").append(where);
        Map<String, Long> row = new HashMap<>();
        jdbc.sql(sql.toString()).params(parameters).query((RowCallbackHandler) rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getLong(i));
            }
        });
        Map<CycleStage, Long> stages = new EnumMap<>(CycleStage.class);
        for (CycleStage stage : CycleStage.values()) {
            stages.put(stage, row.getOrDefault("stage_" + stage.name().toLowerCase(Locale.ROOT), 0L));
        }
        Map<String, Map<LundyAnswer, SmallNumbers.Count>> lundy = new LinkedHashMap<>();
        for (String element : LUNDY_ELEMENTS) {
            Map<LundyAnswer, Long> answers = new EnumMap<>(LundyAnswer.class);
            for (LundyAnswer answer : LundyAnswer.values()) {
                answers.put(answer, row.getOrDefault((element + "_" + answer.name()).toLowerCase(Locale.ROOT), 0L));
            }
            lundy.put(element, new EnumMap<>(breakdown(answers)));
        }
        return new Activities(
                SmallNumbers.count(row.getOrDefault("total", 0L)), new EnumMap<>(breakdown(stages)), lundy);
    }

    /**
     * Residents' charter scores beside frontline workers' for the same filter. A group in the filter chooses the
     * residents' group; frontline workers are always the other column.
     */
    @Transactional(readOnly = true)
    public ResidentsAndFrontline residentsAndFrontline(EvidenceFilter asked) {
        EvidenceFilter filter = scope.narrow(asked);
        RespondentGroup residentGroup = filter.group() == RespondentGroup.FRONTLINE_WORKER ? null : filter.group();
        EvidenceFilter residents = new EvidenceFilter(
                filter.team(),
                filter.service(),
                filter.area(),
                residentGroup,
                filter.ageBand(),
                filter.channel(),
                filter.from(),
                filter.to(),
                filter.campaign());
        EvidenceFilter frontline = new EvidenceFilter(
                filter.team(),
                filter.service(),
                filter.area(),
                RespondentGroup.FRONTLINE_WORKER,
                null,
                null,
                filter.from(),
                filter.to(),
                filter.campaign());
        return new ResidentsAndFrontline(
                charterScores.scores(residents, Dimension.OVERALL), charterScores.scores(frontline, Dimension.OVERALL));
    }

    /**
     * The campaign and event links figures can be split by, newest window first. Read here, not from the campaigns
     * module, so the figures never depend on the feature that makes the links (decision 0027).
     */
    @Transactional(readOnly = true)
    public List<CampaignChoice> campaignChoices() {
        return jdbc.sql("SELECT id, name FROM campaign ORDER BY opens_at DESC, id DESC")
                .query((rs, n) -> new CampaignChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The services a dashboard can be filtered by, by name. */
    @Transactional(readOnly = true)
    public List<ServiceChoice> serviceChoices() {
        var reach = scope.reach();
        return jdbc
                .sql("SELECT code, name, team FROM commissioned_service WHERE active = TRUE ORDER BY name")
                .query((rs, n) -> reach.covers(Team.valueOf(rs.getString("team")))
                        ? new ServiceChoice(rs.getString("code"), rs.getString("name"))
                        : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** The teams a dashboard can be filtered by: those whose figures the signed-in person may see. */
    public List<Team> teamChoices() {
        return scope.teams();
    }

    /** The quarters a dashboard offers to filter by: the last three years up to this quarter, oldest first. */
    public List<Quarter> quarterChoices() {
        return EvidenceFilter.ALL.lastQuarter(clock).lastQuarters(12);
    }

    /** The quarters a filter covers, oldest first. */
    public List<Quarter> quartersOf(EvidenceFilter filter) {
        Quarter first = filter.firstQuarter(clock);
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; !q.isAfter(filter.lastQuarter(clock)); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    private List<Integer> positions() {
        return jdbc.sql("SELECT position FROM charter_expectation ORDER BY position")
                .query(Integer.class)
                .list();
    }

    /** A breakdown, suppressed; when there is nothing at all, zeros are shown (nobody can be recognised from none). */
    private static <K> Map<K, SmallNumbers.Count> breakdown(Map<K, Long> cells) {
        if (cells.values().stream().allMatch(value -> value == 0)) {
            Map<K, SmallNumbers.Count> zeros = new LinkedHashMap<>();
            cells.keySet().forEach(key -> zeros.put(key, SmallNumbers.count(0)));
            return zeros;
        }
        return SmallNumbers.breakdown(cells);
    }

    private static Map<Quarter, SmallNumbers.Count> emptyCounts(List<Quarter> quarters) {
        Map<Quarter, SmallNumbers.Count> counts = new LinkedHashMap<>();
        quarters.forEach(q -> counts.put(q, SmallNumbers.count(0)));
        return counts;
    }
}
