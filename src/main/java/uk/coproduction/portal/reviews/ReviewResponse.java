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
import jakarta.persistence.Table;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.feedback.Wording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's answers to a review. Their charter answers are the feedback item the one intake made
 * ({@code feedbackId}); the answers to the review's own questions are here. Never changed or deleted once saved.
 */
@Entity
@Table(name = "review_response")
class ReviewResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id")
    private long reviewId;

    @Enumerated(EnumType.STRING)
    private ReviewAudience audience;

    @Column(name = "feedback_id")
    private long feedbackId;

    @Enumerated(EnumType.STRING)
    private Wording wording;

    private String language;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private ConsentBasis consent;

    @Enumerated(EnumType.STRING)
    @Column(name = "persons_age")
    private PersonsAge personsAge;

    @Column(name = "gillick_confirmed")
    private boolean gillickConfirmed;

    @Column(name = "lacks_capacity_confirmed")
    private boolean lacksCapacityConfirmed;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<ReviewAnswer> answers = new ArrayList<>();

    protected ReviewResponse() {}

    ReviewResponse(
            long reviewId,
            ReviewAudience audience,
            long feedbackId,
            Wording wording,
            String language,
            EnteredFor enteredFor,
            Instant answeredAt,
            List<ReviewAnswer> answers) {
        this.reviewId = reviewId;
        this.audience = audience;
        this.feedbackId = feedbackId;
        this.wording = wording;
        this.language = language;
        if (enteredFor != null) {
            this.enteredBy = enteredFor.enteredBy();
            this.organisationId = enteredFor.organisationId();
            this.consent = enteredFor.consent().consent();
            this.personsAge = enteredFor.consent().personsAge();
            this.gillickConfirmed = enteredFor.consent().gillickConfirmed();
            this.lacksCapacityConfirmed = enteredFor.consent().lacksCapacityConfirmed();
        }
        this.answeredAt = answeredAt;
        this.answers.addAll(answers);
    }

    /** Who entered answers they gathered, for which organisation and on what consent (with the person's age). */
    record EnteredFor(String enteredBy, long organisationId, GatheredConsent consent) {}

    Long getId() {
        return id;
    }

    long getReviewId() {
        return reviewId;
    }

    ReviewAudience getAudience() {
        return audience;
    }

    long getFeedbackId() {
        return feedbackId;
    }

    Wording getWording() {
        return wording;
    }

    String getLanguage() {
        return language;
    }

    String getEnteredBy() {
        return enteredBy;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    PersonsAge getPersonsAge() {
        return personsAge;
    }

    ConsentBasis getConsent() {
        return consent;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    List<ReviewAnswer> getAnswers() {
        return answers;
    }
}
