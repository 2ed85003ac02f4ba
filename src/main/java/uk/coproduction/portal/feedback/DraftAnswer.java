package uk.coproduction.portal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One question's answer in a draft. A null answer means the person chose to skip it. */
@Embeddable
public class DraftAnswer {

    /** Never null, so a skipped question (no answer, no words) is still a row. */
    @Column(name = "skipped")
    private boolean skipped;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer")
    private RatingAnswer answer;

    @Column(name = "comment")
    private String comment;

    protected DraftAnswer() {}

    DraftAnswer(RatingAnswer answer, String comment) {
        this.answer = answer;
        this.comment = comment;
        this.skipped = answer == null;
    }

    public RatingAnswer getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }
}
