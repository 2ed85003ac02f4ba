package uk.coproduction.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail waiting in the outbox, or sent. The address is kept only until the e-mail is sent (or given up on):
 * the person's e-mail address is not copied anywhere it is not needed.
 */
@Entity
@Table(name = "outgoing_email")
class OutgoingEmail {

    static final int LAST_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "to_address")
    private String toAddress;

    private String subject;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    /** Null means "as soon as the sender next runs". */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected OutgoingEmail() {
    }

    OutgoingEmail(Long feedbackId, String toAddress, String subject, String body, Instant createdAt) {
        this.feedbackId = feedbackId;
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    void sent(Instant at) {
        this.sentAt = at;
        this.toAddress = null;
        this.lastError = null;
        this.nextAttemptAt = null;
    }

    /**
     * Records a failed attempt. The next one waits twice as long as the last (1, 2, 4 … minutes); after the last
     * allowed attempt the address is forgotten and nobody tries again.
     */
    void failed(String error, Instant at, int maxAttempts) {
        attempts++;
        String withoutAddress = error == null ? "Unknown error"
                : toAddress == null ? error : error.replace(toAddress, "[address]");
        this.lastError = withoutAddress.length() > LAST_ERROR_LENGTH
                ? withoutAddress.substring(0, LAST_ERROR_LENGTH) : withoutAddress;
        if (attempts >= maxAttempts) {
            this.toAddress = null;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = at.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 20)));
        }
    }

    Long getId() {
        return id;
    }

    Long getFeedbackId() {
        return feedbackId;
    }

    String getToAddress() {
        return toAddress;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Instant getSentAt() {
        return sentAt;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }
}
