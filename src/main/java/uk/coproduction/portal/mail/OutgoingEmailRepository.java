package uk.coproduction.portal.mail;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface OutgoingEmailRepository extends JpaRepository<OutgoingEmail, Long> {

    /** Not sent, still with an address (not given up on), and due: oldest first. */
    @Query("""
            select e.id from OutgoingEmail e
            where e.sentAt is null and e.toAddress is not null and (e.nextAttemptAt is null or e.nextAttemptAt <= :now)
                and e.channel = :channel
            order by e.createdAt, e.id
            """)
    List<Long> findDue(Instant now, String channel, Pageable page);

    /** The replies and alerts about one piece of feedback (not the one-time codes sent to prove who someone is). */
    List<OutgoingEmail> findByFeedbackIdAndOneTimeFalseOrderByCreatedAt(Long feedbackId);

    List<OutgoingEmail> findByOneTimeTrueAndCreatedAtBeforeAndBodyNot(Instant before, String body);
}
