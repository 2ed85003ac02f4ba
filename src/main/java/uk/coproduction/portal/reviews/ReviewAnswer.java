package uk.coproduction.portal.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.coproduction.portal.feedback.RatingAnswer;

/** The answer to one of a review's own questions: a rating, words, or both. */
@Embeddable
class ReviewAnswer {

    @Column(name = "question_id")
    private long questionId;

    @Enumerated(EnumType.STRING)
    private RatingAnswer rating;

    private String words;

    protected ReviewAnswer() {}

    ReviewAnswer(long questionId, RatingAnswer rating, String words) {
        this.questionId = questionId;
        this.rating = rating;
        this.words = words;
    }

    long questionId() {
        return questionId;
    }

    RatingAnswer rating() {
        return rating;
    }

    String words() {
        return words;
    }
}
