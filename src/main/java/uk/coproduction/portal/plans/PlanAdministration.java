package uk.coproduction.portal.plans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.InvalidInputException.Problem;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.services.CodeFromName;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Administrators keep the plans: a new plan year copied from last year's (the same domains, outcomes and live actions,
 * each action starting again as "not started"), and actions added, retired or reinstated. Earlier plans are never
 * changed by a copy: their actions keep their links to feedback and their changes, which are the evidence of what was
 * done that year. Every change is audited (decision 0029).
 */
@Service
@PreAuthorize(Access.ADMIN)
public class PlanAdministration {

    static final int SHORT_NAME_MAX = 60;
    static final int PLAN_TITLE_MAX = 300;
    static final int PERIOD_MAX = 60;
    static final int CODE_MAX = 20;
    private static final Pattern ACTION_CODE = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlanAdministration(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Copies the plan into a new plan year and returns the new plan's code. */
    @Transactional
    public String newPlanYear(String fromCode, NewPlanYear year) {
        Long from = jdbc.sql("SELECT id FROM plan WHERE code = :code")
                .param("code", fromCode)
                .query(Long.class)
                .optional()
                .orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new Problem("copyFrom", "workspace.plans.admin.error.copyFrom-needed"));
        }
        String shortName = required(year.shortName(), SHORT_NAME_MAX, "shortName", problems);
        String title = required(year.title(), PLAN_TITLE_MAX, "title", problems);
        String period = required(year.period(), PERIOD_MAX, "period", problems);
        if (title != null
                && period != null
                && jdbc.sql("SELECT COUNT(*) FROM plan WHERE title = :title AND period = :period")
                                .param("title", title)
                                .param("period", period)
                                .query(Long.class)
                                .single()
                        > 0) {
            problems.add(new Problem("period", "workspace.plans.admin.error.period-taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String code = CodeFromName.of(shortName + " " + period, 60, this::planCodeTaken);
        jdbc.sql("""
                        INSERT INTO plan (code, short_name, title, period, team, copied_from_id)
                        SELECT :code, :shortName, :title, :period, team, id FROM plan WHERE id = :from
                        """)
                .param("code", code)
                .param("shortName", shortName)
                .param("title", title)
                .param("period", period)
                .param("from", from)
                .update();
        long to = jdbc.sql("SELECT id FROM plan WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
        int domains = jdbc.sql("INSERT INTO plan_domain (plan_id, code, title) SELECT :to, code, title FROM plan_domain"
                        + " WHERE plan_id = :from")
                .param("to", to)
                .param("from", from)
                .update();
        int outcomes = jdbc.sql("""
                        INSERT INTO plan_outcome (domain_id, code, title)
                        SELECT nd.id, o.code, o.title FROM plan_outcome o
                        JOIN plan_domain od ON od.id = o.domain_id
                        JOIN plan_domain nd ON nd.plan_id = :to AND nd.code = od.code
                        WHERE od.plan_id = :from
                        """).param("to", to).param("from", from).update();
        int actions = jdbc.sql("""
                        INSERT INTO plan_action (outcome_id, code, title, owner, timescale, status)
                        SELECT nout.id, a.code, a.title, a.owner, a.timescale, 'NOT_STARTED' FROM plan_action a
                        JOIN plan_outcome o ON o.id = a.outcome_id
                        JOIN plan_domain od ON od.id = o.domain_id
                        JOIN plan_domain nd ON nd.plan_id = :to AND nd.code = od.code
                        JOIN plan_outcome nout ON nout.domain_id = nd.id AND nout.code = o.code
                        WHERE od.plan_id = :from AND a.retired = FALSE
                        """).param("to", to).param("from", from).update();
        audit.record(
                "plan.year-created",
                "plan",
                code,
                "copied from " + fromCode + ": " + title + " " + period + "; " + domains + " domains, " + outcomes
                        + " outcomes, " + actions + " actions");
        return code;
    }

    /** Adds an action under an outcome of the plan; returns its id. */
    @Transactional
    public long addAction(String planCode, String domainCode, String outcomeCode, NewAction action) {
        Long outcome = jdbc.sql("""
                        SELECT o.id FROM plan_outcome o JOIN plan_domain d ON d.id = o.domain_id
                        JOIN plan p ON p.id = d.plan_id
                        WHERE p.code = :plan AND d.code = :domain AND o.code = :outcome
                        """)
                .param("plan", planCode)
                .param("domain", domainCode)
                .param("outcome", outcomeCode)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No outcome " + outcomeCode + " in " + planCode));
        List<Problem> problems = new ArrayList<>();
        String code = TextInput.clean(action.code());
        if (code == null) {
            problems.add(new Problem("code", "workspace.plans.admin.error.code-needed"));
        } else if (code.length() > CODE_MAX || !ACTION_CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "workspace.plans.admin.error.code-form"));
        } else if (jdbc.sql("SELECT COUNT(*) FROM plan_action WHERE outcome_id = :outcome AND code = :code")
                        .param("outcome", outcome)
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0) {
            problems.add(new Problem("code", "workspace.plans.admin.error.code-taken"));
        }
        String title = actionField(action.title(), PlanService.TITLE_MAX, "title", problems);
        String owner = actionField(action.owner(), PlanService.OWNER_MAX, "owner", problems);
        String timescale = actionField(action.timescale(), PlanService.TIMESCALE_MAX, "timescale", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("INSERT INTO plan_action (outcome_id, code, title, owner, timescale, status)"
                        + " VALUES (:outcome, :code, :title, :owner, :timescale, 'NOT_STARTED')")
                .param("outcome", outcome)
                .param("code", code)
                .param("title", title)
                .param("owner", owner)
                .param("timescale", timescale)
                .update();
        long id = jdbc.sql("SELECT id FROM plan_action WHERE outcome_id = :outcome AND code = :code")
                .param("outcome", outcome)
                .param("code", code)
                .query(Long.class)
                .single();
        audit.record("plan.action-added", "plan-action", id, planCode + " " + code + " " + title);
        return id;
    }

    /** Retires an action: no longer offered for new links; its links, voices and changes stay on the plan's page. */
    @Transactional
    public void retireAction(long actionId) {
        setRetired(actionId, true, "plan.action-retired");
    }

    @Transactional
    public void reinstateAction(long actionId) {
        setRetired(actionId, false, "plan.action-reinstated");
    }

    private void setRetired(long actionId, boolean retired, String auditAction) {
        int changed = jdbc.sql("UPDATE plan_action SET retired = :retired WHERE id = :id AND retired <> :retired")
                .param("retired", retired)
                .param("id", actionId)
                .update();
        if (changed == 0
                && jdbc.sql("SELECT COUNT(*) FROM plan_action WHERE id = :id")
                                .param("id", actionId)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new IllegalArgumentException("No plan action " + actionId);
        }
        if (changed > 0) {
            audit.record(auditAction, "plan-action", actionId, null);
        }
    }

    private boolean planCodeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM plan WHERE code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String required(String text, int max, String field, List<Problem> problems) {
        String cleaned = TextInput.clean(text);
        if (cleaned == null) {
            problems.add(new Problem(field, "workspace.plans.admin.error." + field + "-needed"));
            return null;
        }
        if (cleaned.length() > max) {
            problems.add(new Problem(field, "workspace.plans.admin.error." + field + "-too-long"));
            return null;
        }
        return cleaned;
    }

    /** The same messages as editing an action. */
    private static String actionField(String text, int max, String field, List<Problem> problems) {
        String cleaned = TextInput.clean(text);
        if (cleaned == null) {
            problems.add(new Problem(field, "workspace.plan.error." + field + "-needed"));
            return null;
        }
        if (cleaned.length() > max) {
            problems.add(new Problem(field, "workspace.plan.error." + field + "-too-long"));
            return null;
        }
        return cleaned;
    }
}
