package uk.coproduction.portal.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.CsvSafety;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reading the audit log, newest first: for administrators only. Nothing here changes it; exporting it and checking its
 * chain only add a line saying they were done.
 */
@Service
@PreAuthorize(Access.ADMIN)
@Transactional(readOnly = true)
public class AuditSearch {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** More rows than this in one export and the administrator is asked to narrow the filter. */
    static final int EXPORT_LIMIT = 100_000;

    private static final DateTimeFormatter CSV_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(UK);
    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(
            rs.getLong("id"),
            rs.getLong("seq"),
            rs.getString("actor"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("action"),
            rs.getString("object_type"),
            rs.getString("object_id"),
            rs.getString("details"));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final AuditChainCheck chain;

    AuditSearch(JdbcTemplate jdbc, AuditLog audit, AuditChainCheck chain) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.chain = chain;
    }

    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        where.args.add(Math.max(1, Math.min(limit, 500)));
        where.args.add(Math.max(0, offset));
        return jdbc.query(
                "SELECT * FROM audit_event" + where.sql + " ORDER BY seq DESC LIMIT ? OFFSET ?",
                ROW,
                where.args.toArray());
    }

    public long count(AuditQuery query) {
        Where where = where(query);
        Long count =
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where.sql, Long.class, where.args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * The lines the filter finds, oldest first, as CSV (UTF-8 with a byte-order mark; a cell a spreadsheet would run as
     * a formula starts with an apostrophe, as every export of the portal does). The export itself is logged, with its
     * filter and row count.
     */
    @Transactional
    public byte[] exportCsv(AuditQuery query) {
        Where where = where(query);
        long rows = count(query);
        if (rows > EXPORT_LIMIT) {
            throw InvalidInputException.of("from", "audit.error.too-many");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            writer.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
            csv.printRecord(
                    "entry", "when (UK time)", "who", "action", "object type", "object", "details", "entry hash");
            jdbc.query(
                    "SELECT * FROM audit_event" + where.sql + " ORDER BY seq",
                    rs -> {
                        AuditEvent e = ROW.mapRow(rs, 0);
                        try {
                            csv.printRecord(Stream.of(
                                            String.valueOf(e.seq()),
                                            CSV_TIME.format(e.occurredAt()),
                                            e.actor(),
                                            e.action(),
                                            e.objectType(),
                                            e.objectId(),
                                            e.details(),
                                            rs.getString("entry_hash"))
                                    .map(CsvSafety::cell)
                                    .toList());
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    },
                    where.args.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("audit.exported", "audit_log", null, "CSV, " + rows + " rows; " + describe(query));
        return bytes.toByteArray();
    }

    /** Recomputes the hash chain now, and logs that it was checked and what was found. */
    @Transactional
    public ChainCheck checkChain() {
        ChainCheck result = chain.check();
        audit.record(
                "audit.chain-checked",
                "audit_log",
                result.intact() ? result.intactUpTo() : result.requireBrokenAt(),
                result.intact()
                        ? "intact up to entry " + result.intactUpTo()
                        : "broken at entry " + result.brokenAt() + " (" + result.problem() + ")");
        return result;
    }

    private static String describe(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.ALL : query;
        List<String> parts = new ArrayList<>();
        addPart(parts, "who", q.actor());
        addPart(parts, "action", q.action());
        addPart(parts, "object type", q.objectType());
        addPart(parts, "item", q.objectId());
        if (q.from() != null) {
            parts.add("from " + q.from());
        }
        if (q.to() != null) {
            parts.add("to " + q.to());
        }
        return parts.isEmpty() ? "no filter" : "filter: " + String.join(", ", parts);
    }

    private static void addPart(List<String> parts, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + " " + value.strip());
        }
    }

    private Where where(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.ALL : query;
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw InvalidInputException.of("to", "audit.error.dates");
        }
        Where where = new Where();
        where.contains("actor", q.actor());
        where.contains("action", q.action());
        where.contains("object_type", q.objectType());
        if (q.objectId() != null && !q.objectId().isBlank()) {
            // An item is found by its id or, for feedback, by the reference code people quote.
            String item = q.objectId().strip();
            List<Long> feedback = jdbc.queryForList(
                    "SELECT id FROM feedback WHERE reference_code = ?", Long.class, item.toUpperCase(Locale.ROOT));
            if (feedback.isEmpty()) {
                where.add("object_id = ?", item);
            } else {
                where.add(
                        "(object_id = ? OR (object_type = 'feedback' AND object_id = ?))",
                        item,
                        String.valueOf(feedback.getFirst()));
            }
        }
        if (q.from() != null) {
            where.add(
                    "occurred_at >= ?", Timestamp.from(q.from().atStartOfDay(UK).toInstant()));
        }
        if (q.to() != null) {
            where.add(
                    "occurred_at < ?",
                    Timestamp.from(q.to().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        return where;
    }

    private static final class Where {
        private String sql = "";
        private final List<Object> args = new ArrayList<>();

        void contains(String column, @Nullable String text) {
            if (text != null && !text.isBlank()) {
                String escaped =
                        text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                add(column + " LIKE ?", "%" + escaped + "%");
            }
        }

        void add(String condition, Object... conditionArgs) {
            sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
            args.addAll(List.of(conditionArgs));
        }
    }
}
