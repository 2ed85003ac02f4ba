package uk.coproduction.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a commissioner's inbox. {@code serviceName} is null when the person was not sure; {@code overdue}
 * when the reply-by date has passed with no reply sent and the item is not closed.
 */
public record InboxItem(long id, String referenceCode, Instant submittedAt, String serviceName,
                        RespondentGroup respondentGroup, Channel channel, FeedbackStatus status, String comment,
                        LocalDate replyBy, boolean overdue) {
}
