package uk.coproduction.portal.feedback;

import java.time.Instant;

/** One item held for review, as the commissioner reviewing it sees it. */
public record HeldItem(
        long id, String referenceCode, Instant submittedAt, HeldReason reason, String serviceName, String words) {}
