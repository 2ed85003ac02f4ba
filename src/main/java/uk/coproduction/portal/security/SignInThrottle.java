package uk.coproduction.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
 * counted exactly like real ones, so the answers cannot tell them apart. Counts live in memory, for the most recent
 * 50,000 keys of each kind; a restart forgets them (the password rules still stand).
 */
@Component
public class SignInThrottle {

    private static final int KEYS_REMEMBERED = 50_000;

    private final Clock clock;
    private final int freeTries;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int blockAfter;
    private final Duration blockFor;
    private final Duration forgetAfter;
    private final Map<String, Failures> byAddressAndUsername = lru();
    private final Map<String, Failures> byAddress = lru();

    SignInThrottle(Clock clock,
                   @Value("${portal.login.free-tries:3}") int freeTries,
                   @Value("${portal.login.first-delay:5s}") Duration firstDelay,
                   @Value("${portal.login.max-delay:60s}") Duration maxDelay,
                   @Value("${portal.login.block-after:20}") int blockAfter,
                   @Value("${portal.login.block-for:15m}") Duration blockFor,
                   @Value("${portal.login.forget-after:15m}") Duration forgetAfter) {
        if (freeTries < 1 || blockAfter <= freeTries || !firstDelay.isPositive() || !maxDelay.isPositive() || !blockFor.isPositive()
                || !forgetAfter.isPositive()) {
            throw new IllegalArgumentException("portal.login.*: free-tries must be at least 1, block-after more than"
                    + " free-tries, and first-delay, max-delay, block-for and forget-after positive");
        }
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
        Failures fromAddress = current(byAddress, addressKey(client), now);
        if (fromAddress != null && fromAddress.blockedUntil != null && now.isBefore(fromAddress.blockedUntil)) {
            return false;
        }
        Failures pair = current(byAddressAndUsername, pairKey(client, username), now);
        return pair == null || pair.count < freeTries
                || !now.isBefore(pair.last.plus(delayAfter(pair.count)));
    }

    /** A wrong password (or an unknown username) from this address. */
    public void wrongPassword(String client, String username) {
        Instant now = clock.instant();
        byAddressAndUsername.compute(pairKey(client, username), (key, old) -> next(old, now));
        byAddress.compute(addressKey(client), (key, old) -> {
            Failures failures = next(old, now);
            if (failures.blockedUntil == null && failures.count >= blockAfter) {
                failures.blockedUntil = now.plus(blockFor);
            }
            return failures;
        });
    }

    /** The right password: this address owes no more waiting for this username (its count for others stays). */
    public void signedIn(String client, String username) {
        byAddressAndUsername.remove(pairKey(client, username));
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

    private Failures next(Failures old, Instant now) {
        Failures failures = old == null || expired(old, now) ? new Failures() : old;
        failures.count++;
        failures.last = now;
        return failures;
    }

    private Failures current(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = counts.get(key);
        if (failures != null && expired(failures, now)) {
            counts.remove(key);
            return null;
        }
        return failures;
    }

    /** A block lasts its full time; otherwise a count is forgotten once its last wrong password is old enough. */
    private boolean expired(Failures failures, Instant now) {
        if (failures.blockedUntil != null) {
            return !now.isBefore(failures.blockedUntil);
        }
        return !now.isBefore(failures.last.plus(forgetAfter));
    }

    private static String addressKey(String client) {
        return client == null || client.isBlank() ? "unknown" : client;
    }

    /** Usernames are compared as the database does (case-insensitively), so "Safeguarding" counts as "safeguarding". */
    private static String pairKey(String client, String username) {
        return addressKey(client) + "|" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Failures> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > KEYS_REMEMBERED;
            }
        });
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant blockedUntil;
    }
}
