package uk.coproduction.portal.feedback;

import java.time.Instant;

/**
 * Words a commissioner has moderated and approved for use outside the workspace. Never the original words.
 *
 * @param respondentGroup who said it, as a group ("a parent or carer"), so a quote can be attributed safely
 */
public record Quote(long feedbackId, String text, RespondentGroup respondentGroup, Instant approvedAt) {
}
