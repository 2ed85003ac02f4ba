package uk.coproduction.portal.feedback;

import java.time.Instant;

/** A drafted reply waiting for a second commissioner, as listed on "Replies to approve". */
public record AwaitingReply(
        long replyId,
        long feedbackId,
        String referenceCode,
        String serviceName,
        String author,
        boolean mine,
        Instant draftedAt,
        String body) {}
