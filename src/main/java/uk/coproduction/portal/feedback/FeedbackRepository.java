package uk.coproduction.portal.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByReferenceCode(String referenceCode);

    Optional<Feedback> findBySubmissionKey(String submissionKey);

    boolean existsByReferenceCode(String referenceCode);

    /** The safeguarding queue: everything flagged, newest first. */
    List<Feedback> findBySafeguardingFlagTrueOrderBySubmittedAtDesc();

    /** Held for review (decision 0026), oldest first; safeguarding items are the leads' and not listed here. */
    List<Feedback> findByHeldForReviewTrueAndSafeguardingFlagFalseOrderBySubmittedAtAsc();

    /** How many recorded changes (on plan actions) name this feedback as what led to them. */
    @Query(value = "select count(*) from plan_change_feedback where feedback_id = :feedbackId", nativeQuery = true)
    long countRecordedChanges(long feedbackId);

    /** Moderated feedback (a usable quote) about these services, never anything flagged for safeguarding. */
    @Query("""
            select f from Feedback f where f.service.id in :serviceIds and f.safeguardingFlag = false and f.heldForReview = false
            and f.quoteText is not null and f.quoteApprovedAt is not null
            """)
    List<Feedback> findModeratedAbout(Collection<Long> serviceIds);
}
