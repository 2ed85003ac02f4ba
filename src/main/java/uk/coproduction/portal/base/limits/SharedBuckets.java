package uk.coproduction.portal.base.limits;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * Token buckets kept in the database, so every instance of the portal and every restart sees the same counts. One
 * row per bucket, locked while it is read and changed (SELECT … FOR UPDATE), in a transaction of its own so that a
 * journey that fails later still counts.
 */
@Component
public class SharedBuckets {

    private static final Duration FORGET_AFTER = Duration.ofDays(8);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SharedBuckets(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** True, and one token taken, when the bucket has one now. */
    boolean tryTake(String key, ArrivalLimitSettings.Rate rate) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Boolean taken = ownTransaction.execute(status -> {
            jdbc.update(
                    "INSERT IGNORE INTO arrival_bucket (bucket_key, tokens, refilled_at) VALUES (?, ?, ?)",
                    key,
                    rate.burst(),
                    Timestamp.from(now));
            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT tokens, refilled_at FROM arrival_bucket WHERE bucket_key = ? FOR UPDATE", key);
            // a NOT NULL column of the row just inserted or locked
            double tokens = ((Number) Objects.requireNonNull(row.get("tokens"))).doubleValue();
            Instant refilledAt = toInstant(row.get("refilled_at"));
            if (now.isAfter(refilledAt)) {
                long micros = ChronoUnit.MICROS.between(refilledAt, now);
                tokens = Math.min(rate.burst(), tokens + micros * rate.perMicrosecond());
                refilledAt = now;
            }
            boolean enough = tokens >= 1;
            jdbc.update(
                    "UPDATE arrival_bucket SET tokens = ?, refilled_at = ? WHERE bucket_key = ?",
                    enough ? tokens - 1 : tokens,
                    Timestamp.from(refilledAt),
                    key);
            return enough;
        });
        return Boolean.TRUE.equals(taken);
    }

    /** Buckets untouched for a week are full again anyway: forgetting them changes nothing. */
    @Scheduled(cron = "0 17 3 * * *")
    @SchedulerLock(name = "forget-idle-arrival-buckets")
    public void forgetIdleBuckets() {
        Timestamp before = Timestamp.from(clock.instant().minus(FORGET_AFTER));
        jdbc.update("DELETE FROM arrival_bucket WHERE refilled_at < ?", before);
        jdbc.update("DELETE FROM arrival_check_used WHERE used_at < ?", before);
    }

    private static Instant toInstant(@Nullable Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        throw new IllegalStateException("Unexpected time " + value);
    }
}
