package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The figures of a service's page in the workspace ({@code workspace.ServicePages}, which is their security
 * boundary): themes and linked plan actions of the counted feedback about the service, as its main service or as a
 * further one — the workspace's rule (a commissioner answers for every item linked to the service, decision 0035),
 * written once in {@link Voices#aboutService(long)}.
 */
@Component
public class ServicePageFigures {

    /** A theme and how many counted items about the service carry it. */
    public record ThemeCount(String theme, long items) {}

    /** A plan action this service's feedback is linked to, and how many of its items are. */
    public record LinkedAction(
            long id, String code, String title, String planCode, String planShortName, String status, long items) {

        public String label() {
            return code + " " + title + " (" + planShortName + ")";
        }
    }

    private final JdbcClient jdbc;

    ServicePageFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted feedback about the service: as its main service or as a further one. */
    public static Condition aboutService(long serviceId) {
        Voices f = Voices.feedback("f");
        return f.counted().and(f.aboutService(serviceId));
    }

    /** The themes of the feedback about the service, most items first. */
    @Transactional(readOnly = true)
    public List<ThemeCount> themes(long serviceId) {
        Condition about = aboutService(serviceId);
        return jdbc.sql("""
                        SELECT t.name, COUNT(DISTINCT f.id) FROM feedback_theme ft JOIN theme t ON t.id = ft.theme_id
                        JOIN feedback f ON f.id = ft.feedback_id WHERE
                        """ + about.sql() + " GROUP BY t.name ORDER BY COUNT(DISTINCT f.id) DESC, t.name")
                .params(about.parameters())
                .query((rs, n) -> new ThemeCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** The plan actions the feedback about the service is linked to, by plan and action code. */
    @Transactional(readOnly = true)
    public List<LinkedAction> linkedActions(long serviceId) {
        Condition about = aboutService(serviceId);
        return jdbc.sql("""
                        SELECT a.id, a.code, a.title, p.code, p.short_name, a.status, COUNT(DISTINCT f.id)
                        FROM feedback_plan_action fpa JOIN feedback f ON f.id = fpa.feedback_id
                        JOIN plan_action a ON a.id = fpa.action_id JOIN plan_outcome o ON o.id = a.outcome_id
                        JOIN plan_domain d ON d.id = o.domain_id JOIN plan p ON p.id = d.plan_id WHERE
                        """ + about.sql() + """
                         GROUP BY a.id, a.code, a.title, p.code, p.short_name, a.status ORDER BY p.code, a.code
                        """)
                .params(about.parameters())
                .query((rs, n) -> new LinkedAction(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .list();
    }
}
