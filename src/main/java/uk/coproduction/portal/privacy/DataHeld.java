package uk.coproduction.portal.privacy;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.ReplyMethod;

import java.time.Instant;
import java.util.List;

/**
 * Everything held about one piece of feedback, as its sender may see it: never staff names, never whether it is
 * under safeguarding. Null fields were not given (or have been removed). {@code erasureAskedAt} is when they confirmed
 * deletion (null if never, or if it was refused), {@code erasedAt} when it was carried out (null while it waits).
 */
public record DataHeld(
        String referenceCode,
        Instant submittedAt,
        @Nullable String serviceName,
        @Nullable String areaName,
        @Nullable RespondentGroup group,
        @Nullable AgeBand ageBand,
        @Nullable Channel channel,
        List<Answer> answers,
        @Nullable String comment,
        @Nullable String changeWanted,
        List<Answer> moreWords,
        @Nullable ReplyMethod replyMethod,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String advocate,
        List<Reply> replies,
        List<Step> history,
        @Nullable Instant erasureAskedAt,
        @Nullable Instant erasedAt) {

    /** One question and the answer (a rating, or the person's "tell us more" words). */
    public record Answer(
            String question,
            @Nullable RatingAnswer rating,
            @Nullable String words) {}

    public record Reply(Instant sentAt, String body) {}

    public record Step(FeedbackStatus status, Instant at) {}
}
