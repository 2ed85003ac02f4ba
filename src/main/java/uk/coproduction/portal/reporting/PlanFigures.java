package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of the plan pages ({@code plans.PlanPages}, which is their security boundary): how many actions and
 * counted voices each plan has, and per action the voices linked to it by group and their answers per charter
 * expectation. Counted with decision 0046's rule, written once in {@link Voices}.
 */
@Component
public class PlanFigures {

    /** How many actions a plan has, and how many counted voices are linked to any of them (each voice once). */
    public record PlanCounts(long actions, long voices) {}

    /** Answers to one expectation: positive (very good, good), neutral (OK, not sure), negative (bad, very bad). */
    public record AnswerTones(long positive, long neutral, long negative) {

        public static final AnswerTones NONE = new AnswerTones(0, 0, 0);
    }

    /** Counted feedback (decision 0046's rule, written once in {@link Voices}). */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    /** Counted feedback linked to an action of the plan with code {@code :code}. */
    public static final String LINKED_IN_PLAN = """
            FROM feedback_plan_action fpa JOIN feedback f ON f.id = fpa.feedback_id
            JOIN plan_action a ON a.id = fpa.action_id JOIN plan_outcome o ON o.id = a.outcome_id
            JOIN plan_domain d ON d.id = o.domain_id JOIN plan p ON p.id = d.plan_id
            WHERE p.code = :code AND\s""" + COUNTED + "\n";

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan's counts, by plan code. */
    @Transactional(readOnly = true)
    public Map<String, PlanCounts> byPlan() {
        Map<String, PlanCounts> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT p.code,
                            (SELECT COUNT(*) FROM plan_action a JOIN plan_outcome o ON o.id = a.outcome_id
                                JOIN plan_domain d ON d.id = o.domain_id WHERE d.plan_id = p.id) AS actions,
                            (SELECT COUNT(DISTINCT fpa.feedback_id) FROM feedback_plan_action fpa
                                JOIN feedback f ON f.id = fpa.feedback_id JOIN plan_action a ON a.id = fpa.action_id
                                JOIN plan_outcome o ON o.id = a.outcome_id JOIN plan_domain d ON d.id = o.domain_id
                                WHERE d.plan_id = p.id AND\s""" + COUNTED + """
                        ) AS voices
                        FROM plan p
                        """).query((RowCallbackHandler)
                rs -> counts.put(rs.getString(1), new PlanCounts(rs.getLong(2), rs.getLong(3))));
        return counts;
    }

    /** Per action of the plan: counted voices linked to it by respondent group, in the groups' name order. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Long>> voicesByGroup(String planCode) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("SELECT fpa.action_id, f.respondent_group, COUNT(*) " + LINKED_IN_PLAN
                        + " GROUP BY fpa.action_id, f.respondent_group ORDER BY f.respondent_group")
                .param("code", planCode)
                .query((RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3)));
        return counts;
    }

    /** Per action of the plan and charter expectation (by id): the linked voices' answers. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, AnswerTones>> answersByExpectation(String planCode) {
        Map<Long, Map<Long, AnswerTones>> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT fpa.action_id, r.expectation_id,
                            SUM(CASE WHEN r.answer IN ('VERY_GOOD', 'GOOD') THEN 1 ELSE 0 END),
                            SUM(CASE WHEN r.answer IN ('OK', 'NOT_SURE') THEN 1 ELSE 0 END),
                            SUM(CASE WHEN r.answer IN ('BAD', 'VERY_BAD') THEN 1 ELSE 0 END)
                        """ + LINKED_IN_PLAN.replace("WHERE", "JOIN feedback_rating r ON r.feedback_id = f.id WHERE")
                        + " GROUP BY fpa.action_id, r.expectation_id")
                .param("code", planCode)
                .query((RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                        .put(rs.getLong(2), new AnswerTones(rs.getLong(3), rs.getLong(4), rs.getLong(5))));
        return counts;
    }
}
