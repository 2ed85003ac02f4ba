package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * How many changes each service has published, for the public "You said, we did" list ({@code yousaid}): every active
 * service, and every retired one that published a change (what was done stays on record, decision 0029).
 */
@Component
public class PublishedChanges {

    /** A service by code and name, with how many changes it has published. */
    public record ServiceChanges(String code, String name, long changes) {}

    private final JdbcClient jdbc;

    PublishedChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Most published changes first, then by name. */
    @Transactional(readOnly = true)
    public List<ServiceChanges> perService() {
        return jdbc.sql("""
                        SELECT s.code, s.name,
                               (SELECT COUNT(*) FROM plan_change c WHERE c.service_id = s.id AND c.published = TRUE) AS changes
                        FROM commissioned_service s
                        WHERE s.active = TRUE OR EXISTS (SELECT 1 FROM plan_change c WHERE c.service_id = s.id
                            AND c.published = TRUE)
                        ORDER BY changes DESC, s.name
                        """)
                .query((rs, row) ->
                        new ServiceChanges(rs.getString("code"), rs.getString("name"), rs.getLong("changes")))
                .list();
    }
}
