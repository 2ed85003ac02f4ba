package uk.coproduction.portal.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface FeedbackReplyRepository extends JpaRepository<FeedbackReply, Long> {

    /** Replies in this state about these services (never about anything flagged for safeguarding), oldest first. */
    @Query("""
            select r from FeedbackReply r join fetch r.feedback f join fetch f.service s
            where r.state = :state and s.id in :serviceIds and f.safeguardingFlag = false and f.heldForReview = false
            order by r.draftedAt, r.id
            """)
    List<FeedbackReply> findByStateForServices(ReplyState state, Collection<Long> serviceIds);
}
