package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Voices per service and their answers on the charter scale, over an evidence filter (the shared evidence condition,
 * so they agree with the other dashboards): the figures the outcomes dashboard sets beside each indicator
 * ({@code outcomes.OutcomesDashboard}, which is their security boundary and applies the disclosure rule).
 */
@Component
public class ServiceAnswerCounts {

    /**
     * @param items             counted items for the service
     * @param peopleWhoAnswered of them, those who answered at least one charter question on the scale
     * @param positive          answers very good or good
     * @param answered          answers on the scale (not "not sure")
     */
    public record Counts(long items, long peopleWhoAnswered, long positive, long answered) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public ServiceAnswerCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Per service id (main service; services without voices are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Counts> forServices(EvidenceFilter filter, Collection<Long> serviceIds) {
        Map<Long, Counts> result = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return result;
        }
        EvidenceSql where = EvidenceSql.where(filter, clock);
        jdbc.sql("""
                SELECT f.service_id, COUNT(DISTINCT f.id),
                    COUNT(DISTINCT CASE WHEN r.answer IN ('VERY_GOOD', 'GOOD', 'OK', 'BAD', 'VERY_BAD') THEN f.id END),
                    SUM(CASE WHEN r.answer IN ('VERY_GOOD', 'GOOD') THEN 1 ELSE 0 END),
                    SUM(CASE WHEN r.answer IN ('VERY_GOOD', 'GOOD', 'OK', 'BAD', 'VERY_BAD') THEN 1 ELSE 0 END)
                FROM feedback f
                LEFT JOIN feedback_rating r ON r.feedback_id = f.id
                WHERE %s AND f.service_id IN (:outcomeServices)
                GROUP BY f.service_id
                """.formatted(where.sql()))
                .params(where.parameters())
                .param("outcomeServices", serviceIds)
                .query((RowCallbackHandler) rs -> result.put(
                        rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))));
        return result;
    }
}
