package uk.coproduction.portal.advocacy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a piece of feedback came through an advocate: who, for which organisation, how consent was given, whose words
 * each text is, how the views were gathered and whether it was read back. The feedback row holds what was said.
 */
@Entity
@Table(name = "feedback_advocacy")
class AdvocacyRecord {

    @Id
    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "advocate_id")
    private long advocateId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private ConsentBasis consent;

    @Column(name = "best_interests_by")
    private String bestInterestsBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "comment_source")
    private WordsSource commentSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_source")
    private WordsSource changeSource;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_advocacy_gathering", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "method")
    @Enumerated(EnumType.STRING)
    private Set<GatheringMethod> gathered = EnumSet.noneOf(GatheringMethod.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "read_back")
    private ReadBack readBack;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** The person's age as the advocate gave it, which decided the consent allowed (decision 0039); null before. */
    @Enumerated(EnumType.STRING)
    @Column(name = "persons_age")
    private PersonsAge personsAge;

    @Column(name = "gillick_confirmed")
    private boolean gillickConfirmed;

    @Column(name = "lacks_capacity_confirmed")
    private boolean lacksCapacityConfirmed;

    protected AdvocacyRecord() {}

    AdvocacyRecord(
            long feedbackId,
            long advocateId,
            Long organisationId,
            ConsentBasis consent,
            String bestInterestsBy,
            WordsSource commentSource,
            WordsSource changeSource,
            Set<GatheringMethod> gathered,
            ReadBack readBack,
            Instant recordedAt) {
        this.feedbackId = feedbackId;
        this.advocateId = advocateId;
        this.organisationId = organisationId;
        this.consent = consent;
        this.bestInterestsBy = bestInterestsBy;
        this.commentSource = commentSource;
        this.changeSource = changeSource;
        this.gathered = EnumSet.copyOf(gathered);
        this.readBack = readBack;
        this.recordedAt = recordedAt;
    }

    /** How old the person is and what the advocate confirmed about their capacity to consent. */
    void recordAgeAndCapacity(PersonsAge age, boolean gillick, boolean lacksCapacity) {
        this.personsAge = age;
        this.gillickConfirmed = gillick;
        this.lacksCapacityConfirmed = lacksCapacity;
    }

    PersonsAge getPersonsAge() {
        return personsAge;
    }

    boolean isGillickConfirmed() {
        return gillickConfirmed;
    }

    boolean isLacksCapacityConfirmed() {
        return lacksCapacityConfirmed;
    }

    long getFeedbackId() {
        return feedbackId;
    }

    long getAdvocateId() {
        return advocateId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    ConsentBasis getConsent() {
        return consent;
    }

    String getBestInterestsBy() {
        return bestInterestsBy;
    }

    WordsSource getCommentSource() {
        return commentSource;
    }

    WordsSource getChangeSource() {
        return changeSource;
    }

    Set<GatheringMethod> getGathered() {
        return gathered.isEmpty() ? Set.of() : EnumSet.copyOf(gathered);
    }

    ReadBack getReadBack() {
        return readBack;
    }
}
