package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures of the list of coproduction activities ({@code activities.ActivityService}, which is their security
 * boundary): how many people each activity counted by hand, and how many counted voices were entered at it (decision
 * 0046's rule, written once in {@link Voices}).
 */
@Component
public class ActivityFigures {

    /** People counted at an activity (its participant rows added up), and counted voices entered at it. */
    public record Reach(long people, long answers) {

        public static final Reach NONE = new Reach(0, 0);
    }

    /** Counted feedback (decision 0046's rule, written once in {@link Voices}). */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    private final JdbcClient jdbc;

    ActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per activity id; activities not found are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Reach> forActivities(Collection<Long> activityIds) {
        Map<Long, Reach> result = new HashMap<>();
        if (activityIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT a.id,
                            (SELECT COALESCE(SUM(p.people), 0) FROM activity_participants p WHERE p.activity_id = a.id),
                            (SELECT COUNT(*) FROM activity_feedback af JOIN feedback f ON f.id = af.feedback_id
                                WHERE af.activity_id = a.id AND\s""" + COUNTED + """
                            )
                        FROM activity a WHERE a.id IN (:activities)
                        """).param("activities", activityIds).query((RowCallbackHandler)
                rs -> result.put(rs.getLong(1), new Reach(rs.getLong(2), rs.getLong(3))));
        return result;
    }
}
