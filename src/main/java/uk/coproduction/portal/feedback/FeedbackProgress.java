package uk.coproduction.portal.feedback;

import java.time.Instant;
import java.util.List;

/**
 * What a person sees on "what happened to my feedback": no staff names, nothing about anyone else. Each step is
 * read from its fact, not from the status a commissioner chose (decision 0021).
 *
 * @param serviceName   null when nobody has said yet which service it is about
 * @param linked        it is linked to at least one plan action now
 * @param changePlanned linked, and a commissioner said a change is planned (or one was made)
 * @param changeMade    a change was recorded on a plan action naming this feedback as what led to it
 * @param closed        the commissioners have finished working on it
 * @param closeReason   why it was closed with no reply, link or change, or null
 */
public record FeedbackProgress(
        String referenceCode,
        Instant submittedAt,
        String serviceName,
        FeedbackStatus status,
        List<PublicReply> replies,
        Wording wording,
        PersonsAnswer replyMadeSense,
        PersonsAnswer somethingChanged,
        boolean linked,
        boolean changePlanned,
        boolean changeMade,
        boolean closed,
        String closeReason) {

    /** @param easyRead the Easy Read version, or null */
    public record PublicReply(String body, String easyRead, Instant sentAt) {}

    public boolean replied() {
        return !replies.isEmpty();
    }

    /** Whether the person may read this step as done. */
    public boolean done(FeedbackStatus step) {
        return switch (step) {
            case NEW -> true;
            case READ -> status.hasReached(FeedbackStatus.READ);
            case LINKED -> linked;
            case REPLIED -> replied();
            case CHANGE_PLANNED -> changePlanned;
            case CHANGE_MADE -> changeMade;
            case CLOSED -> closed;
        };
    }
}
