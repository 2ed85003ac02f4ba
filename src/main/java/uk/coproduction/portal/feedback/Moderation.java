package uk.coproduction.portal.feedback;

import java.time.Instant;

/**
 * The person's original words and the moderated copy that may be quoted outside the workspace.
 *
 * @param originalWords everything the person wrote, or null when they wrote nothing
 * @param quoteText     the approved, redacted copy, or null when the words are not usable as a quote
 */
public record Moderation(long feedbackId, String originalWords, String quoteText, String approvedBy,
                         Instant approvedAt) {

    public boolean usable() {
        return quoteText != null && approvedAt != null;
    }
}
