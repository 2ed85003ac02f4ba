package uk.coproduction.portal.feedback;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operations figures about feedback, for Prometheus (issue 15, decision 0031): how many items wait at each status
 * (the commissioners' queue) and how many have been sent in all. Read from the database when scraped, so every
 * instance reports the same cluster-wide figure: aggregate them across instances with {@code max}, not {@code sum}.
 * Counts only, never words or who sent them.
 */
@Component
class FeedbackMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    FeedbackMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (FeedbackStatus status : FeedbackStatus.values()) {
            Gauge.builder(
                            "portal.feedback.queue",
                            jdbc,
                            db -> count(db, "SELECT COUNT(*) FROM feedback WHERE status = ?", status.name()))
                    .description("Feedback items at this status, all instances together")
                    .tag("status", status.name())
                    .register(registry);
        }
        FunctionCounter.builder("portal.feedback.submitted", jdbc, db -> count(db, "SELECT COUNT(*) FROM feedback"))
                .description(
                        "Feedback items received and kept (an erased item leaves the count), all instances together")
                .register(registry);
    }

    private static double count(JdbcTemplate db, String sql, Object... arguments) {
        Long count = db.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
