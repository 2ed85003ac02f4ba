package uk.coproduction.portal.reviews;

import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;

import java.util.Map;

/**
 * One person's answers to a review, from its public journey or entered by an advocate or partner.
 *
 * @param submissionKey  chosen when the journey starts (a UUID), so sending twice never makes two entries
 * @param wording        the voice the questions were asked in
 * @param language       the language tag they were asked in ("en-GB", "pl-PL")
 * @param charterRatings charter expectation id to answer; skipped questions absent
 * @param charterWords   charter expectation id to the optional words under it
 * @param comment        anything else (optional)
 * @param answers        review question id to the answer; skipped questions absent
 */
public record ReviewSubmission(
        String submissionKey,
        Wording wording,
        String language,
        Map<Long, RatingAnswer> charterRatings,
        Map<Long, String> charterWords,
        String comment,
        Map<Long, ResponseAnswers.QuestionAnswer> answers) {

    public ReviewSubmission {
        charterRatings = charterRatings == null ? Map.of() : Map.copyOf(charterRatings);
        charterWords = charterWords == null ? Map.of() : Map.copyOf(charterWords);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
