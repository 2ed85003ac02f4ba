package uk.coproduction.portal.feedback;

import java.time.Instant;

/**
 * The person's original words and the redacted copy proposed, or published, as a quote.
 *
 * @param originalWords everything the person wrote, or null when they wrote nothing
 * @param quoteText     the redacted copy, or null when none is proposed
 * @param proposedBy    who proposed it (they cannot publish it themselves)
 * @param approvedBy    the second commissioner who published it, or null while it waits
 * @param words         whose words the quote is: the person's or an advocate's summary
 * @param wordsAvailable whose words the original is, as far as the portal knows (for a new proposal)
 * @param mayApprove    true when the signed-in commissioner may publish the proposal (someone else proposed it)
 */
public record Moderation(
        long feedbackId,
        String originalWords,
        String quoteText,
        String proposedBy,
        Instant proposedAt,
        String approvedBy,
        Instant approvedAt,
        QuoteWords words,
        QuoteWords wordsAvailable,
        boolean mayApprove) {

    /** Published: quoted on public pages, packs and plan pages. */
    public boolean usable() {
        return quoteText != null && approvedAt != null;
    }

    /** Proposed and waiting for a second commissioner. */
    public boolean awaitingApproval() {
        return quoteText != null && approvedAt == null;
    }
}
