package uk.coproduction.portal.feedback;

import java.time.YearMonth;

/**
 * One piece of feedback as provider staff see it: only the moderated copy, the service and the month it came in.
 * Never the person's original words, their reference code, contact details or anything about them.
 *
 * @param draftWaiting a reply drafted by anyone is waiting for a commissioner's approval
 * @param replied      a reply has been sent to the person
 */
public record ProviderFeedbackItem(
        long feedbackId,
        String serviceName,
        YearMonth month,
        String moderatedWords,
        Wording wording,
        boolean draftWaiting,
        boolean replied) {

    /** Someone who gave feedback in Easy Read gets an Easy Read reply too, so a draft needs one. */
    public boolean needsEasyRead() {
        return wording == Wording.EASY_READ;
    }
}
