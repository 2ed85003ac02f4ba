package uk.coproduction.portal.feedback;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.coproduction.portal.services.Team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByReferenceCode(String referenceCode);

    Optional<Feedback> findBySubmissionKey(String submissionKey);

    boolean existsByReferenceCode(String referenceCode);

    /** The safeguarding queue: everything flagged, newest first. */
    List<Feedback> findBySafeguardingFlagTrueOrderBySubmittedAtDesc();

    /** A commissioner's inbox (never anything flagged for safeguarding): their team's services, plus feedback whose service nobody knows yet. */
    @Query("""
            select new uk.coproduction.portal.feedback.InboxItem(
                f.id, f.referenceCode, f.submittedAt, s.name, f.respondentGroup, f.channel, f.status,
                coalesce(f.comment, f.changeWanted))
            from Feedback f left join f.service s
            where (s.team = :team or s is null) and f.status in :statuses and f.safeguardingFlag = false
            order by f.submittedAt desc, f.id desc
            """)
    List<InboxItem> findInbox(Team team, Collection<FeedbackStatus> statuses, Pageable page);

    @Query("""
            select count(f) from Feedback f left join f.service s
            where (s.team = :team or s is null) and f.status in :statuses and f.safeguardingFlag = false
            """)
    long countInbox(Team team, Collection<FeedbackStatus> statuses);
}
