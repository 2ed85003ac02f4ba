package uk.coproduction.portal.safeguarding;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.feedback.SafeguardingSource;

import java.time.Clock;
import java.time.Instant;

/**
 * Safeguarding concerns nobody has acknowledged, and those of them past the time they were due to be acknowledged
 * by, for Prometheus (issue 15, decision 0031): the same rule as the queue and the escalation
 * ({@link AcknowledgeTimes}), read from the database when scraped (cluster-wide: aggregate with {@code max}).
 * An alert on {@code portal_safeguarding_overdue > 0} is the operations team's check that escalation works.
 */
@Component
class OverdueConcernsMetrics implements MeterBinder {

    private static final String UNACKNOWLEDGED = "SELECT f.safeguarding_source,"
            + " COALESCE(f.safeguarding_flagged_at, f.submitted_at) FROM feedback f WHERE f.safeguarding_flag = TRUE"
            + " AND NOT EXISTS (SELECT 1 FROM safeguarding_action a WHERE a.feedback_id = f.id AND a.kind = ?)";

    private final JdbcTemplate jdbc;
    private final AcknowledgeTimes times;
    private final Clock clock;

    OverdueConcernsMetrics(JdbcTemplate jdbc, AcknowledgeTimes times, Clock clock) {
        this.jdbc = jdbc;
        this.times = times;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.safeguarding.unacknowledged", this, metrics -> metrics.count(false))
                .description("Safeguarding concerns nobody has acknowledged yet")
                .register(registry);
        Gauge.builder("portal.safeguarding.overdue", this, metrics -> metrics.count(true))
                .description("Safeguarding concerns not acknowledged by the time they were due")
                .register(registry);
    }

    private double count(boolean overdueOnly) {
        Instant now = clock.instant();
        return jdbc
                .query(
                        UNACKNOWLEDGED,
                        (row, i) -> {
                            String source = row.getString(1);
                            Instant flaggedAt = row.getTimestamp(2).toInstant();
                            return !overdueOnly
                                    || now.isAfter(times.acknowledgeBy(
                                            source == null ? null : SafeguardingSource.valueOf(source), flaggedAt));
                        },
                        SafeguardingActionKind.ACKNOWLEDGED.name())
                .stream()
                .filter(Boolean::booleanValue)
                .count();
    }
}
