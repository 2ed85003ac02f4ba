package uk.coproduction.portal.packs;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.outcomes.IndicatorKind;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.outcomes.OutcomeIndicators;
import uk.coproduction.portal.packs.PackData.ActionLine;
import uk.coproduction.portal.packs.PackData.ActivityLine;
import uk.coproduction.portal.packs.PackData.ChangeLine;
import uk.coproduction.portal.packs.PackData.Expectation;
import uk.coproduction.portal.packs.PackData.IndicatorLine;
import uk.coproduction.portal.packs.PackData.QuoteLine;
import uk.coproduction.portal.packs.PackData.ServiceFigures;
import uk.coproduction.portal.packs.PackData.ThemeCount;
import uk.coproduction.portal.reporting.ActivityFigures;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.EvidenceFigures;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceSql;
import uk.coproduction.portal.reporting.PackFigures;
import uk.coproduction.portal.reporting.ServiceDashboard.Replies;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.Voices;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a pack prints. Feedback is always selected through {@link EvidenceSql} (no safeguarding-flagged items,
 * no held items, no frontline views); charter scores come from {@link CharterScores} and every other figure the
 * dashboard also shows from {@link EvidenceFigures}, for the same filter, so a pack and the dashboard print the same
 * number (decision 0035). Quotes follow the rule of {@code feedback.QuoteService}: only moderated
 * and approved quote text, never the words as written. Every figure goes through {@link SmallNumbers} here.
 * Counted by the database; no entity is loaded.
 */
@Component
class PackContents {

    /** Counted feedback: decision 0046's rule, written once in {@link Voices}. */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    static final int MAX_QUOTES = 5;
    private static final int MAX_ACTIVITIES = 40;
    private static final int MAX_CHANGES = 40;

    /** The scope a pack reads: which feedback, which services, which activities, actions and changes. */
    record Scope(
            PackRequest request,
            String subject,
            Team team,
            Long serviceId,
            Long planId,
            List<Quarter> quarters,
            Quarter reported) {

        LocalDate from() {
            return request.kind() == PackRequest.Kind.QUARTER
                    ? reported.start()
                    : quarters.getFirst().start();
        }

        LocalDate until() {
            return reported.endExclusive();
        }
    }

    private final JdbcClient jdbc;
    private final CharterScores charterScores;
    private final EvidenceFigures figures;
    private final OutcomeIndicators outcomeIndicators;
    private final OutcomeHistories outcomeHistories;
    private final Clock clock;
    private final PackFigures packFigures;
    private final ActivityFigures activityFigures;

    PackContents(
            JdbcClient jdbc,
            CharterScores charterScores,
            EvidenceFigures figures,
            OutcomeIndicators outcomeIndicators,
            OutcomeHistories outcomeHistories,
            Clock clock,
            PackFigures packFigures,
            ActivityFigures activityFigures) {
        this.packFigures = packFigures;
        this.activityFigures = activityFigures;
        this.outcomeHistories = outcomeHistories;
        this.jdbc = jdbc;
        this.charterScores = charterScores;
        this.figures = figures;
        this.outcomeIndicators = outcomeIndicators;
        this.clock = clock;
    }

    /** The filter a pack's trend is read with: its subject over the 8 quarters up to the quarter reported. */
    static EvidenceFilter trendFilter(Scope scope) {
        PackRequest request = scope.request();
        EvidenceFilter trend = switch (request.kind()) {
            case SERVICE -> EvidenceFilter.forService(request.code());
            case PLAN, QUARTER -> new EvidenceFilter(scope.team(), null, null, null, null, null, null, null);
        };
        return trend.withQuarters(scope.quarters().getFirst(), scope.reported());
    }

    /**
     * The filter every other figure of a pack is read with: the trend's, or only the quarter reported for a quarter
     * pack. The dashboard shows the same figures for the same filter (PackFiguresMatchTheDashboardTest).
     */
    static EvidenceFilter periodFilter(Scope scope) {
        EvidenceFilter trend = trendFilter(scope);
        return scope.request().kind() == PackRequest.Kind.QUARTER
                ? trend.withQuarters(scope.reported(), scope.reported())
                : trend;
    }

    PackData read(Scope scope, String generatedBy, PackDocument.Text text) {
        PackRequest request = scope.request();
        Quarter last = scope.reported();
        EvidenceFilter trend = trendFilter(scope);
        EvidenceFilter period = periodFilter(scope);
        Feedback feedback = feedbackOf(scope, period);
        boolean plan = request.kind() == PackRequest.Kind.PLAN;

        List<Score> overall = List.of();
        List<Score> byQuarter = List.of();
        List<Score> byService = List.of();
        Map<String, String> serviceNames = new LinkedHashMap<>();
        if (plan) {
            Set<String> linked = new TreeSet<>(serviceCodes(linkedServices(scope)));
            byService = charterScores.scores(period, Dimension.SERVICE).stream()
                    .filter(score -> linked.contains(score.key()))
                    .toList();
            if (!linked.isEmpty()) {
                jdbc.sql("SELECT code, name FROM commissioned_service WHERE code IN (:codes) ORDER BY name")
                        .param("codes", linked)
                        .query((RowCallbackHandler) rs -> serviceNames.put(rs.getString(1), rs.getString(2)));
            }
        } else {
            overall = charterScores.scores(period, Dimension.OVERALL);
            byQuarter = charterScores.scores(trend, Dimension.QUARTER);
        }

        // A plan pack counts only the feedback linked to its actions, which no dashboard filter can name; every other
        // pack reads each figure from the one query the dashboard uses (decision 0035).
        EvidenceSql counted = feedback.condition();
        Count respondents = plan ? SmallNumbers.count(packFigures.voices(counted)) : figures.voicesHeard(period);
        List<ThemeCount> themes = plan
                ? packFigures.themes(counted).stream()
                        .map(t -> new ThemeCount(t.theme(), SmallNumbers.count(t.items())))
                        .toList()
                : figures.themeTotals(period).stream()
                        .map(t -> new ThemeCount(t.theme(), t.items()))
                        .toList();
        Map<String, Count> byGroup = plan
                ? SmallNumbers.breakdown(packFigures.voicesBy(PackFigures.Breakdown.GROUP, counted))
                : figures.voicesBy(period, EvidenceFigures.Breakdown.GROUP);
        Map<String, Count> byAge = inAgeOrder(
                plan
                        ? SmallNumbers.breakdown(packFigures.voicesBy(PackFigures.Breakdown.AGE_BAND, counted))
                        : figures.voicesBy(period, EvidenceFigures.Breakdown.AGE_BAND));
        Map<String, Count> byArea = plan
                ? SmallNumbers.breakdown(packFigures.voicesBy(PackFigures.Breakdown.AREA, counted))
                : figures.voicesBy(period, EvidenceFigures.Breakdown.AREA);
        boolean tooLittle = respondents.value() < SmallNumbers.THRESHOLD;
        // As on the public pages: no words are printed about fewer than 5 people.
        List<QuoteLine> quotes = tooLittle ? List.of() : quotes(feedback);
        List<ServiceFigures> serviceFigures = figures(scope, feedback, period);
        List<IndicatorLine> indicators = indicators(scope);
        List<PackData.ReviewLine> reviews = reviews(scope);
        List<ActivityLine> activities = activities(scope);
        List<ActionLine> actions = actions(scope);
        List<ChangeLine> changes = changes(scope);

        PackData draft = new PackData(
                request,
                scope.subject(),
                scope.quarters(),
                last,
                Instant.now(clock),
                generatedBy,
                expectations(),
                overall,
                byQuarter,
                byService,
                serviceNames,
                respondents,
                themes,
                quotes,
                activities,
                actions,
                changes,
                serviceFigures,
                byGroup,
                byAge,
                byArea,
                indicators,
                reviews,
                null);
        return new PackData(
                request,
                scope.subject(),
                scope.quarters(),
                last,
                draft.generatedAt(),
                generatedBy,
                draft.expectations(),
                overall,
                byQuarter,
                byService,
                serviceNames,
                respondents,
                themes,
                quotes,
                activities,
                actions,
                changes,
                serviceFigures,
                byGroup,
                byAge,
                byArea,
                indicators,
                reviews,
                new PackStatements(text).of(scope, period, draft));
    }

    /**
     * The outcome indicators and SMART objectives beside a pack's voices: those linked to its service, to a plan's
     * services, or for a quarter pack those of its team (the children's framework or the LD&amp;A objectives), or all.
     * The latest value and target, and the trend over the indicator's dated values in words (decision 0037), the
     * same sentence the service and plan pages show.
     */
    private List<IndicatorLine> indicators(Scope scope) {
        Set<Long> services = switch (scope.request().kind()) {
            case SERVICE -> Set.of(scope.serviceId());
            case PLAN -> Set.copyOf(linkedServices(scope));
            case QUARTER -> null;
        };
        List<Indicator> shown = outcomeIndicators.all().stream()
                .filter(indicator -> services == null
                        ? scope.team() == null
                                || indicator.kind()
                                        == (scope.team() == Team.LDA
                                                ? IndicatorKind.LDA_OBJECTIVE
                                                : IndicatorKind.CYP_INDICATOR)
                        : indicator.services().stream().anyMatch(s -> services.contains(s.id())))
                .toList();
        return outcomeHistories.of(shown, Locale.UK).stream()
                .map(h -> {
                    Indicator i = h.indicator();
                    return new IndicatorLine(
                            i.code(),
                            i.title(),
                            i.latest(),
                            i.latestPeriod(),
                            i.target(),
                            i.unit(),
                            i.direction(),
                            i.status(),
                            h.standing().size() < 2 ? null : h.statement());
                })
                .toList();
    }

    /**
     * The reviews of the pack's services (a plan's linked services; a quarter pack's team) whose days meet the pack's
     * quarters, newest first. Only countable answers (not flagged, not held) of residents are counted, each figure
     * through the disclosure-control rule.
     */
    private List<PackData.ReviewLine> reviews(Scope scope) {
        Set<Long> services = switch (scope.request().kind()) {
            case SERVICE -> Set.of(scope.serviceId());
            case PLAN -> Set.copyOf(linkedServices(scope));
            case QUARTER -> null;
        };
        if (services != null && services.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.title, s.name, r.kind, r.opens_on, r.closes_on,
                            (SELECT COUNT(*) FROM review_response rr JOIN feedback f ON f.id = rr.feedback_id
                             WHERE rr.review_id = r.id AND rr.audience IN (:residents)
                               AND %1$s) AS people,
                            (SELECT SUM(CASE WHEN fr.answer IN ('VERY_GOOD', 'GOOD') THEN 1 ELSE 0 END)
                             FROM review_response rr JOIN feedback f ON f.id = rr.feedback_id
                             JOIN feedback_rating fr ON fr.feedback_id = f.id
                             WHERE rr.review_id = r.id AND rr.audience IN (:residents) AND fr.answer <> 'NOT_SURE'
                               AND %1$s) AS positive,
                            (SELECT COUNT(*) FROM review_response rr JOIN feedback f ON f.id = rr.feedback_id
                             JOIN feedback_rating fr ON fr.feedback_id = f.id
                             WHERE rr.review_id = r.id AND rr.audience IN (:residents) AND fr.answer <> 'NOT_SURE'
                               AND %1$s) AS answered
                        FROM review r JOIN commissioned_service s ON s.id = r.service_id
                        WHERE r.opens_on < :until AND r.closes_on >= :from
                          AND (:everyService OR r.service_id IN (:services))
                          AND (:anyTeam OR s.team = :team)
                        ORDER BY r.opens_on DESC, r.id DESC""".formatted(COUNTED))
                .param("residents", List.of("YOUNG_PEOPLE", "PARENTS_CARERS", "LDA_ADULTS"))
                .param("from", scope.quarters().getFirst().start())
                .param("until", scope.reported().endExclusive())
                .param("everyService", services == null)
                .param("services", services == null ? List.of(-1L) : services)
                .param("anyTeam", scope.team() == null)
                .param("team", scope.team() == null ? "" : scope.team().name())
                .query((rs, n) -> new PackData.ReviewLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        SmallNumbers.count(rs.getLong(6)),
                        SmallNumbers.share(rs.getLong(7), rs.getLong(8))))
                .list();
    }

    /** The feedback a pack counts: the shared evidence condition, and for a plan only feedback linked to its actions. */
    private Feedback feedbackOf(Scope scope, EvidenceFilter filter) {
        EvidenceSql where = EvidenceSql.where(filter, clock);
        if (scope.planId() != null) {
            where = PackFigures.linkedToPlan(where, scope.planId());
        }
        return new Feedback(where.sql(), new HashMap<>(where.parameters()));
    }

    private final class Feedback {
        private final String where;
        private final Map<String, Object> parameters;

        Feedback(String where, Map<String, Object> parameters) {
            this.where = where;
            this.parameters = parameters;
        }

        EvidenceSql condition() {
            return new EvidenceSql(where, parameters);
        }
    }

    /** Youngest first, then "not asked or not given". */
    private static Map<String, Count> inAgeOrder(Map<String, Count> byBand) {
        Map<String, Count> ordered = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            if (byBand.containsKey(band.name())) {
                ordered.put(band.name(), byBand.get(band.name()));
            }
        }
        byBand.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private List<Expectation> expectations() {
        return jdbc.sql("SELECT position, title FROM charter_expectation ORDER BY position")
                .query((rs, n) -> new Expectation(rs.getInt(1), rs.getString(2)))
                .list();
    }

    /** The newest approved quotes: the moderated text only (the rule of QuoteRepository.USABLE). */
    private List<QuoteLine> quotes(Feedback feedback) {
        String sql = """
                SELECT f.quote_text, f.respondent_group, f.quote_words FROM feedback f
                WHERE %s AND f.quote_text IS NOT NULL AND f.quote_approved_at IS NOT NULL
                ORDER BY f.quote_approved_at DESC, f.id DESC LIMIT %d
                """.formatted(feedback.where, MAX_QUOTES);
        return jdbc.sql(sql)
                .params(feedback.parameters)
                .query((rs, n) -> new QuoteLine(rs.getString(1), rs.getString(2), !"PERSON".equals(rs.getString(3))))
                .list();
    }

    private List<ActivityLine> activities(Scope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", scope.from());
        parameters.put("until", scope.until());
        String which = switch (scope.request().kind()) {
            case SERVICE -> {
                parameters.put("service", scope.serviceId());
                yield "a.id IN (SELECT s.activity_id FROM activity_service s WHERE s.service_id = :service)";
            }
            case PLAN -> {
                parameters.put("plan", scope.planId());
                yield """
                        (a.id IN (SELECT ap.activity_id FROM activity_plan ap WHERE ap.plan_id = :plan)
                        OR a.id IN (SELECT apa.activity_id FROM activity_plan_action apa
                            JOIN plan_action pa ON pa.id = apa.action_id JOIN plan_outcome po ON po.id = pa.outcome_id
                            JOIN plan_domain pd ON pd.id = po.domain_id WHERE pd.plan_id = :plan))""";
            }
            // As the dashboard narrows activities: through the services they concern.
            case QUARTER ->
                scope.team() == null
                        ? "TRUE"
                        : teamCondition(
                                        "a.id IN (SELECT ats.activity_id FROM "
                                                + "activity_service ats WHERE ats.service_id",
                                        scope.team(),
                                        parameters)
                                + ")";
        };
        String sql = """
                SELECT a.title, a.kind, a.held_on, a.cycle_stage, a.lundy_space, a.lundy_voice, a.lundy_audience,
                    a.lundy_influence, a.what_changed, a.id
                FROM activity a
                WHERE %s AND a.held_on >= :from AND a.held_on < :until
                ORDER BY a.held_on DESC, a.id DESC LIMIT %d
                """.formatted(which, MAX_ACTIVITIES);
        record Row(
                long id,
                String title,
                String kind,
                LocalDate heldOn,
                String stage,
                String space,
                String voice,
                String audience,
                String influence,
                String whatChanged) {}
        List<Row> rows = jdbc.sql(sql)
                .params(parameters)
                .query((rs, n) -> new Row(
                        rs.getLong(10),
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
        // People counted at each activity: reporting's figure (its participant rows added up).
        Map<Long, ActivityFigures.Reach> reach =
                activityFigures.forActivities(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> new ActivityLine(
                        r.title(),
                        r.kind(),
                        r.heldOn(),
                        r.stage(),
                        SmallNumbers.count(reach.getOrDefault(r.id(), ActivityFigures.Reach.NONE)
                                .people()),
                        r.space(),
                        r.voice(),
                        r.audience(),
                        r.influence(),
                        r.whatChanged()))
                .toList();
    }

    private static String teamCondition(String serviceColumn, Team team, Map<String, Object> parameters) {
        if (team == null) {
            return "TRUE";
        }
        parameters.put("team", team.name());
        return serviceColumn + " IN (SELECT ts.id FROM commissioned_service ts WHERE ts.team = :team)";
    }

    /** The actions' own columns; the voices linked to each come from {@link PackFigures#linkedVoices}. */
    private static final String ACTION_COLUMNS = """
            SELECT p.short_name, pa.code, pa.title, pa.status, pa.id
            FROM plan_action pa JOIN plan_outcome po ON po.id = pa.outcome_id
            JOIN plan_domain pd ON pd.id = po.domain_id JOIN plan p ON p.id = pd.plan_id
            """;

    private List<ActionLine> actions(Scope scope) {
        Map<String, Object> parameters = new HashMap<>();
        String which = switch (scope.request().kind()) {
            case SERVICE -> {
                parameters.put("service", scope.serviceId());
                yield """
                        pa.id IN (SELECT fpa.action_id FROM feedback_plan_action fpa JOIN feedback f ON f.id = fpa.feedback_id
                            WHERE f.service_id = :service AND \s""" + COUNTED + """
                            \s
                            UNION SELECT pc.action_id FROM plan_change pc WHERE pc.service_id = :service)""";
            }
            case PLAN -> {
                parameters.put("plan", scope.planId());
                yield "p.id = :plan";
            }
            case QUARTER -> {
                parameters.put("from", scope.from());
                parameters.put("until", scope.until());
                yield "pa.id IN (SELECT pc.action_id FROM plan_change pc WHERE pc.changed_on >= :from "
                        + "AND pc.changed_on < :until AND " + changeTeam(scope.team(), parameters) + ")";
            }
        };
        record Row(String label, String title, String status, long id) {}
        List<Row> rows = jdbc.sql(ACTION_COLUMNS + " WHERE " + which + " ORDER BY p.code, pa.code")
                .params(parameters)
                .query((rs, n) -> new Row(
                        rs.getString(1) + " " + rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
        // In a service's pack, only that service's feedback is counted against each action.
        Map<Long, Long> linked = packFigures.linkedVoices(
                rows.stream().map(Row::id).toList(),
                scope.request().kind() == PackRequest.Kind.SERVICE ? scope.serviceId() : null);
        return rows.stream()
                .map(r -> new ActionLine(
                        r.label(), r.title(), r.status(), SmallNumbers.count(linked.getOrDefault(r.id(), 0L))))
                .toList();
    }

    /** A change belongs to a team through its service, or through its plan when it names no service. */
    private static String changeTeam(Team team, Map<String, Object> parameters) {
        if (team == null) {
            return "TRUE";
        }
        parameters.put("team", team.name());
        return """
                (pc.service_id IN (SELECT ts.id FROM commissioned_service ts WHERE ts.team = :team)
                 OR (pc.service_id IS NULL AND pc.action_id IN (SELECT tpa.id FROM plan_action tpa
                     JOIN plan_outcome tpo ON tpo.id = tpa.outcome_id JOIN plan_domain tpd ON tpd.id = tpo.domain_id
                     JOIN plan tp ON tp.id = tpd.plan_id WHERE tp.team = :team)))""";
    }

    private List<ChangeLine> changes(Scope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", scope.from());
        parameters.put("until", scope.until());
        String which = switch (scope.request().kind()) {
            case SERVICE -> {
                parameters.put("service", scope.serviceId());
                yield "pc.service_id = :service";
            }
            case PLAN -> {
                parameters.put("plan", scope.planId());
                yield "p.id = :plan";
            }
            case QUARTER -> changeTeam(scope.team(), parameters);
        };
        String sql = """
                SELECT p.short_name, pa.code, pc.what_changed, pc.easy_read, pc.changed_on, pc.done_by, s.name
                FROM plan_change pc JOIN plan_action pa ON pa.id = pc.action_id
                JOIN plan_outcome po ON po.id = pa.outcome_id JOIN plan_domain pd ON pd.id = po.domain_id
                JOIN plan p ON p.id = pd.plan_id LEFT JOIN commissioned_service s ON s.id = pc.service_id
                WHERE %s AND pc.changed_on >= :from AND pc.changed_on < :until
                ORDER BY pc.changed_on DESC, pc.id DESC LIMIT %d
                """.formatted(which, MAX_CHANGES);
        return jdbc.sql(sql)
                .params(parameters)
                .query((rs, n) -> new ChangeLine(
                        rs.getString(1) + " " + rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /**
     * Reply and loop-closure figures for each service in the pack, over the pack's period, from the dashboard's own
     * query ({@link EvidenceFigures#replies}): rates rest on at least 5 items, medians on at least 5 replies.
     */
    private List<ServiceFigures> figures(Scope scope, Feedback feedback, EvidenceFilter period) {
        List<Long> ids = switch (scope.request().kind()) {
            case SERVICE -> List.of(scope.serviceId());
            case PLAN -> linkedServices(scope);
            case QUARTER ->
                jdbc.sql("SELECT DISTINCT f.service_id FROM feedback f WHERE %s AND f.service_id IS NOT NULL"
                                .formatted(feedback.where))
                        .params(feedback.parameters)
                        .query(Long.class)
                        .list();
        };
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> services = new HashMap<>();
        jdbc.sql("SELECT id, code, name FROM commissioned_service WHERE id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler)
                        rs -> services.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}));
        List<ServiceFigures> result = new ArrayList<>();
        ids.stream().sorted(Comparator.comparing(id -> services.get(id)[1])).forEach(id -> {
            Replies replies = figures.replies(period.withService(services.get(id)[0]));
            result.add(new ServiceFigures(
                    services.get(id)[1],
                    replies.items(),
                    replies.replied(),
                    replies.loopClosed(),
                    SmallNumbers.count(replies.replied().part()),
                    replies.medianDays().isPresent() ? replies.medianDays().getAsDouble() : null));
        });
        return result;
    }

    /**
     * A plan's services: those its linked feedback is about, its changes name, and its activities concern — of the
     * plan's own team, whose commissioners the plan belongs to.
     */
    private List<Long> linkedServices(Scope scope) {
        return jdbc.sql("""
                SELECT ls.id FROM commissioned_service ls WHERE ls.team = :team AND ls.id IN (
                SELECT f.service_id FROM feedback f JOIN feedback_plan_action fpa ON fpa.feedback_id = f.id
                    JOIN plan_action pa ON pa.id = fpa.action_id JOIN plan_outcome po ON po.id = pa.outcome_id
                    JOIN plan_domain pd ON pd.id = po.domain_id
                    WHERE pd.plan_id = :plan AND \s""" + COUNTED + """
                    \sAND f.service_id IS NOT NULL
                UNION
                SELECT pc.service_id FROM plan_change pc JOIN plan_action pa ON pa.id = pc.action_id
                    JOIN plan_outcome po ON po.id = pa.outcome_id JOIN plan_domain pd ON pd.id = po.domain_id
                    WHERE pd.plan_id = :plan AND pc.service_id IS NOT NULL
                UNION
                SELECT s.service_id FROM activity_service s JOIN activity_plan ap ON ap.activity_id = s.activity_id
                    WHERE ap.plan_id = :plan)
                """)
                .param("plan", scope.planId())
                .param("team", scope.team().name())
                .query(Long.class)
                .list();
    }

    private List<String> serviceCodes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT code FROM commissioned_service WHERE id IN (:ids)")
                .param("ids", ids)
                .query(String.class)
                .list();
    }
}
