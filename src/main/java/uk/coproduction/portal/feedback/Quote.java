package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.RespondentGroup;

import java.time.Instant;

/**
 * Words two commissioners have moderated and published for use outside the workspace. Never the original words.
 *
 * @param respondentGroup who said it, as a group ("a parent or carer"), so a quote can be attributed safely
 * @param words           the person's own words, or an advocate's summary of them
 */
public record Quote(
        long feedbackId, String text, RespondentGroup respondentGroup, Instant approvedAt, QuoteWords words) {}
