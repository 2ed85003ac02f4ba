package uk.coproduction.portal.reviews;

import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;

import java.time.Instant;
import java.util.Map;

/**
 * One person's answers to a review.
 *
 * @param feedbackId       the feedback item the one intake made of their charter answers (reference code, status and
 *                         safeguarding live there)
 * @param wording          the voice they were asked in
 * @param language         the language tag they were asked in
 * @param enteredBy        the advocate or partner's username when someone entered answers they gathered; else null
 * @param organisationName that person's organisation (e.g. Healthwatch Kent); null for a person's own answers
 * @param consent          the consent route the advocate or partner recorded; null for a person's own answers
 * @param personsAge       the person's age as the advocate or partner gave it (decision 0039); null for their own answers
 * @param charterRatings   charter expectation id to answer (skipped questions absent)
 * @param charterWords     charter expectation id to the words under that question
 * @param comment          anything else they said (the item's comment)
 * @param answers          review question id to the answer to it (skipped questions absent)
 */
public record ResponseAnswers(
        long responseId,
        long feedbackId,
        String referenceCode,
        ReviewAudience audience,
        Wording wording,
        String language,
        String enteredBy,
        Long organisationId,
        String organisationName,
        ConsentBasis consent,
        PersonsAge personsAge,
        Instant answeredAt,
        boolean safeguardingFlagged,
        boolean heldForReview,
        Map<Long, RatingAnswer> charterRatings,
        Map<Long, String> charterWords,
        String comment,
        Map<Long, QuestionAnswer> answers) {

    public ResponseAnswers {
        charterRatings = Map.copyOf(charterRatings);
        charterWords = Map.copyOf(charterWords);
        answers = Map.copyOf(answers);
    }

    /** Entered by an advocate or partner organisation rather than by the person. */
    public boolean gathered() {
        return enteredBy != null;
    }

    /** Out of every figure: with the safeguarding leads, or held as looking automated. */
    public boolean countable() {
        return !safeguardingFlagged && !heldForReview;
    }

    /** The answer to one of the review's own questions: a rating (SCALE questions only), words, or both. */
    public record QuestionAnswer(RatingAnswer rating, String words) {}
}
