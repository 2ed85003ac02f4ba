package uk.coproduction.portal.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackRepository;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.feedback.ReferenceCode;
import uk.coproduction.portal.feedback.TextInput;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The person's rights over their feedback, by reference code only (we do not know who they are): see everything we
 * hold, take a copy, and ask for it to be deleted. Admins carry out or refuse those requests; both are audited.
 */
@Service
public class MyDataService {

    static final String WAITING = "WAITING";
    static final String CARRIED_OUT = "CARRIED_OUT";
    static final String REFUSED = "REFUSED";

    private final FeedbackRepository feedback;
    private final CharterService charter;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock;

    MyDataService(FeedbackRepository feedback, CharterService charter, JdbcTemplate jdbc, AuditLog audit,
                  StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.feedback = feedback;
        this.charter = charter;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held about the feedback with this code (any case, dash optional); empty when there is none. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<DataHeld> dataHeld(String typedCode) {
        return find(typedCode).map(this::describe);
    }

    /**
     * The person asks for their feedback to be deleted. Asking again while a request waits changes nothing.
     *
     * @return false when there is no feedback with that code
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean askForErasure(String typedCode) {
        Optional<Feedback> found = find(typedCode);
        found.filter(f -> waitingSince(f.getId()) == null).ifPresent(f -> jdbc.update(
                "INSERT INTO erasure_request (feedback_id, requested_at, status) VALUES (?, ?, ?)", f.getId(),
                Timestamp.from(clock.instant()), WAITING));
        return found.isPresent();
    }

    /** Requests waiting for a decision, oldest first. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ErasureRequestItem> waitingRequests() {
        return jdbc.query("SELECT r.id, f.reference_code, r.requested_at FROM erasure_request r JOIN feedback f"
                        + " ON f.id = r.feedback_id WHERE r.status = ? ORDER BY r.requested_at, r.id",
                (rs, i) -> new ErasureRequestItem(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                WAITING);
    }

    /**
     * Carries out the request: the person's words (comment, change wanted, "tell us more" words, quote) and contact
     * details are removed for good. Ratings, service, area, group, age band and dates stay, anonymous, for the
     * figures.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void carryOut(long requestId) {
        long feedbackId = waitingFeedbackId(requestId);
        jdbc.update("DELETE FROM feedback_answer_comment WHERE feedback_id = ?", feedbackId);
        jdbc.update("UPDATE feedback SET comment = NULL, change_wanted = NULL, quote_text = NULL,"
                + " quote_approved_by = NULL, quote_approved_at = NULL, quote_proposed_by = NULL, quote_proposed_at = NULL,"
                + " quote_words = NULL, contact_email = NULL, contact_phone = NULL,"
                + " contact_advocate = NULL, reply_method = 'NONE', safeguarding_matched = NULL WHERE id = ?",
                feedbackId);
        decide(requestId, CARRIED_OUT, null);
        audit.record("erasure.carried-out", "feedback", feedbackId,
                "request " + requestId + ": words and contact details removed");
    }

    /** Refuses the request, saying why (for example a safeguarding concern that must be kept). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void refuse(long requestId, String reason) {
        String why = TextInput.clean(reason);
        if (why == null) {
            throw InvalidFeedbackException.of("reason", "audit.erasure.reason-required");
        }
        if (why.length() > 1000) {
            throw InvalidFeedbackException.of("reason", "audit.erasure.reason-too-long");
        }
        long feedbackId = waitingFeedbackId(requestId);
        decide(requestId, REFUSED, why);
        audit.record("erasure.refused", "feedback", feedbackId, "request " + requestId + ": " + why);
    }

    private long waitingFeedbackId(long requestId) {
        List<Long> ids = jdbc.queryForList("SELECT feedback_id FROM erasure_request WHERE id = ? AND status = ?",
                Long.class, requestId, WAITING);
        if (ids.isEmpty()) {
            throw InvalidFeedbackException.of("request", "audit.erasure.already-decided");
        }
        return ids.getFirst();
    }

    private void decide(long requestId, String status, String reason) {
        String by = staff.requireCurrentStaff().username();
        jdbc.update("UPDATE erasure_request SET status = ?, decided_by = ?, decided_at = ?, refusal_reason = ?"
                + " WHERE id = ?", status, by, Timestamp.from(clock.instant()), reason, requestId);
    }

    private Optional<Feedback> find(String typedCode) {
        return ReferenceCode.normalise(typedCode).flatMap(feedback::findByReferenceCode);
    }

    private Instant waitingSince(long feedbackId) {
        List<Timestamp> at = jdbc.queryForList("SELECT requested_at FROM erasure_request WHERE feedback_id = ?"
                + " AND status = ? ORDER BY requested_at", Timestamp.class, feedbackId, WAITING);
        return at.isEmpty() ? null : at.getFirst().toInstant();
    }

    private DataHeld describe(Feedback f) {
        List<DataHeld.Answer> answers = new ArrayList<>();
        List<DataHeld.Answer> moreWords = new ArrayList<>();
        for (Expectation question : charter.expectations()) {
            if (f.getRatings().containsKey(question.id())) {
                answers.add(new DataHeld.Answer(question.title(), f.getRatings().get(question.id()), null));
            }
            String words = f.getAnswerComments().get(question.id());
            if (words != null) {
                moreWords.add(new DataHeld.Answer(question.title(), null, words));
            }
        }
        var contact = f.getContact();
        return new DataHeld(f.getReferenceCode(), f.getSubmittedAt(),
                f.getService() == null ? null : f.getService().getName(),
                f.getArea() == null ? null : f.getArea().getName(), f.getRespondentGroup(), f.getAgeBand(),
                f.getChannel(), answers, f.getComment(), f.getChangeWanted(), moreWords, contact.method(),
                contact.email(), contact.phone(), contact.advocate(),
                f.getSentReplies().stream().map(r -> new DataHeld.Reply(r.getSentAt(), r.getBody())).toList(),
                f.getStatusChanges().stream().sorted(Comparator.comparing(c -> c.getChangedAt()))
                        .map(c -> new DataHeld.Step(c.getToStatus(), c.getChangedAt())).toList(),
                waitingSince(f.getId()));
    }
}
