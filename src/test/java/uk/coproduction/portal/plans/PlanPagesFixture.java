package uk.coproduction.portal.plans;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/** A fresh action in the children's delivery plan (outcome 4.1), so a test's counts are its own. */
public final class PlanPagesFixture {

    private PlanPagesFixture() {
    }

    public static long newChildrensAction(JdbcTemplate jdbc) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into plan_action (outcome_id, code, title, owner, timescale)
                select o.id, ?, ?, 'Test owner', 'Test timescale' from plan_outcome o
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' and o.code = '4.1'
                """, code, "Test action " + code);
        return jdbc.queryForObject("select id from plan_action where code = ?", Long.class, code);
    }
}
