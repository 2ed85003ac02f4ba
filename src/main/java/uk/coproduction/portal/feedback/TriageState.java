package uk.coproduction.portal.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an item stands in triage: its status and the statuses it can move to, when to reply by, and who owns it.
 *
 * @param owner     username of the commissioner who looks after it, or null
 * @param ownedByMe true when the signed-in commissioner is the owner
 * @param closeNeedsReason true when closing needs a reason: no reply sent, no plan link, no change recorded
 * @param receivedLate true when the reply window had run out before it reached the portal (decision 0039)
 */
public record TriageState(
        long feedbackId,
        FeedbackStatus status,
        List<FeedbackStatus> nextStatuses,
        LocalDate replyBy,
        boolean overdue,
        String owner,
        boolean ownedByMe,
        boolean closeNeedsReason,
        boolean receivedLate) {}
