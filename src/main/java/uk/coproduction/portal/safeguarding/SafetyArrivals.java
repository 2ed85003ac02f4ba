package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.feedback.DisclosureCheck;
import uk.coproduction.portal.feedback.DisclosureFinding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every "I don't feel safe" message as it arrives, and the rule that groups a flood: when more than
 * {@code portal.safeguarding.burst.more-than} messages come from one source within
 * {@code portal.safeguarding.burst.within}, they are a possible burst, and later ones from that source join it
 * while it keeps going. A source is the client address the trusted proxies report, the browser's session (one
 * browser sending from many addresses), or the same words from any address; only keyed hashes of each are kept
 * ({@link SourceKeys}). Messages below the threshold are never
 * grouped. Counts are rows in the database, so they hold across instances and restarts.
 */
@Component
class SafetyArrivals {

    /** What recording one arrival found: the burst it belongs to, if any, and whether it made that burst. */
    record Arrival(@Nullable Long burstId, boolean recognisedNow) {}

    private final JdbcTemplate jdbc;
    private final SourceKeys keys;
    private final DisclosureCheck rules;
    private final Clock clock;
    private final int moreThan;
    private final Duration within;

    SafetyArrivals(
            JdbcTemplate jdbc,
            SourceKeys keys,
            DisclosureCheck rules,
            Clock clock,
            @Value("${portal.safeguarding.burst.more-than:10}") int moreThan,
            @Value("${portal.safeguarding.burst.within:10m}") Duration within) {
        if (moreThan < 1 || within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("portal.safeguarding.burst.more-than must be at least 1 and "
                    + "portal.safeguarding.burst.within longer than nothing");
        }
        this.jdbc = jdbc;
        this.keys = keys;
        this.rules = rules;
        this.clock = clock;
        this.moreThan = moreThan;
        this.within = within;
    }

    int moreThan() {
        return moreThan;
    }

    Duration within() {
        return within;
    }

    /**
     * Waits for any other arrival being counted (on any instance) to finish. Call it first in the transaction, so
     * what is counted next includes everything they committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock() {
        jdbc.queryForObject("SELECT id FROM safety_burst_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    /**
     * Records one message before it is saved, and groups it when its source has sent too many lately: by address
     * first, then by browser, then by the same words.
     *
     * @param browser the browser's session key, or null when there is none (only its keyed hash is kept)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Arrival record(
            String submissionKey,
            String address,
            @Nullable String browser,
            @Nullable String words,
            boolean possiblyAutomated) {
        Instant now = clock.instant();
        List<byte[]> dayKeys = keys.current();
        List<String> addressHashes = keys.hashes(dayKeys, address == null || address.isBlank() ? "unknown" : address);
        List<String> browserHashes =
                browser == null || browser.isBlank() ? List.of() : keys.hashes(dayKeys, "browser:" + browser);
        String said = sameWords(words);
        List<String> wordsHashes = said == null ? List.of() : keys.hashes(dayKeys, said);
        Optional<DisclosureFinding> finding = rules.check(words == null ? List.of() : List.of(words));
        String matched = finding.map(DisclosureFinding::matched)
                .map(m -> m.length() > 200 ? m.substring(0, 199) + "\u2026" : m)
                .orElse(null);
        jdbc.update(
                "INSERT INTO safety_arrival (submission_key, arrived_at, address_hash, browser_hash, words_hash,"
                        + " disclosure_tier, matched, possibly_automated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                submissionKey,
                Timestamp.from(now),
                addressHashes.getFirst(),
                browserHashes.isEmpty() ? null : browserHashes.getFirst(),
                wordsHashes.isEmpty() ? null : wordsHashes.getFirst(),
                finding.map(f -> f.tier().name()).orElse(null),
                matched,
                possiblyAutomated);
        Arrival byAddress = group(submissionKey, SafetyBurst.Source.ADDRESS, "address_hash", addressHashes, now);
        if (byAddress != null) {
            return byAddress;
        }
        if (!browserHashes.isEmpty()) {
            Arrival byBrowser = group(submissionKey, SafetyBurst.Source.BROWSER, "browser_hash", browserHashes, now);
            if (byBrowser != null) {
                return byBrowser;
            }
        }
        if (!wordsHashes.isEmpty()) {
            Arrival byWords = group(submissionKey, SafetyBurst.Source.WORDS, "words_hash", wordsHashes, now);
            if (byWords != null) {
                return byWords;
            }
        }
        return new Arrival(null, false);
    }

    /** Joins the source's open burst, or makes one of every recent message from the source when it has too many. */
    private @Nullable Arrival group(
            String submissionKey, SafetyBurst.Source kind, String column, List<String> hashes, Instant now) {
        String in = String.join(", ", Collections.nCopies(hashes.size(), "?"));
        Timestamp since = Timestamp.from(now.minus(within));
        List<Object> openArgs = new ArrayList<>(List.of(kind.name()));
        openArgs.addAll(hashes);
        openArgs.add(since);
        List<Long> open = jdbc.queryForList(
                "SELECT id FROM safety_burst WHERE source_kind = ? AND source_hash IN (" + in
                        + ") AND cleared_at IS NULL AND last_at >= ? ORDER BY id DESC LIMIT 1",
                Long.class,
                openArgs.toArray());
        if (!open.isEmpty()) {
            long burst = open.getFirst();
            jdbc.update("UPDATE safety_arrival SET burst_id = ? WHERE submission_key = ?", burst, submissionKey);
            jdbc.update("UPDATE safety_burst SET last_at = ? WHERE id = ?", Timestamp.from(now), burst);
            return new Arrival(burst, false);
        }
        List<Object> windowArgs = new ArrayList<>(hashes);
        windowArgs.add(since);
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM safety_arrival WHERE " + column + " IN (" + in
                        + ") AND arrived_at >= ? AND burst_id IS NULL",
                Integer.class,
                windowArgs.toArray());
        if (count == null || count <= moreThan) {
            return null;
        }
        Timestamp first = jdbc.queryForObject(
                "SELECT MIN(arrived_at) FROM safety_arrival WHERE " + column + " IN (" + in
                        + ") AND arrived_at >= ? AND burst_id IS NULL",
                Timestamp.class,
                windowArgs.toArray());
        jdbc.update(
                "INSERT INTO safety_burst (source_kind, source_hash, first_at, last_at) VALUES (?, ?, ?, ?)",
                kind.name(),
                hashes.getFirst(),
                first,
                Timestamp.from(now));
        // LAST_INSERT_ID() is a number on the connection that just inserted
        long burst = Objects.requireNonNull(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class));
        List<Object> attachArgs = new ArrayList<>(List.of(burst));
        attachArgs.addAll(windowArgs);
        jdbc.update(
                "UPDATE safety_arrival SET burst_id = ? WHERE " + column + " IN (" + in
                        + ") AND arrived_at >= ? AND burst_id IS NULL",
                attachArgs.toArray());
        return new Arrival(burst, true);
    }

    /** Links the arrival to the item it was saved as (once saved). */
    @Transactional(propagation = Propagation.MANDATORY)
    void saved(String submissionKey) {
        jdbc.update(
                "UPDATE safety_arrival a JOIN feedback f ON f.submission_key = a.submission_key"
                        + " SET a.feedback_id = f.id WHERE a.submission_key = ?",
                submissionKey);
    }

    /** The burst an item arrived in, if it arrived in one (looked up while it is being saved). */
    Optional<Long> burstOf(long feedbackId) {
        return jdbc
                .queryForList(
                        "SELECT a.burst_id FROM safety_arrival a JOIN feedback f"
                                + " ON f.submission_key = a.submission_key WHERE f.id = ? AND a.burst_id IS NOT NULL",
                        Long.class,
                        feedbackId)
                .stream()
                .findFirst();
    }

    /**
     * Items in a burst nobody has cleared yet, by item id, with their burst; those whose words read as a disclosure
     * are left out, as they are always handled (and escalated) one by one.
     */
    Map<Long, Long> inOpenBursts() {
        Map<Long, Long> bursts = new HashMap<>();
        jdbc.query(
                "SELECT a.feedback_id, a.burst_id FROM safety_arrival a JOIN safety_burst b ON b.id = a.burst_id"
                        + " WHERE b.cleared_at IS NULL AND a.feedback_id IS NOT NULL AND (a.disclosure_tier IS NULL"
                        + " OR a.disclosure_tier <> 'DISCLOSURE')",
                rs -> {
                    bursts.put(rs.getLong(1), rs.getLong(2));
                });
        return bursts;
    }

    /**
     * The words as a burst source: lower case, letters and digits only, spaces collapsed, so a script's copies
     * match whatever their punctuation. Nothing written: not a source (many people send only the request).
     */
    static @Nullable String sameWords(@Nullable String words) {
        if (words == null) {
            return null;
        }
        String plain = words.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return plain.isEmpty() ? null : plain;
    }
}
