package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a commissioner's inbox. {@code serviceName} is null when the person was not sure; {@code overdue}
 * when the reply-by date has passed with no reply sent and the item is not closed. {@code submittedAt} is when the
 * voice was given, {@code receivedAt} when it reached the portal; {@code receivedLate} when the reply window had run
 * out before it reached us (decision 0039).
 */
public record InboxItem(
        long id,
        String referenceCode,
        Instant submittedAt,
        String serviceName,
        RespondentGroup respondentGroup,
        Channel channel,
        FeedbackStatus status,
        String comment,
        LocalDate replyBy,
        boolean overdue,
        Instant receivedAt,
        boolean receivedLate) {}
