package uk.coproduction.portal.feedback;

import uk.coproduction.portal.mail.Outbox;

import java.time.Instant;
import java.util.List;

/**
 * The replies to one piece of feedback as the commissioner sees them, drafts included, and what sending one
 * will involve.
 *
 * @param needsApproval the service is jointly commissioned: a second commissioner approves each reply
 * @param wantsEmail    the person asked for a reply by e-mail
 * @param emailReady    e-mail is set up, so sent replies really go out by e-mail
 */
public record FeedbackReplies(
        long feedbackId,
        Wording wording,
        boolean needsApproval,
        boolean wantsEmail,
        boolean emailReady,
        Outbox.Summary emails,
        List<Entry> replies) {

    /**
     * @param mine       written by the signed-in commissioner (who may not approve it)
     * @param approvedBy null when it needed no approval or is not approved yet
     */
    public record Entry(
            long id,
            ReplyState state,
            String body,
            String easyRead,
            String author,
            boolean mine,
            Instant draftedAt,
            Instant sentAt,
            String approvedBy,
            String returnNote,
            String returnedBy,
            Instant returnedAt) {}
}
