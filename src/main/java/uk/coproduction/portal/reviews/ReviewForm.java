package uk.coproduction.portal.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a commissioner enters to open a review or change one before it opens. Every field is checked by
 * {@link ReviewService}; each problem names its field ({@code service}, {@code kind}, {@code title}, {@code opens},
 * {@code closes}, {@code audiences}, {@code questions}, {@code question.<index>}).
 *
 * @param questions the review's own questions, in order, beyond the six charter questions (may be empty)
 */
public record ReviewForm(
        Long serviceId,
        ReviewKind kind,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        Set<ReviewAudience> audiences,
        List<QuestionDraft> questions) {

    public ReviewForm {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * A question as the commissioner leaves it: either shipped ({@code messageKey} set, the words come from the
     * translation files) or their own (English words in each voice; all three needed).
     */
    public record QuestionDraft(
            QuestionKind kind, String messageKey, String youngPerson, String parentCarer, String easyRead) {

        public static QuestionDraft shipped(QuestionKind kind, String messageKey) {
            return new QuestionDraft(kind, messageKey, null, null, null);
        }

        public static QuestionDraft own(QuestionKind kind, String youngPerson, String parentCarer, String easyRead) {
            return new QuestionDraft(kind, null, youngPerson, parentCarer, easyRead);
        }
    }
}
