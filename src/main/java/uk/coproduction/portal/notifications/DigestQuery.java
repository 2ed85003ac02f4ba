package uk.coproduction.portal.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.security.ServiceScope;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The feedback a digest counts. Scope is the caller's list of service ids ({@code ServiceScope.commissionedBy});
 * feedback whose service is not known yet, and anything flagged for safeguarding, is never counted. "Overdue" is the
 * inbox's rule ({@code Feedback.isOverdue}): past its reply-by date with no reply sent, closed or not (decision 0021).
 */
@Component
class DigestQuery {

    private final JdbcClient jdbc;

    DigestQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Digest digestFor(String name, Set<Long> services, Instant since, Instant now, LocalDate today, LocalDate dueBy) {
        List<DigestItem> items = jdbc.sql("""
                        SELECT f.id, f.reference_code, f.received_at, f.reply_by, s.id, s.name,
                            EXISTS (SELECT 1 FROM feedback_reply r WHERE r.feedback_id = f.id AND r.sent_at IS NOT NULL)
                        FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                        WHERE f.safeguarding_flag = FALSE AND f.service_id IN (:services)
                            AND ((f.received_at > :since AND f.received_at <= :now)
                                OR (f.reply_by IS NOT NULL AND f.reply_by <= :dueBy))
                        ORDER BY f.reply_by, f.received_at, f.id
                        """)
                .param("services", ServiceScope.forSql(services))
                .param("since", Timestamp.from(since))
                .param("now", Timestamp.from(now))
                .param("dueBy", Date.valueOf(dueBy))
                .query((rs, n) -> new DigestItem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
        Map<String, List<DigestItem>> newByService = items.stream()
                // New since the last digest means newly arrived: old paper forms imported today are news (0039).
                .filter(i -> i.receivedAt().isAfter(since) && !i.receivedAt().isAfter(now))
                .sorted(Comparator.comparing(DigestItem::receivedAt))
                .collect(Collectors.groupingBy(DigestItem::serviceName, TreeMap::new, Collectors.toList()));
        List<DigestItem> open =
                items.stream().filter(i -> i.replyBy() != null && !i.replied()).toList();
        List<DigestItem> overdue = open.stream()
                .filter(i -> i.replyBy() != null && i.replyBy().isBefore(today))
                .toList();
        // New items come back from the query too, whatever their reply-by date: only those due by then count here.
        List<DigestItem> dueSoon = open.stream()
                .filter(i -> i.replyBy() != null
                        && !i.replyBy().isBefore(today)
                        && !i.replyBy().isAfter(dueBy))
                .toList();
        return new Digest(name, since, today, dueBy, newByService, dueSoon, overdue);
    }
}
