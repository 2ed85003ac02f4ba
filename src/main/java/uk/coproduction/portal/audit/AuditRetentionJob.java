package uk.coproduction.portal.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * Keeps the audit log for {@code portal.audit.keep-for} (default 7 years), its own setting, apart from feedback's
 * retention. The only way entries leave the log is the database procedure audit_apply_retention (V0190): it removes
 * the oldest entries and anchors the chain on the last one removed, in one transaction, so the chain check still
 * holds from the first entry kept. The run is itself written to the log.
 */
@Component
public class AuditRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetentionJob.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Shorter than this and the log could not answer the questions an auditor asks about last year. */
    static final Period SHORTEST = Period.ofYears(1);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Period keepFor;

    AuditRetentionJob(
            JdbcTemplate jdbc, AuditLog audit, Clock clock, @Value("${portal.audit.keep-for:7y}") Period keepFor) {
        if (keepFor.toTotalMonths() < SHORTEST.toTotalMonths()) {
            throw new IllegalArgumentException(
                    "portal.audit.keep-for must be at least " + SHORTEST + " (it is " + keepFor + ")");
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** The nightly run, on one instance at a time (decision 0031). */
    @Scheduled(cron = "${portal.audit.retention-cron:0 40 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "audit-retention")
    public void applyOnSchedule() {
        apply();
    }

    /** Removes entries older than the setting; returns how many went. */
    @Transactional
    public long apply() {
        Instant cutoff = clock.instant().atZone(UK).minus(keepFor).toInstant();
        Long removed = jdbc.execute((Connection connection) -> {
            try (CallableStatement call = connection.prepareCall("{call audit_apply_retention(?, ?)}")) {
                call.setTimestamp(1, Timestamp.from(cutoff));
                call.registerOutParameter(2, Types.BIGINT);
                call.execute();
                return call.getLong(2);
            }
        });
        long count = removed == null ? 0 : removed;
        if (count > 0) {
            Long through = jdbc.queryForObject("SELECT MAX(through_seq) FROM audit_chain_anchor", Long.class);
            audit.record(
                    "audit.retention-applied",
                    "audit_log",
                    through,
                    count + " entries written before " + cutoff + " removed (kept for " + keepFor
                            + "); the chain now starts after entry " + through);
            LOG.info("Audit retention: {} entries older than {} removed", count, keepFor);
        }
        return count;
    }
}
