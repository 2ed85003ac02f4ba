package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.SubmissionReceipt;

import java.util.Objects;

/**
 * "Tell someone" on the safety page. Never refused: every message is saved, flagged for the safeguarding leads,
 * and gets its reference code, however many came before it from the same place (a class, a ward, a care home
 * share one address). A flood is handled by triage instead ({@link SafetyArrivals}): grouped as a possible burst
 * in the queue, with one alert for the burst rather than one per message.
 */
@Service
public class SafetyMessages {

    private final FeedbackSubmissionService submissions;
    private final FeedbackItems feedback;
    private final SafetyArrivals arrivals;
    private final SafeguardingAlerts alerts;

    SafetyMessages(
            FeedbackSubmissionService submissions,
            FeedbackItems feedback,
            SafetyArrivals arrivals,
            SafeguardingAlerts alerts) {
        this.submissions = submissions;
        this.feedback = feedback;
        this.arrivals = arrivals;
        this.alerts = alerts;
    }

    /**
     * Saves the message (or returns the first receipt when the same send comes again).
     *
     * @param clientAddress     the address the trusted proxies report; only a keyed hash of it is kept
     * @param browserKey        the browser's session id, or null; only a keyed hash of it is kept
     * @param hiddenFieldFilled the honeypot field people cannot see was filled: kept, and marked as possibly
     *                          automated for a lead to review, never dropped
     * @throws uk.coproduction.portal.base.InvalidInputException when the words or contact details need
     *                                                                  putting right (nothing is saved)
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public SubmissionReceipt tell(
            @Nullable String submissionKey,
            @Nullable String words,
            ContactRequest contact,
            String language,
            String clientAddress,
            @Nullable String browserKey,
            boolean hiddenFieldFilled) {
        if (submissionKey == null || !submissionKey.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
        arrivals.lock();
        if (feedback.bySubmissionKey(submissionKey).isPresent()) {
            return submissions.tellSomeone(submissionKey, words, contact, null, language);
        }
        SafetyArrivals.Arrival arrival =
                arrivals.record(submissionKey, clientAddress, browserKey, words, hiddenFieldFilled);
        SubmissionReceipt receipt = submissions.tellSomeone(submissionKey, words, contact, null, language);
        arrivals.saved(submissionKey);
        if (arrival.recognisedNow()) {
            // a burst recognised by this arrival has just been given its id
            alerts.burstRecognised(
                    Objects.requireNonNull(arrival.burstId()),
                    feedback.bySubmissionKey(submissionKey).orElseThrow().getId());
        }
        return receipt;
    }
}
