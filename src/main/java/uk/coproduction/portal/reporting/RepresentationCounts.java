package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.services.Team;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The counts behind "who we are not hearing from" ({@code representation.Representation}, which is their security
 * boundary, sets them against the population figures and applies the disclosure rule): counted voices by group, age
 * band and area with {@link EvidenceSql}, so they agree with every other evidence view, and the equality monitoring
 * answers, which are kept apart from feedback by quarter, team, area and group only (decision 0014).
 */
@Component
public class RepresentationCounts {

    /** The key of voices or answers with no value (no age band, no area, a question not answered). */
    public static final String NONE = "NONE";

    /** What counted voices are broken down by. */
    public enum Breakdown {
        GROUP("f.respondent_group"),
        AGE_BAND("f.age_band"),
        AREA("(SELECT ea.code FROM area ea WHERE ea.id = f.area_id)");

        private final String key;

        Breakdown(String key) {
            this.key = key;
        }
    }

    /** Equality answers of these quarters (inclusive) and, where not null, of this team, area (code) and group. */
    public record EqualityScope(Quarter first, Quarter last, Team team, String area, RespondentGroup group) {

        private String sql() {
            StringBuilder condition = new StringBuilder("e.quarter >= :first AND e.quarter <= :last");
            if (team != null) {
                condition.append(" AND e.team = :team");
            }
            if (area != null) {
                condition.append(" AND e.area_id = (SELECT ea.id FROM area ea WHERE ea.code = :area)");
            }
            if (group != null) {
                condition.append(" AND e.respondent_group = :grp");
            }
            return condition.toString();
        }

        private Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("first", first.toString());
            parameters.put("last", last.toString());
            if (team != null) {
                parameters.put("team", team.name());
            }
            if (area != null) {
                parameters.put("area", area);
            }
            if (group != null) {
                parameters.put("grp", group.name());
            }
            return parameters;
        }
    }

    /** An equality question's column: a plain name, never anything else pasted into the statement. */
    private static final Pattern COLUMN = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    RepresentationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted voices the condition selects, per value of the breakdown ({@link #NONE} for none), by value. */
    @Transactional(readOnly = true)
    public Map<String, Long> voicesBy(Breakdown breakdown, EvidenceSql where) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + breakdown.key + " AS k, COUNT(*) AS n FROM feedback f WHERE " + where.sql()
                        + " GROUP BY k ORDER BY k")
                .params(where.parameters())
                .query((RowCallbackHandler)
                        rs -> counts.put(rs.getString("k") == null ? NONE : rs.getString("k"), rs.getLong("n")));
        return counts;
    }

    /** Counted voices the condition selects, of these age bands only (of any when empty). */
    @Transactional(readOnly = true)
    public long voices(EvidenceSql where, Collection<AgeBand> bands) {
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        String inBands = "";
        if (!bands.isEmpty()) {
            inBands = " AND f.age_band IN (:populationBands)";
            parameters.put("populationBands", bands.stream().map(Enum::name).toList());
        }
        return jdbc.sql("SELECT COUNT(*) FROM feedback f WHERE " + where.sql() + inBands)
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /** The equality responses in scope that gave this answer to the question kept in {@code column}. */
    @Transactional(readOnly = true)
    public long equalityAnswered(EqualityScope scope, String column, String answer) {
        Map<String, Object> parameters = scope.parameters();
        parameters.put("answer", answer);
        return jdbc.sql("SELECT COUNT(*) FROM equality_response e WHERE " + scope.sql() + " AND e." + checked(column)
                        + " = :answer")
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /** The equality responses in scope per answer to the question kept in {@code column} ({@link #NONE}: none). */
    @Transactional(readOnly = true)
    public Map<String, Long> equalityAnswers(EqualityScope scope, String column) {
        Map<String, Long> found = new HashMap<>();
        jdbc.sql("SELECT e." + checked(column) + " AS k, COUNT(*) AS n FROM equality_response e WHERE " + scope.sql()
                        + " GROUP BY k")
                .params(scope.parameters())
                .query((RowCallbackHandler)
                        rs -> found.put(rs.getString("k") == null ? NONE : rs.getString("k"), rs.getLong("n")));
        return found;
    }

    private static String checked(String column) {
        if (!COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("Not an equality question's column: " + column);
        }
        return column;
    }
}
