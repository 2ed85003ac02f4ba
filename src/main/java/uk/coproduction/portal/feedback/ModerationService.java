package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Moderation: before a person's words are quoted outside the workspace, a commissioner writes or copies the words
 * to quote; names, schools, streets, places, dates, phone numbers and e-mails are taken out automatically
 * ({@link QuoteRedactions}); and a second commissioner approves them before they are published. An advocate's
 * summary is kept apart from the person's own words. Every proposal, publication and withdrawal is in the audit
 * log. The original is never changed (docs/decisions/0021).
 */
@Service
@PreAuthorize(Access.COMMISSIONER)
public class ModerationService {

    private final FeedbackScope scope;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditLog audit;
    private final QuoteRepository quotes;

    ModerationService(AuditLog audit, FeedbackScope scope, StaffDirectory staff, Clock clock, QuoteRepository quotes) {
        this.audit = audit;
        this.scope = scope;
        this.staff = staff;
        this.clock = clock;
        this.quotes = quotes;
    }

    @Transactional(readOnly = true)
    public Moderation moderation(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        return moderation(scope.require(feedbackId, me), me);
    }

    /**
     * Proposes words as a quote, redacted on the way in, replacing any earlier quote (a published one is no longer
     * public until a second commissioner approves the new words).
     *
     * @throws InvalidInputException when the words are empty or too long, or the person wrote nothing
     */
    @Transactional
    public Moderation proposeQuote(long feedbackId, String quote) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = scope.require(feedbackId, me);
        if (item.personsWords().isEmpty()) {
            throw InvalidInputException.of("quote", "workspace.quote.error.no-words");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String text = TextInput.within(quote, "quote", "workspace.quote.error.too-long", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (text == null) {
            throw InvalidInputException.of("quote", "workspace.quote.error.empty");
        }
        item.proposeQuote(QuoteRedactions.suggest(text), wordsOf(item), me.username(), clock.instant());
        audit.record("quote.proposed", "feedback", feedbackId, null);
        return moderation(item, me);
    }

    /**
     * A second commissioner publishes the proposed quote. The words are redacted once more on the way out, so a
     * name or place added to the lists since the proposal is taken out too.
     *
     * @throws InvalidInputException when nothing is proposed, or the signed-in commissioner proposed it
     */
    @Transactional
    public Moderation approveQuote(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = scope.require(feedbackId, me);
        if (item.getQuoteText() == null || item.getQuoteApprovedAt() != null) {
            throw InvalidInputException.of("quote", "workspace.quote.error.nothing-proposed");
        }
        if (me.username().equals(item.getQuoteProposedBy())) {
            throw InvalidInputException.of("quote", "workspace.quote.error.own-proposal");
        }
        item.publishQuote(QuoteRedactions.suggest(item.getQuoteText()), me.username(), clock.instant());
        audit.record(
                "quote.published",
                "feedback",
                feedbackId,
                "proposed by " + item.getQuoteProposedBy() + "; " + item.getQuoteWords());
        return moderation(item, me);
    }

    /** The words are no longer usable as a quote anywhere (also a proposal nobody has approved yet). */
    @Transactional
    public Moderation withdrawQuote(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = scope.require(feedbackId, me);
        boolean wasPublished = item.getQuoteApprovedAt() != null;
        item.withdrawQuote();
        audit.record("quote.withdrawn", "feedback", feedbackId, wasPublished ? "was published" : "was proposed");
        return moderation(item, me);
    }

    /** What the automatic redaction would make of some words, to check before proposing them. */
    public String suggestRedactions(String text) {
        return QuoteRedactions.suggest(text);
    }

    private QuoteWords wordsOf(Feedback item) {
        return item.getChannel() == Channel.ADVOCATE && quotes.countAllOwnWords(item.getId()) == 0
                ? QuoteWords.ADVOCATE_SUMMARY
                : QuoteWords.PERSON;
    }

    private Moderation moderation(Feedback item, StaffIdentity me) {
        List<String> words = item.personsWords();
        boolean mayApprove = item.getQuoteText() != null
                && item.getQuoteApprovedAt() == null
                && !me.username().equals(item.getQuoteProposedBy());
        return new Moderation(
                item.getId(),
                words.isEmpty() ? null : String.join("\n\n", words),
                item.getQuoteText(),
                item.getQuoteProposedBy(),
                item.getQuoteProposedAt(),
                item.getQuoteApprovedBy(),
                item.getQuoteApprovedAt(),
                item.getQuoteWords(),
                wordsOf(item),
                mayApprove);
    }
}
