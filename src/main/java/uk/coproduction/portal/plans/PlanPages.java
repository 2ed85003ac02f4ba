package uk.coproduction.portal.plans;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.PlanFigures;
import uk.coproduction.portal.reporting.PlanFigures.AnswerTones;
import uk.coproduction.portal.reporting.PlanFigures.PlanCounts;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan pages: each action with the voices behind it (counts by group and by charter expectation, consented
 * quotes) and the changes made. The counts come from {@link PlanFigures} (the reporting module, decision 0046);
 * safeguarding-flagged feedback is never counted or quoted, and only moderated quote text is ever shown, never a
 * person's original words.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
public class PlanPages {

    /** At most this many quotes per action, newest approval first. */
    static final int QUOTES_PER_ACTION = 5;

    private final JdbcClient jdbc;
    private final ChangeService changes;
    private final PlanFigures figures;

    PlanPages(JdbcClient jdbc, ChangeService changes, PlanFigures figures) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    public List<PlanListItem> plans() {
        Map<String, PlanCounts> counts = figures.byPlan();
        return jdbc.sql("SELECT p.code, p.short_name, p.title, p.period, p.team FROM plan p ORDER BY p.code")
                .query((rs, n) -> {
                    PlanCounts c = counts.getOrDefault(rs.getString(1), new PlanCounts(0, 0));
                    return new PlanListItem(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            Team.valueOf(rs.getString(5)),
                            c.actions(),
                            c.voices());
                })
                .list();
    }

    /** The plan with this code, or empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<PlanPage> page(String code) {
        record Header(String code, String shortName, String title, String period, Team team) {}
        Optional<Header> header = jdbc.sql("SELECT code, short_name, title, period, team FROM plan WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new Header(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Team.valueOf(rs.getString(5))))
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Map<String, Long>> groups = figures.voicesByGroup(code);
        Map<Long, Map<Long, AnswerTones>> answers = figures.answersByExpectation(code);
        Map<Long, List<String>> quotes = quotes(code);
        record Expectation(long id, int position, String title) {}
        List<Expectation> charter = jdbc.sql("SELECT id, position, title FROM charter_expectation ORDER BY position")
                .query((rs, n) -> new Expectation(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();

        record Row(
                String domainCode,
                String domainTitle,
                String outcomeCode,
                String outcomeTitle,
                Long actionId,
                String actionCode,
                String actionTitle,
                String owner,
                String timescale,
                String status,
                String notes,
                boolean retired) {}
        List<Row> rows = jdbc.sql("""
                        SELECT d.code, d.title, o.code, o.title, a.id, a.code, a.title, a.owner, a.timescale, a.status,
                            a.progress_notes, COALESCE(a.retired, FALSE)
                        FROM plan p JOIN plan_domain d ON d.plan_id = p.id
                        LEFT JOIN plan_outcome o ON o.domain_id = d.id LEFT JOIN plan_action a ON a.outcome_id = o.id
                        WHERE p.code = :code ORDER BY d.code, o.code, a.code
                        """)
                .param("code", code)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        (Long) rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getBoolean(12)))
                .list();
        Map<Long, List<ChangeSummary>> changesByAction =
                changes
                        .forActions(rows.stream()
                                .map(Row::actionId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(ChangeSummary::actionId));

        Map<String, String> domainTitles = new LinkedHashMap<>();
        Map<String, Map<String, String>> outcomeTitles = new LinkedHashMap<>();
        Map<String, List<PlanPage.Action>> actionsByOutcome = new HashMap<>();
        for (Row row : rows) {
            domainTitles.putIfAbsent(row.domainCode(), row.domainTitle());
            Map<String, String> outcomes = outcomeTitles.computeIfAbsent(row.domainCode(), c -> new LinkedHashMap<>());
            if (row.outcomeCode() == null) {
                continue;
            }
            outcomes.putIfAbsent(row.outcomeCode(), row.outcomeTitle());
            List<PlanPage.Action> actions = actionsByOutcome.computeIfAbsent(
                    row.domainCode() + "/" + row.outcomeCode(), c -> new ArrayList<>());
            if (row.actionId() == null) {
                continue;
            }
            long id = row.actionId();
            Map<String, Long> byGroup = groups.getOrDefault(id, Map.of());
            Map<Long, AnswerTones> byExpectation = answers.getOrDefault(id, Map.of());
            List<PlanPage.ExpectationAnswers> expectationAnswers = charter.stream()
                    .map(e -> {
                        AnswerTones counts = byExpectation.getOrDefault(e.id(), AnswerTones.NONE);
                        return new PlanPage.ExpectationAnswers(
                                e.position(), e.title(), counts.positive(), counts.neutral(), counts.negative());
                    })
                    .toList();
            long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
            actions.add(new PlanPage.Action(
                    id,
                    row.actionCode(),
                    row.actionTitle(),
                    row.owner(),
                    row.timescale(),
                    ActionStatus.valueOf(row.status()),
                    row.notes(),
                    row.retired(),
                    new PlanPage.Voices(total, byGroup, expectationAnswers, quotes.getOrDefault(id, List.of())),
                    changesByAction.getOrDefault(id, List.of())));
        }
        List<PlanPage.Domain> domains = domainTitles.entrySet().stream()
                .map(domain -> new PlanPage.Domain(
                        domain.getKey(),
                        domain.getValue(),
                        outcomeTitles.get(domain.getKey()).entrySet().stream()
                                .map(outcome -> new PlanPage.Outcome(
                                        outcome.getKey(),
                                        outcome.getValue(),
                                        actionsByOutcome.getOrDefault(
                                                domain.getKey() + "/" + outcome.getKey(), List.of())))
                                .toList()))
                .toList();
        Header h = header.get();
        return Optional.of(new PlanPage(h.code(), h.shortName(), h.title(), h.period(), h.team(), domains));
    }

    /** Only words a commissioner moderated and approved as a quote; never the original comment. */
    private Map<Long, List<String>> quotes(String code) {
        Map<Long, List<String>> quotes = new HashMap<>();
        jdbc.sql("SELECT fpa.action_id, f.quote_text " + PlanFigures.LINKED_IN_PLAN
                        + " AND f.quote_approved_at IS NOT NULL AND f.quote_text IS NOT NULL AND TRIM(f.quote_text) <> ''"
                        + " ORDER BY f.quote_approved_at DESC, f.id DESC")
                .param("code", code)
                .query((RowCallbackHandler) rs -> {
                    List<String> forAction = quotes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>());
                    if (forAction.size() < QUOTES_PER_ACTION) {
                        forAction.add(rs.getString(2));
                    }
                });
        return quotes;
    }
}
