package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything a commissioner sees when they open one piece of feedback. {@code submittedAt} is when the voice was
 * given, {@code receivedAt} when it reached the portal (decision 0039). The plan actions it informs are ids: the
 * workspace, which sits above plans, shows them.
 */
public record FeedbackDetail(
        long id,
        String referenceCode,
        Instant submittedAt,
        Long serviceId,
        String serviceName,
        String areaName,
        RespondentGroup respondentGroup,
        AgeBand ageBand,
        Channel channel,
        FeedbackStatus status,
        String comment,
        List<Answer> answers,
        String changeWanted,
        Wording wording,
        ContactRequest contact,
        PersonsAnswer replyMadeSense,
        PersonsAnswer somethingChanged,
        Set<Long> linkedActionIds,
        List<Reply> replies,
        List<HistoryEntry> history,
        Instant receivedAt,
        boolean receivedLate) {

    /**
     * @param answer   null when the question was skipped
     * @param tellUsMore the person's words under that question, or null
     */
    public record Answer(String expectation, RatingAnswer answer, String tellUsMore) {}

    /** @param easyRead the Easy Read version, or null */
    public record Reply(String body, String easyRead, String author, Instant sentAt) {}

    public record HistoryEntry(FeedbackStatus from, FeedbackStatus to, String by, Instant at) {}
}
