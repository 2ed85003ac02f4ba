package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of an evidence pack that no dashboard query gives ({@code packs.PackContents}, whose service is their
 * security boundary and applies the disclosure rule): a plan pack's voices, only feedback linked to the plan's actions,
 * which no dashboard filter can name, under the shared evidence condition ({@link EvidenceSql}); and the voices linked
 * to each plan action the pack lists. Every other figure of a pack is the dashboard's own query
 * ({@link EvidenceFigures}, decision 0035).
 */
@Component
public class PackFigures {

    /** What a plan pack's voices are broken down by, each key as the pack prints it. */
    public enum Breakdown {
        GROUP("SELECT f.respondent_group, COUNT(*) FROM feedback f WHERE %s GROUP BY f.respondent_group "
                + "ORDER BY f.respondent_group"),
        AGE_BAND("SELECT COALESCE(f.age_band, 'NONE') AS band, COUNT(*) FROM feedback f WHERE %s GROUP BY band "
                + "ORDER BY band"),
        AREA("SELECT COALESCE(a.name, '') AS area_name, COUNT(*) FROM feedback f LEFT JOIN area a ON a.id = f.area_id "
                + "WHERE %s GROUP BY area_name ORDER BY area_name");

        private final String sql;

        Breakdown(String sql) {
            this.sql = sql;
        }
    }

    /** A theme and how many of the voices counted carry it. */
    public record ThemeItems(String theme, long items) {}

    /** Counted residents' voices linked to a plan action ({@code lf}): decision 0046's rules from {@link Voices}. */
    private static final Condition LINKED =
            Voices.feedback("lf").counted().and(Voices.feedback("lf").residentsOnly());

    private final JdbcClient jdbc;

    PackFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pack's condition: the evidence condition ({@code f}), and only feedback linked to an action of the plan.
     */
    public static EvidenceSql linkedToPlan(EvidenceSql evidence, long planId) {
        Map<String, Object> parameters = new LinkedHashMap<>(evidence.parameters());
        parameters.put("packPlan", planId);
        return new EvidenceSql(
                evidence.sql() + " AND f.id IN (SELECT fpa.feedback_id FROM feedback_plan_action fpa"
                        + " JOIN plan_action pa ON pa.id = fpa.action_id JOIN plan_outcome po ON po.id = pa.outcome_id"
                        + " JOIN plan_domain pd ON pd.id = po.domain_id WHERE pd.plan_id = :packPlan)",
                parameters);
    }

    /** How many voices the condition counts. */
    @Transactional(readOnly = true)
    public long voices(EvidenceSql where) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback f WHERE %s".formatted(where.sql()))
                .params(where.parameters())
                .query(Long.class)
                .single();
    }

    /** Voices per value of the breakdown, in the order the pack lists them. */
    @Transactional(readOnly = true)
    public Map<String, Long> voicesBy(Breakdown breakdown, EvidenceSql where) {
        Map<String, Long> cells = new LinkedHashMap<>();
        jdbc.sql(breakdown.sql.formatted(where.sql()))
                .params(where.parameters())
                .query((RowCallbackHandler) rs -> cells.put(rs.getString(1), rs.getLong(2)));
        return cells;
    }

    /** The themes of the voices counted, most items first. */
    @Transactional(readOnly = true)
    public List<ThemeItems> themes(EvidenceSql where) {
        String sql = """
                SELECT t.name, COUNT(*) AS items FROM feedback f
                JOIN feedback_theme ft ON ft.feedback_id = f.id JOIN theme t ON t.id = ft.theme_id
                WHERE %s GROUP BY t.name ORDER BY items DESC, t.name
                """.formatted(where.sql());
        return jdbc.sql(sql)
                .params(where.parameters())
                .query((rs, n) -> new ThemeItems(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /**
     * Per plan action (by id): the counted residents' voices linked to it, of one service only when
     * {@code serviceId} is not null (a service's pack counts only that service's feedback against each action).
     * Actions with none are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> linkedVoices(Collection<Long> actionIds, Long serviceId) {
        Map<Long, Long> result = new HashMap<>();
        if (actionIds.isEmpty()) {
            return result;
        }
        Map<String, Object> parameters = new HashMap<>(LINKED.parameters());
        parameters.put("actions", actionIds);
        String ofService = "TRUE";
        if (serviceId != null) {
            ofService = "lf.service_id = :service";
            parameters.put("service", serviceId);
        }
        jdbc.sql("""
                        SELECT fpa.action_id, COUNT(*) FROM feedback_plan_action fpa
                        JOIN feedback lf ON lf.id = fpa.feedback_id
                        WHERE fpa.action_id IN (:actions) AND\s""" + LINKED.sql() + " AND " + ofService + " GROUP BY fpa.action_id")
                .params(parameters)
                .query((RowCallbackHandler) rs -> result.put(rs.getLong(1), rs.getLong(2)));
        return result;
    }
}
