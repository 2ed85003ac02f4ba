package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Moderation: before a person's words are quoted outside the workspace, a commissioner removes names, places,
 * dates and anything else that could identify someone, and marks the copy usable. The original is never changed.
 */
@Service
@PreAuthorize("hasRole('" + Roles.COMMISSIONER + "')")
public class ModerationService {

    private final FeedbackScope scope;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditLog audit;

    ModerationService(AuditLog audit, FeedbackScope scope, StaffDirectory staff, Clock clock) {
        this.audit = audit;
        this.scope = scope;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Moderation moderation(long feedbackId) {
        return moderation(scope.require(feedbackId, staff.requireCurrentStaff()));
    }

    /**
     * Marks the (edited) copy usable as a quote, replacing any earlier one.
     *
     * @throws InvalidFeedbackException when the copy is empty or too long, or the person wrote nothing
     */
    @Transactional
    public Moderation approveQuote(long feedbackId, String quote) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = scope.require(feedbackId, me);
        if (item.personsWords().isEmpty()) {
            throw InvalidFeedbackException.of("quote", "workspace.quote.error.no-words");
        }
        List<InvalidFeedbackException.Problem> problems = new ArrayList<>();
        String text = TextInput.within(quote, "quote", "workspace.quote.error.too-long", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFeedbackException(problems);
        }
        if (text == null) {
            throw InvalidFeedbackException.of("quote", "workspace.quote.error.empty");
        }
        item.approveQuote(text, me.username(), clock.instant());
        audit.record("quote.approved", "feedback", feedbackId, null);
        return moderation(item);
    }

    /** The words are no longer usable as a quote anywhere. */
    @Transactional
    public Moderation withdrawQuote(long feedbackId) {
        Feedback item = scope.require(feedbackId, staff.requireCurrentStaff());
        item.withdrawQuote();
        audit.record("quote.withdrawn", "feedback", feedbackId, null);
        return moderation(item);
    }

    /** A first pass at removing identifiers from a copy; the commissioner checks and edits the result. */
    public String suggestRedactions(String text) {
        return QuoteRedactions.suggest(text);
    }

    private static Moderation moderation(Feedback item) {
        List<String> words = item.personsWords();
        return new Moderation(item.getId(), words.isEmpty() ? null : String.join("\n\n", words), item.getQuoteText(),
                item.getQuoteApprovedBy(), item.getQuoteApprovedAt());
    }
}
