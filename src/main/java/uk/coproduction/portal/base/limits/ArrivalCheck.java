package uk.coproduction.portal.base.limits;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The low-friction check past the limits: the browser finds a number that makes SHA-256(challenge ":" number)
 * start with a few zero bits (about a second's work on a phone, done by portal.js while the person waits, with
 * nothing for them to do). No puzzle, no third party, nothing about the person. The challenge is signed by the
 * server and each one can be answered once, on any instance; it stays good for a day, so there is no hurry.
 */
@Component
public class ArrivalCheck {

    private static final Duration GOOD_FOR = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey signingKey;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int difficulty;

    ArrivalCheck(SigningKey signingKey, JdbcTemplate jdbc, Clock clock, ArrivalLimitSettings settings) {
        this.signingKey = signingKey;
        this.jdbc = jdbc;
        this.clock = clock;
        this.difficulty = settings.checkDifficulty();
    }

    /** A new challenge: {@code nonce.issued.difficulty.signature}. */
    public String challenge() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String unsigned =
                HexFormat.of().formatHex(nonce) + "." + clock.instant().getEpochSecond() + "." + difficulty;
        return unsigned + "." + signingKey.sign("check:" + unsigned);
    }

    /**
     * True, once only, when the answer ({@code challenge ":" number}) is right for a challenge we signed lately.
     */
    public boolean passes(String answer) {
        if (answer == null || answer.length() > 300) {
            return false;
        }
        int colon = answer.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String challenge = answer.substring(0, colon);
        String[] parts = challenge.split("\\.");
        if (parts.length != 4 || parts[0].length() != 32) {
            return false;
        }
        String unsigned = parts[0] + "." + parts[1] + "." + parts[2];
        if (!signingKey.signed("check:" + unsigned, parts[3])) {
            return false;
        }
        Instant issued;
        int bits;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            bits = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (clock.instant().isAfter(issued.plus(GOOD_FOR)) || leadingZeroBits(sha256(answer)) < bits) {
            return false;
        }
        try {
            jdbc.update(
                    "INSERT INTO arrival_check_used (nonce, used_at) VALUES (?, ?)",
                    parts[0],
                    Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException usedBefore) {
            return false;
        }
    }

    /** What the browser does, in Java: for tests, and for anyone reading how the check works. */
    public static String solve(String challenge) {
        int bits = Integer.parseInt(challenge.split("\\.")[2]);
        for (long n = 0; ; n++) {
            String answer = challenge + ":" + n;
            if (leadingZeroBits(sha256(answer)) >= bits) {
                return answer;
            }
        }
    }

    private static byte[] sha256(String words) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }
}
