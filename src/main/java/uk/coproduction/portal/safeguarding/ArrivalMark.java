package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.feedback.DisclosureTier;

/**
 * What was noted about an "I don't feel safe" message as it arrived.
 *
 * @param burstId           the possible burst it was grouped in, or null
 * @param tier              what the disclosure rules read in its words, or null
 * @param possiblyAutomated the hidden honeypot field was filled: a lead reviews it
 */
public record ArrivalMark(
        @Nullable Long burstId,
        @Nullable DisclosureTier tier,
        @Nullable String matched,
        boolean possiblyAutomated) {}
