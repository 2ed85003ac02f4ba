package uk.coproduction.portal.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox for Prometheus (issue 15, decision 0031): messages waiting to be sent (including those waiting to be
 * tried again) and those given up on after the last attempt, read from the database when scraped (cluster-wide:
 * aggregate with {@code max}). Each failed attempt is also counted where it happens ({@code portal.outbox.failures},
 * per instance: aggregate with {@code sum}).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    OutboxMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "portal.outbox.waiting",
                        jdbc,
                        db -> count(
                                db,
                                "SELECT COUNT(*) FROM outgoing_email WHERE sent_at IS NULL AND to_address IS NOT NULL"))
                .description("E-mails and texts not yet sent that will be tried (again)")
                .register(registry);
        Gauge.builder(
                        "portal.outbox.retrying",
                        jdbc,
                        db -> count(
                                db,
                                "SELECT COUNT(*) FROM outgoing_email"
                                        + " WHERE sent_at IS NULL AND to_address IS NOT NULL AND attempts > 0"))
                .description("Messages that failed at least once and wait to be tried again")
                .register(registry);
        Gauge.builder(
                        "portal.outbox.given.up",
                        jdbc,
                        db -> count(
                                db,
                                "SELECT COUNT(*) FROM outgoing_email"
                                        + " WHERE sent_at IS NULL AND to_address IS NULL AND attempts > 0"))
                .description("Messages not sent after the last allowed attempt")
                .register(registry);
    }

    private static double count(JdbcTemplate db, String sql) {
        Long count = db.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
