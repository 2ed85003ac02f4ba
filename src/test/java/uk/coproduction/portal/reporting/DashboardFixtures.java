package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.security.TestAccounts;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * Rows for dashboard tests beside {@link EvidenceFixtures}: themes on feedback, replies, a plan action with a
 * recorded change (closing the loop on feedback linked to it) and coproduction activities.
 */
@Component
public class DashboardFixtures {

    private final JdbcTemplate jdbc;
    private final TestAccounts accounts;

    DashboardFixtures(JdbcTemplate jdbc, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public void theme(long feedbackId, String themeName) {
        jdbc.update("""
                insert into feedback_theme (feedback_id, theme_id, tagged_by, tagged_at)
                values (?, (select id from theme where name = ?), 'test', now())
                """, feedbackId, themeName);
    }

    /** A reply sent {@code days} days after the feedback was submitted. */
    public void reply(long feedbackId, int days) {
        reply(feedbackId, days, "SENT");
    }

    public void reply(long feedbackId, int days, String state) {
        accounts.ensureStandardAccounts();
        // Read first, then insert: a statement writing replies must not read feedback too, since the reply triggers
        // (V0023) update the item (MariaDB error 1442 otherwise).
        Timestamp sentAt = jdbc.queryForObject(
                "select date_add(f.submitted_at, interval ? day) from feedback f where f.id = ?",
                Timestamp.class,
                days,
                feedbackId);
        jdbc.update("""
                insert into feedback_reply (feedback_id, body, author_id, drafted_at, sent_at, state)
                values (?, 'Thank you', (select id from staff_account where username = ?), ?, ?, ?)
                """, feedbackId, TestAccounts.CHILDRENS_COMMISSIONER, sentAt, sentAt, state);
        if (!"SENT".equals(state)) {
            jdbc.update(
                    "update feedback_reply set sent_at = null where feedback_id = ? and state = ?", feedbackId, state);
        }
    }

    /** A plan action of its own on which a change has been recorded; returns its id. */
    public long actionWithChange() {
        String code = "DB_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into plan (code, short_name, title, period, team) values (?, 'Test', 'Test plan', '2026', 'CHILDRENS')",
                code);
        jdbc.update(
                "insert into plan_domain (plan_id, code, title) values ((select id from plan where code = ?), '1', 'Domain')",
                code);
        jdbc.update("""
                insert into plan_outcome (domain_id, code, title)
                values ((select d.id from plan_domain d join plan p on p.id = d.plan_id where p.code = ?), '1.1', 'Outcome')
                """, code);
        jdbc.update("""
                insert into plan_action (outcome_id, code, title, owner, timescale)
                values ((select o.id from plan_outcome o join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                    where p.code = ?), '1.1.1', 'Action', 'Owner', '2026')
                """, code);
        long action = jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id where p.code = ?
                """, Long.class, code);
        jdbc.update("""
                insert into plan_change (action_id, what_changed, changed_on, done_by, recorded_by, recorded_at)
                values (?, 'Shorter waits', '2026-11-01', 'Team', 'test', now())
                """, action);
        return action;
    }

    public void link(long feedbackId, long actionId) {
        jdbc.update("insert into feedback_plan_action (feedback_id, action_id) values (?, ?)", feedbackId, actionId);
    }

    /** An activity for a service, with a stage and (optionally) the Lundy check's space answer. */
    public void activity(String service, String heldOn, String stage, String lundySpace) {
        String title = "Test activity " + UUID.randomUUID();
        jdbc.update("""
                insert into activity (title, kind, held_on, service_id, cycle_stage, lundy_space, recorded_by, recorded_at)
                values (?, 'WORKSHOP', ?, (select id from commissioned_service where code = ?), ?, ?, 'test', now())
                """, title, heldOn, service, stage, lundySpace);
        jdbc.update("""
                insert into activity_service (activity_id, service_id)
                select a.id, a.service_id from activity a where a.title = ?
                """, title);
    }
}
