package uk.coproduction.portal.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing without letting anyone lock a member of staff out (decision 0018). Two counts:
 * <ul>
 * <li>per client address and username together: after {@code portal.login.free-tries} wrong passwords, each next
 * try from that address for that username must wait {@code portal.login.first-delay} (5 s), then twice as long after
 * each further wrong one (10 s, 20 s …, at most {@code portal.login.max-delay}); a try that comes sooner is refused
 * unchecked and does not count;
 * <li>per client address: after {@code portal.login.block-after} wrong passwords (for any usernames) the address
 * is blocked for {@code portal.login.block-for}.</li>
 * </ul>
 * Both are forgotten {@code portal.login.forget-after} after the last wrong password. Nothing is counted per account
 * alone, so wrong passwords from one address never slow down the account's owner at another. Unknown usernames are
 * counted exactly like real ones, so the answers cannot tell them apart. The counts live in the database (table
 * {@code sign_in_throttle}, decision 0031), so every instance behind a load balancer counts the same tries; each
 * wrong password is one atomic upsert. Forgotten counts are deleted every few minutes, on one instance at a time.
 */
@Component
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int freeTries;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int blockAfter;
    private final Duration blockFor;
    private final Duration forgetAfter;

    SignInThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${portal.login.free-tries:3}") int freeTries,
            @Value("${portal.login.first-delay:5s}") Duration firstDelay,
            @Value("${portal.login.max-delay:60s}") Duration maxDelay,
            @Value("${portal.login.block-after:20}") int blockAfter,
            @Value("${portal.login.block-for:15m}") Duration blockFor,
            @Value("${portal.login.forget-after:15m}") Duration forgetAfter) {
        if (freeTries < 1
                || blockAfter <= freeTries
                || !firstDelay.isPositive()
                || !maxDelay.isPositive()
                || !blockFor.isPositive()
                || !forgetAfter.isPositive()) {
            throw new IllegalArgumentException("portal.login.*: free-tries must be at least 1, block-after more than"
                    + " free-tries, and first-delay, max-delay, block-for and forget-after positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeTries = freeTries;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.blockAfter = blockAfter;
        this.blockFor = blockFor;
        this.forgetAfter = forgetAfter;
    }

    /** The longest a client address can be kept waiting, in whole minutes (at least one), for the sign-in page. */
    public long longestPauseMinutes() {
        Duration longest = blockFor.compareTo(maxDelay) > 0 ? blockFor : maxDelay;
        return Math.max(1, (longest.toSeconds() + 59) / 60);
    }

    /** True when this try may be checked now; false when it comes too soon and must be refused unchecked. */
    public boolean mayTry(String client, String username) {
        Instant now = clock.instant();
        Failures fromAddress = current(addressKey(client), now);
        if (fromAddress != null && fromAddress.blockedUntil() != null && now.isBefore(fromAddress.blockedUntil())) {
            return false;
        }
        Failures pair = current(pairKey(client, username), now);
        return pair == null
                || pair.count() < freeTries
                || !now.isBefore(pair.last().plus(delayAfter(pair.count())));
    }

    /** A wrong password (or an unknown username) from this address. */
    public void wrongPassword(String client, String username) {
        Instant now = clock.instant();
        count(pairKey(client, username), now);
        String address = addressKey(client);
        count(address, now);
        jdbc.update(
                "UPDATE sign_in_throttle SET blocked_until = ? WHERE throttle_key = ? AND blocked_until IS NULL"
                        + " AND failures >= ?",
                Timestamp.from(now.plus(blockFor)),
                address,
                blockAfter);
    }

    /** The right password: this address owes no more waiting for this username (its count for others stays). */
    public void signedIn(String client, String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", pairKey(client, username));
    }

    /** Counts nobody will look at again are deleted, so guessed usernames cannot fill the table. */
    @Scheduled(fixedDelayString = "${portal.login.cleanup-every:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "sign-in-throttle-cleanup")
    public void forgetOldCounts() {
        Instant now = clock.instant();
        jdbc.update(
                "DELETE FROM sign_in_throttle WHERE (blocked_until IS NULL AND last_failure_at <= ?)"
                        + " OR blocked_until <= ?",
                Timestamp.from(now.minus(forgetAfter)),
                Timestamp.from(now));
    }

    /** How long the next try must wait after {@code failures} wrong passwords in a row (zero while they are free). */
    Duration delayAfter(int failures) {
        if (failures < freeTries) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeTries, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * One more wrong password under this key, in one statement so that two instances counting at once both count:
     * a count that has expired (see {@link #expired}) starts again at one. MariaDB evaluates the assignments left to
     * right, so {@code failures} and {@code blocked_until} still see the old {@code last_failure_at}.
     */
    private void count(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgetBefore = Timestamp.from(now.minus(forgetAfter));
        String expired = "((blocked_until IS NOT NULL AND blocked_until <= ?)"
                + " OR (blocked_until IS NULL AND last_failure_at <= ?))";
        jdbc.update(
                "INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, blocked_until)"
                        + " VALUES (?, 1, ?, NULL) ON DUPLICATE KEY UPDATE"
                        + " failures = IF(" + expired + ", 1, failures + 1),"
                        + " blocked_until = IF(" + expired + ", NULL, blocked_until),"
                        + " last_failure_at = ?",
                key,
                at,
                at,
                forgetBefore,
                at,
                forgetBefore,
                at);
    }

    private @Nullable Failures current(String key, Instant now) {
        List<Failures> found = jdbc.query(
                "SELECT failures, last_failure_at, blocked_until FROM sign_in_throttle" + " WHERE throttle_key = ?",
                (row, i) -> new Failures(
                        row.getInt(1),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()),
                key);
        return found.isEmpty() || expired(found.getFirst(), now) ? null : found.getFirst();
    }

    /** A block lasts its full time; otherwise a count is forgotten once its last wrong password is old enough. */
    private boolean expired(Failures failures, Instant now) {
        if (failures.blockedUntil() != null) {
            return !now.isBefore(failures.blockedUntil());
        }
        return !now.isBefore(failures.last().plus(forgetAfter));
    }

    private static String addressKey(String client) {
        return hashed("address|" + (client == null || client.isBlank() ? "unknown" : client));
    }

    /** Usernames are compared as the database does (case-insensitively), so "Safeguarding" counts as "safeguarding". */
    private static String pairKey(String client, String username) {
        return hashed("pair|" + (client == null || client.isBlank() ? "unknown" : client) + "|"
                + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    /** What was typed as a username is never stored (people type passwords there), only this digest of it. */
    private static String hashed(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private record Failures(
            int count, Instant last, @Nullable Instant blockedUntil) {}
}
