package uk.coproduction.portal.mail;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface OutgoingEmailRepository extends JpaRepository<OutgoingEmail, Long>, JpaSpecificationExecutor<OutgoingEmail> {

    /** Not sent, still with an address, not given up on, and due: oldest first. */
    @Query("""
            select e.id from OutgoingEmail e
            where e.sentAt is null and e.toAddress is not null and e.gaveUpAt is null
                and (e.nextAttemptAt is null or e.nextAttemptAt <= :now)
                and e.channel = :channel
            order by e.createdAt, e.id
            """)
    List<Long> findDue(Instant now, String channel, Pageable page);

    /** The e-mails of one kind about one piece of feedback. */
    List<OutgoingEmail> findByFeedbackIdAndKindOrderByCreatedAt(Long feedbackId, MessageKind kind);

    /** The message, locked until the transaction ends, so two senders (or a retry and the job) never both send it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from OutgoingEmail e where e.id = :id")
    Optional<OutgoingEmail> findLocked(long id);

    List<OutgoingEmail> findByOneTimeTrueAndCreatedAtBeforeAndBodyNot(Instant before, String body);
}
