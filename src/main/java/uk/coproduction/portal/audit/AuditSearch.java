package uk.coproduction.portal.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.security.Roles;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reading the audit log, newest first: for administrators only. Nothing here changes it. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AuditSearch {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("id"), rs.getString("actor"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"), rs.getString("object_type"),
            rs.getString("object_id"), rs.getString("details"));

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        where.args.add(Math.max(1, Math.min(limit, 500)));
        where.args.add(Math.max(0, offset));
        return jdbc.query("SELECT * FROM audit_event" + where.sql + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                ROW, where.args.toArray());
    }

    public long count(AuditQuery query) {
        Where where = where(query);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where.sql, Long.class, where.args.toArray());
        return count == null ? 0 : count;
    }

    private static Where where(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.ALL : query;
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw InvalidFeedbackException.of("to", "audit.error.dates");
        }
        Where where = new Where();
        where.contains("actor", q.actor());
        where.contains("action", q.action());
        where.contains("object_type", q.objectType());
        if (q.objectId() != null && !q.objectId().isBlank()) {
            where.add("object_id = ?", q.objectId().strip());
        }
        if (q.from() != null) {
            where.add("occurred_at >= ?", Timestamp.from(q.from().atStartOfDay(UK).toInstant()));
        }
        if (q.to() != null) {
            where.add("occurred_at < ?", Timestamp.from(q.to().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        return where;
    }

    private static final class Where {
        private String sql = "";
        private final List<Object> args = new ArrayList<>();

        void contains(String column, String text) {
            if (text != null && !text.isBlank()) {
                String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                add(column + " LIKE ?", "%" + escaped + "%");
            }
        }

        void add(String condition, Object arg) {
            sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
            args.add(arg);
        }
    }
}
