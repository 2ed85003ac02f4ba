package uk.coproduction.portal.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recomputes the audit log's hash chain (decision 0038) in Java, independently of the database function that wrote
 * it: each entry's hash from its content and the previous entry's hash, each place one after the last, from the
 * retention anchor (or the very first entry) to the chain's head. It reads in pages, so it runs in constant memory.
 * Callers decide who may run it: {@link AuditSearch#checkChain()} for administrators, {@link AuditChainCheckJob}.
 */
@Component
class AuditChainCheck {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChainCheck(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChainCheck check() {
        List<Map<String, Object>> anchor = jdbc.queryForList(
                "SELECT through_seq, through_hash FROM audit_chain_anchor ORDER BY through_seq DESC LIMIT 1");
        long expectedSeq = anchor.isEmpty()
                ? 1
                : ((Number) Objects.requireNonNull(anchor.getFirst().get("through_seq"))).longValue() + 1;
        String expectedPrev =
                anchor.isEmpty() ? GENESIS : (String) anchor.getFirst().get("through_hash");
        long checked = 0;
        long intactUpTo = expectedSeq - 1;
        while (true) {
            List<Row> page = jdbc.query(
                    "SELECT seq, prev_hash, entry_hash, actor,"
                            + " DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f') AS at_text, action, object_type,"
                            + " object_id, details FROM audit_event WHERE seq >= ? ORDER BY seq LIMIT " + PAGE,
                    (rs, n) -> new Row(
                            rs.getLong("seq"),
                            rs.getString("prev_hash"),
                            rs.getString("entry_hash"),
                            rs.getString("actor"),
                            rs.getString("at_text"),
                            rs.getString("action"),
                            rs.getString("object_type"),
                            rs.getString("object_id"),
                            rs.getString("details")),
                    expectedSeq);
            for (Row row : page) {
                if (row.seq != expectedSeq) {
                    return broken(checked, intactUpTo, expectedSeq, ChainCheck.Problem.MISSING);
                }
                if (!row.prevHash.equals(expectedPrev)) {
                    return broken(checked, intactUpTo, row.seq, ChainCheck.Problem.NOT_LINKED);
                }
                if (!row.entryHash.equals(hash(row))) {
                    return broken(checked, intactUpTo, row.seq, ChainCheck.Problem.CHANGED);
                }
                checked++;
                intactUpTo = row.seq;
                expectedSeq = row.seq + 1;
                expectedPrev = row.entryHash;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Long head = jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
        if (head != null && head > intactUpTo) {
            return broken(checked, intactUpTo, intactUpTo + 1, ChainCheck.Problem.END_MISSING);
        }
        return new ChainCheck(clock.instant(), checked, intactUpTo, null, null);
    }

    private ChainCheck broken(long checked, long intactUpTo, long at, ChainCheck.Problem problem) {
        return new ChainCheck(clock.instant(), checked, intactUpTo, at, problem);
    }

    /** The same canonical text as the database's audit_entry_hash (V0190), hashed with SHA-256. */
    static String hash(Row row) {
        String text = row.seq + "|" + row.prevHash + "|" + field(row.actor) + "|" + row.occurredAt + "|"
                + field(row.action) + "|" + field(row.objectType) + "|" + field(row.objectId) + "|"
                + field(row.details);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String field(String value) {
        return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    record Row(
            long seq,
            String prevHash,
            String entryHash,
            String actor,
            String occurredAt,
            String action,
            String objectType,
            String objectId,
            String details) {}
}
