package uk.coproduction.portal.notifications;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One piece of feedback a digest may mention: no words, no contact, only what the commissioner can already open. */
record DigestItem(
        long feedbackId,
        String referenceCode,
        Instant receivedAt,
        @Nullable LocalDate replyBy,
        long serviceId,
        String serviceName,
        boolean replied) {}
