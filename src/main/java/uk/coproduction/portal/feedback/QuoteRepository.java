package uk.coproduction.portal.feedback;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Reads only moderated quote text: the original words are never selected here. */
interface QuoteRepository extends Repository<Feedback, Long> {

    String USABLE = "f.quoteText is not null and f.quoteApprovedAt is not null and f.safeguardingFlag = false";

    @Query("select new uk.coproduction.portal.feedback.Quote(f.id, f.quoteText, f.respondentGroup, f.quoteApprovedAt)"
            + " from Feedback f where f.service.id = :serviceId and " + USABLE + " order by f.quoteApprovedAt desc")
    List<Quote> findUsableByService(long serviceId);

    @Query("select new uk.coproduction.portal.feedback.Quote(f.id, f.quoteText, f.respondentGroup, f.quoteApprovedAt)"
            + " from Feedback f join f.linkedActionIds a where a = :actionId and " + USABLE
            + " order by f.quoteApprovedAt desc")
    List<Quote> findUsableByAction(long actionId);

    @Query("select new uk.coproduction.portal.feedback.Quote(f.id, f.quoteText, f.respondentGroup, f.quoteApprovedAt)"
            + " from Feedback f where f.id = :feedbackId and " + USABLE)
    Optional<Quote> findUsable(long feedbackId);
}
