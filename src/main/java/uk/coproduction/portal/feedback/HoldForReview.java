package uk.coproduction.portal.feedback;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.limits.ArrivalLimitSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Flag, don't drop (decision 0026): feedback that looks sent by a program — the same words many times in a short
 * while, the hidden honeypot field filled in, a journey finished faster than a person could read it — is kept and
 * gets its reference code like any other, but is held for a person to review and left out of every figure until
 * they clear it. Nothing is thrown away.
 */
@Component
public class HoldForReview {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ArrivalLimitSettings settings;

    HoldForReview(JdbcTemplate jdbc, Clock clock, ArrivalLimitSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Looks at a new item before it is saved; holds it (and the earlier copies of its words) when it should. */
    public void judge(Feedback entry, JourneySignals signals, Duration fastestByAPerson) {
        Instant now = clock.instant();
        String fingerprint = fingerprint(entry);
        entry.fingerprintWords(fingerprint);
        if (signals.honeypotFilled()) {
            entry.holdForReview(HeldReason.HONEYPOT, now);
        } else if (signals.timeTaken() != null && signals.timeTaken().compareTo(fastestByAPerson) < 0) {
            entry.holdForReview(HeldReason.TOO_FAST, now);
        }
        if (fingerprint == null) {
            return;
        }
        Timestamp since = Timestamp.from(now.minus(settings.sameWordsWithin()));
        Integer earlier = jdbc.queryForObject(
                "SELECT COUNT(*) FROM feedback WHERE words_fingerprint = ? AND submitted_at >= ?",
                Integer.class,
                fingerprint,
                since);
        if (earlier != null && earlier + 1 >= settings.sameWordsTimes()) {
            entry.holdForReview(HeldReason.SAME_WORDS, now);
            jdbc.update("""
                    UPDATE feedback SET held_for_review = TRUE, held_reason = 'SAME_WORDS', held_at = ?
                    WHERE words_fingerprint = ? AND submitted_at >= ? AND held_for_review = FALSE
                      AND held_cleared_at IS NULL""", Timestamp.from(now), fingerprint, since);
        }
    }

    /**
     * The hidden field filled in on a page after the feedback was sent (the equality questions): the feedback it
     * belongs to is held too, so what comes with it waits for a person to review (decision 0026). Feedback a
     * commissioner has already cleared stays cleared.
     */
    public void holdForHoneypotAfterSending(String referenceCode) {
        jdbc.update("""
                UPDATE feedback SET held_for_review = TRUE, held_reason = 'HONEYPOT', held_at = ?
                WHERE reference_code = ? AND held_for_review = FALSE AND held_cleared_at IS NULL""", Timestamp.from(clock.instant()), referenceCode.strip().toUpperCase(Locale.ROOT));
    }

    /** The person's words, trimmed, in lower case and with single spaces; null when they wrote none. */
    static String fingerprint(Feedback entry) {
        String words = Stream.concat(
                        Stream.of(entry.getComment(), entry.getChangeWanted()),
                        entry.getAnswerComments().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(Map.Entry::getValue))
                .filter(Objects::nonNull)
                .map(w -> w.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.joining("\n"));
        if (words.isEmpty()) {
            return null;
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
