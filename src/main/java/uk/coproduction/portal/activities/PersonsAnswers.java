package uk.coproduction.portal.activities;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.util.Map;

/**
 * One row of the quick entry at an event: one person's charter answers.
 *
 * @param rowKey  a UUID made when the row was added; saving the same row again stores nothing new
 * @param answers charter expectation id to answer; a question left blank has no entry
 * @param words   anything the person said, in their words (may be empty)
 */
public record PersonsAnswers(
        String rowKey, RespondentGroup group, AgeBand ageBand, Map<Long, RatingAnswer> answers, String words) {

    /** Nothing answered and nothing said: an unused row, which is left out rather than refused. */
    public boolean isBlank() {
        return (answers == null || answers.isEmpty()) && (words == null || words.isBlank());
    }
}
