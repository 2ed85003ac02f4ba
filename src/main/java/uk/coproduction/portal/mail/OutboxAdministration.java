package uk.coproduction.portal.mail;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Access;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox screen's service, for administrators only: what is waiting, sent and failed, and a retry of a failed
 * message. It decides what an administrator sees (decision 0030): never a body, never a resident's address, and the
 * subject only of kinds whose subject names nobody's feedback.
 */
@Service
public class OutboxAdministration {

    /** What a retry came to. */
    public enum RetryResult {
        SENT,
        FAILED_AGAIN,
        NOT_RETRIABLE
    }

    private final OutgoingEmailRepository emails;
    private final OutboxSender sender;
    private final AuditLog audit;

    OutboxAdministration(OutgoingEmailRepository emails, OutboxSender sender, AuditLog audit) {
        this.emails = emails;
        this.sender = sender;
        this.audit = audit;
    }

    /** Newest first; {@code state} null for every message. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<OutboxEntry> messages(OutboxState state, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A page starts at 0 and has at least one row");
        }
        int size = Math.min(limit, 500);
        List<OutgoingEmail> page = emails.findAll(
                        in(state),
                        PageRequest.of(
                                offset / size, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .getContent();
        return page.stream().map(OutboxAdministration::asSeenByAdministrators).toList();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long count(OutboxState state) {
        return emails.count(in(state));
    }

    /** How many messages are in each state (the filter's labels). */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public Map<OutboxState, Long> counts() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, emails.count(in(state)));
        }
        return counts;
    }

    /** Tries a failed message again now, and records who asked and what came of it in the audit log. */
    @PreAuthorize(Access.ADMIN)
    public RetryResult retry(long id) {
        OutgoingEmail message = emails.findById(id).orElse(null);
        if (message == null || !message.canRetry()) {
            return RetryResult.NOT_RETRIABLE;
        }
        boolean sent = sender.retryNow(id);
        OutgoingEmail after = emails.findById(id).orElseThrow();
        RetryResult result = sent ? RetryResult.SENT : RetryResult.FAILED_AGAIN;
        audit.record(
                "outbox.retry",
                "outgoing_email",
                id,
                after.getKind() + ": "
                        + (sent
                                ? "sent"
                                : "failed again (attempt " + after.getAttempts() + "): " + after.getLastError()));
        return result;
    }

    static OutboxEntry asSeenByAdministrators(OutgoingEmail e) {
        MessageKind kind = e.getKind();
        return new OutboxEntry(
                e.getId(),
                kind,
                e.getChannel(),
                e.state(),
                kind.toStaff() ? e.getToAddress() : null,
                kind.subjectShownToAdministrators() ? e.getSubject() : null,
                e.getCreatedAt(),
                e.getSentAt(),
                e.getAttempts(),
                e.getLastError(),
                e.getNextAttemptAt(),
                e.getGaveUpAt() != null,
                e.canRetry());
    }

    /** The same states as {@link OutgoingEmail#state()}, as a query. */
    private static Specification<OutgoingEmail> in(OutboxState state) {
        return (e, query, cb) -> {
            if (state == null) {
                return cb.conjunction();
            }
            Predicate unsent = cb.isNull(e.get("sentAt"));
            Predicate untried = cb.equal(e.get("attempts"), 0);
            Predicate withdrawn = cb.and(cb.isTrue(e.get("oneTime")), cb.isNull(e.get("toAddress")));
            return switch (state) {
                case SENT -> cb.isNotNull(e.get("sentAt"));
                case FAILED -> cb.and(unsent, cb.greaterThan(e.get("attempts"), 0));
                case WITHDRAWN -> cb.and(unsent, untried, withdrawn);
                case WAITING -> cb.and(unsent, untried, cb.not(withdrawn));
            };
        };
    }
}
