package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.feedback.DisclosureTier;

import java.time.Instant;
import java.util.List;

/**
 * A possible burst as a safeguarding lead sees it: many "I don't feel safe" messages from one source in a short
 * time, grouped. Every message is still its own item in the queue; those whose words read as a disclosure come
 * first.
 *
 * @param source         what the messages had in common: one address, one browser, or the same words
 * @param clearedOutcome what clearing did, e.g. how many were left for the lead because they read as a disclosure
 */
public record SafetyBurst(
        long id,
        Source source,
        Instant firstAt,
        Instant lastAt,
        @Nullable Instant alertedAt,
        @Nullable String alertedTo,
        @Nullable Instant clearedAt,
        @Nullable String clearedBy,
        @Nullable String clearedReason,
        @Nullable String clearedOutcome,
        List<Message> messages) {

    /** What a burst's messages had in common. */
    public enum Source {
        ADDRESS,
        BROWSER,
        WORDS
    }

    /**
     * One message in the burst.
     *
     * @param tier              what the disclosure rules read in its words, or null for nothing
     * @param possiblyAutomated the hidden honeypot field was filled
     * @param stillFlagged      still in the safeguarding queue (a lead may have returned it to the inbox)
     */
    public record Message(
            long feedbackId,
            String referenceCode,
            Instant arrivedAt,
            @Nullable DisclosureTier tier,
            @Nullable String matched,
            boolean possiblyAutomated,
            boolean stillFlagged) {}

    public boolean cleared() {
        return clearedAt != null;
    }

    public long disclosures() {
        return messages.stream()
                .filter(m -> m.tier() == DisclosureTier.DISCLOSURE)
                .count();
    }
}
