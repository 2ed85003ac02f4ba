package uk.coproduction.portal.activities.ui;

import uk.coproduction.portal.feedback.RatingAnswer;

import java.util.Locale;

/** One key per answer in the quick entry: 5 really good … 1 really bad, n not sure, nothing for not asked. */
final class AnswerKeys {

    static final String ALLOWED = "[1-5nN]";

    private AnswerKeys() {}

    /** @return null when nothing (or anything else) was typed */
    static RatingAnswer answerFor(String typed) {
        if (typed == null) {
            return null;
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "5" -> RatingAnswer.VERY_GOOD;
            case "4" -> RatingAnswer.GOOD;
            case "3" -> RatingAnswer.OK;
            case "2" -> RatingAnswer.BAD;
            case "1" -> RatingAnswer.VERY_BAD;
            case "n" -> RatingAnswer.NOT_SURE;
            default -> null;
        };
    }
}
