package uk.coproduction.portal.reviews;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.coproduction.portal.feedback.Wording;

/** A commissioner's own question in one language and voice. */
@Embeddable
class QuestionText {

    private String language;

    @Enumerated(EnumType.STRING)
    private Wording wording;

    private String text;

    protected QuestionText() {}

    QuestionText(String language, Wording wording, String text) {
        this.language = language;
        this.wording = wording;
        this.text = text;
    }

    String language() {
        return language;
    }

    Wording wording() {
        return wording;
    }

    String text() {
        return text;
    }
}
