package uk.coproduction.portal.feedback;

import java.time.Instant;
import java.util.List;

/**
 * What a person sees on "what happened to my feedback": no staff names, nothing about anyone else.
 *
 * @param serviceName null when nobody has said yet which service it is about
 */
public record FeedbackProgress(String referenceCode, Instant submittedAt, String serviceName, FeedbackStatus status,
                               List<PublicReply> replies, Wording wording, PersonsAnswer replyMadeSense,
                               PersonsAnswer somethingChanged) {

    /** @param easyRead the Easy Read version, or null */
    public record PublicReply(String body, String easyRead, Instant sentAt) {
    }
}
