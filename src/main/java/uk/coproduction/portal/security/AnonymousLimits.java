package uk.coproduction.portal.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much one client (one address) may do without an account, per token bucket: start feedback journeys,
 * and look up codes (so nobody can guess other people's codes). "I don't feel safe" is never limited
 * (decision 0025).
 * Buckets live in memory, for the most recent 50,000 clients.
 */
@Component
public class AnonymousLimits {

    public enum Purpose {
        FEEDBACK, LOOKUP
    }

    private static final int CLIENTS_REMEMBERED = 50_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > CLIENTS_REMEMBERED;
                }
            });
    private final Map<Purpose, Bandwidth> limits;

    AnonymousLimits(@Value("${portal.limits.feedback-per-hour:20}") int feedbackPerHour,
                    @Value("${portal.limits.lookups-per-ten-minutes:30}") int lookupsPerTenMinutes) {
        this.limits = Map.of(
                Purpose.FEEDBACK, Bandwidth.builder().capacity(feedbackPerHour)
                        .refillGreedy(feedbackPerHour, Duration.ofHours(1)).build(),
                Purpose.LOOKUP, Bandwidth.builder().capacity(lookupsPerTenMinutes)
                        .refillGreedy(lookupsPerTenMinutes, Duration.ofMinutes(10)).build());
    }

    /** True, and counted, when this client may do this now; false when they have done it too often lately. */
    public boolean allow(Purpose purpose, String client) {
        String key = purpose + "|" + (client == null ? "unknown" : client);
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limits.get(purpose)).build())
                .tryConsume(1);
    }
}
