package uk.coproduction.portal.feedback;

import java.time.Instant;

/** One row of a commissioner's inbox. {@code serviceName} is null when the person was not sure. */
public record InboxItem(long id, String referenceCode, Instant submittedAt, String serviceName,
                        RespondentGroup respondentGroup, Channel channel, FeedbackStatus status, String comment) {
}
