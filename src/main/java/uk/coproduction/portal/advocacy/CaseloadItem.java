package uk.coproduction.portal.advocacy;

import uk.coproduction.portal.feedback.FeedbackStatus;

import java.time.Instant;
import java.util.List;

/**
 * Something an advocate sent on someone's behalf: where it is, and the replies sent to it (never drafts).
 *
 * @param serviceName null when the service is not known
 */
public record CaseloadItem(
        long feedbackId,
        String referenceCode,
        String serviceName,
        Instant submittedAt,
        FeedbackStatus status,
        List<Reply> replies) {

    /** @param easyRead the Easy Read version, or null when the commissioner wrote none */
    public record Reply(String body, String easyRead, Instant sentAt) {}

    public boolean hasReply() {
        return !replies.isEmpty();
    }
}
