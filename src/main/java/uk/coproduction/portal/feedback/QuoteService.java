package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;

import java.util.List;
import java.util.Optional;

/**
 * Quotes for use outside the workspace (evidence packs, service and plan pages, public pages): only words a
 * commissioner has moderated and approved, never the original, never anything flagged for safeguarding.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
public class QuoteService {

    private final QuoteRepository quotes;

    QuoteService(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    /** Approved quotes from feedback about the service (its main service), newest approval first. */
    @Transactional(readOnly = true)
    public List<Quote> usableQuotes(long serviceId) {
        return quotes.findUsableByService(serviceId);
    }

    /** Approved quotes from feedback linked to the plan action, newest approval first. */
    @Transactional(readOnly = true)
    public List<Quote> usableQuotesForAction(long actionId) {
        return quotes.findUsableByAction(actionId);
    }

    /** The approved quote from one piece of feedback, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Quote> usableQuote(long feedbackId) {
        return quotes.findUsable(feedbackId);
    }
}
