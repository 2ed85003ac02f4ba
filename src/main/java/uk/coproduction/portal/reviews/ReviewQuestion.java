package uk.coproduction.portal.reviews;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * One of a review's own questions. A shipped question has a message key (its words are in the translation files);
 * a commissioner's own question has its words per language and voice ({@link QuestionText}).
 */
@Entity
@Table(name = "review_question")
class ReviewQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private Review review;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @Column(name = "message_key")
    private String messageKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_question_text", joinColumns = @JoinColumn(name = "question_id"))
    private List<QuestionText> texts = new ArrayList<>();

    protected ReviewQuestion() {}

    ReviewQuestion(Review review, int position, QuestionKind kind, String messageKey, List<QuestionText> texts) {
        this.review = review;
        this.position = position;
        this.kind = kind;
        this.messageKey = messageKey;
        this.texts.addAll(texts);
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    QuestionKind getKind() {
        return kind;
    }

    String getMessageKey() {
        return messageKey;
    }

    List<QuestionText> getTexts() {
        return texts;
    }
}
