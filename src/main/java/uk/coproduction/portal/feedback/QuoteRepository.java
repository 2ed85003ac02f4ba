package uk.coproduction.portal.feedback;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Reads only moderated quote text: the original words are never selected here. */
interface QuoteRepository extends Repository<Feedback, Long> {

    /** Published: proposed, redacted, and approved by a second commissioner (V0050 checks the two differ). */
    String USABLE =
            "f.quoteText is not null and f.quoteApprovedAt is not null and f.safeguardingFlag = false and f.heldForReview = false";

    @Query("select new uk.coproduction.portal.feedback.Quote(f.id, f.quoteText, f.respondentGroup, f.quoteApprovedAt,"
            + " f.quoteWords) from Feedback f where f.service.id = :serviceId and " + USABLE
            + " order by f.quoteApprovedAt desc")
    List<Quote> findUsableByService(long serviceId);

    @Query("select new uk.coproduction.portal.feedback.Quote(f.id, f.quoteText, f.respondentGroup, f.quoteApprovedAt,"
            + " f.quoteWords) from Feedback f join f.linkedActionIds a where a = :actionId and " + USABLE
            + " order by f.quoteApprovedAt desc")
    List<Quote> findUsableByAction(long actionId);

    @Query("select new uk.coproduction.portal.feedback.Quote(f.id, f.quoteText, f.respondentGroup, f.quoteApprovedAt,"
            + " f.quoteWords) from Feedback f where f.id = :feedbackId and " + USABLE)
    Optional<Quote> findUsable(long feedbackId);

    /**
     * How many advocacy records say every text of this feedback is the person's own words (0 or 1). Feedback an
     * advocate sent counts as the person's words only when the advocate said so for each text.
     */
    @Query(
            value = "SELECT COUNT(*) FROM feedback_advocacy a WHERE a.feedback_id = :feedbackId"
                    + " AND COALESCE(a.comment_source, 'OWN_WORDS') = 'OWN_WORDS'"
                    + " AND COALESCE(a.change_source, 'OWN_WORDS') = 'OWN_WORDS'",
            nativeQuery = true)
    long countAllOwnWords(long feedbackId);
}
