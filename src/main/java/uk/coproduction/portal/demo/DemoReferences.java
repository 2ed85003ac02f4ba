package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ids of the reference data the demo stories use, looked up by the codes the migrations seed. */
@Component
@Profile("demo")
class DemoReferences {

    private final JdbcClient jdbc;

    DemoReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long service(String code) {
        return jdbc.sql("SELECT id FROM commissioned_service WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    long area(String code) {
        return jdbc.sql("SELECT id FROM area WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    long action(String planCode, String actionCode) {
        return jdbc.sql("""
                        SELECT a.id FROM plan_action a JOIN plan_outcome o ON o.id = a.outcome_id
                        JOIN plan_domain d ON d.id = o.domain_id JOIN plan p ON p.id = d.plan_id
                        WHERE p.code = :plan AND a.code = :action
                        """)
                .param("plan", planCode)
                .param("action", actionCode)
                .query(Long.class)
                .single();
    }
}
