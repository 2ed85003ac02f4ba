package uk.coproduction.portal.safeguarding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Keyed hashes (HMAC-SHA256) of a client address or of words, so a burst can be recognised without keeping the
 * address. One random key per day, in the database so every instance hashes alike; yesterday's key is kept for
 * one more day so a burst running over midnight is still one source, and older keys are deleted: after that no
 * stored hash can be matched to an address again, not even by trying every address.
 */
@Component
class SourceKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SourceKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today's key first, then yesterday's if there is one; today's is made now if it does not exist yet. */
    List<byte[]> current() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // INSERT IGNORE: two instances making the day's key at once keep the first one.
        jdbc.update("INSERT IGNORE INTO safety_source_key (day, secret) VALUES (?, ?)", Date.valueOf(today), fresh);
        jdbc.update("DELETE FROM safety_source_key WHERE day < ?", Date.valueOf(today.minusDays(1)));
        List<byte[]> keys = new ArrayList<>(jdbc.query(
                "SELECT secret FROM safety_source_key WHERE day = ?", (rs, n) -> rs.getBytes(1), Date.valueOf(today)));
        keys.addAll(jdbc.query(
                "SELECT secret FROM safety_source_key WHERE day = ?",
                (rs, n) -> rs.getBytes(1),
                Date.valueOf(today.minusDays(1))));
        return keys;
    }

    static String hash(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Today's and yesterday's hashes of the value, today's first (the one to store). */
    List<String> hashes(List<byte[]> keys, String value) {
        return keys.stream().map(k -> hash(k, value)).toList();
    }
}
