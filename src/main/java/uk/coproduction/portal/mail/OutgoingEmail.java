package uk.coproduction.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail or text message waiting in the outbox, or sent. A resident's address is kept only until the message is
 * sent (or given up on): it is not copied anywhere it is not needed. A member of staff's work address is kept, so the
 * outbox screen can say who a notice was for and an administrator can retry it (decision 0030).
 */
@Entity
@Table(name = "outgoing_email")
class OutgoingEmail {

    static final int LAST_ERROR_LENGTH = 500;
    static final String EMAIL = "EMAIL";
    static final String TEXT = "TEXT";
    static final String ONE_TIME_BODY_REMOVED = "(one-time code removed)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feedback_id")
    private @Nullable Long feedbackId;

    @Column(name = "to_address")
    private @Nullable String toAddress;

    private String subject;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    private int attempts;

    @Column(name = "last_error")
    private @Nullable String lastError;

    /** EMAIL, or TEXT for a text message to a phone number (sent only when a {@link TextMessageSender} exists). */
    private String channel = EMAIL;

    /** A one-time code: its body is blanked once sent, withdrawn or out of date, so the code is not kept. */
    @Column(name = "one_time")
    private boolean oneTime;

    @Enumerated(EnumType.STRING)
    private MessageKind kind = MessageKind.RESIDENT_REPLY;

    /** The sender stopped trying after the last allowed attempt; an administrator may still retry a staff notice. */
    @Column(name = "gave_up_at")
    private @Nullable Instant gaveUpAt;

    /** Null means "as soon as the sender next runs". */
    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    protected OutgoingEmail() {}

    OutgoingEmail(Long feedbackId, String toAddress, String subject, String body, Instant createdAt) {
        this(MessageKind.RESIDENT_REPLY, feedbackId, toAddress, subject, body, createdAt);
    }

    OutgoingEmail(
            MessageKind kind,
            @Nullable Long feedbackId,
            @Nullable String toAddress,
            String subject,
            String body,
            Instant createdAt) {
        this.kind = kind;
        this.feedbackId = feedbackId;
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    static OutgoingEmail oneTime(
            Long feedbackId, String channel, String to, String subject, String body, Instant createdAt) {
        OutgoingEmail message = new OutgoingEmail(MessageKind.ONE_TIME_CODE, feedbackId, to, subject, body, createdAt);
        message.channel = channel;
        message.oneTime = true;
        return message;
    }

    /** A one-time code that must no longer go out, or has gone: the address and the code are forgotten. */
    void withdraw() {
        if (oneTime) {
            this.toAddress = null;
            this.body = ONE_TIME_BODY_REMOVED;
            this.nextAttemptAt = null;
        }
    }

    void sent(Instant at) {
        this.sentAt = at;
        if (oneTime) {
            this.body = ONE_TIME_BODY_REMOVED;
        }
        if (!kind.toStaff()) {
            this.toAddress = null;
        }
        this.lastError = null;
        this.nextAttemptAt = null;
        this.gaveUpAt = null;
    }

    /**
     * Records a failed attempt. The next one waits twice as long as the last (1, 2, 4 … minutes); after the last
     * allowed attempt the sender gives up and a resident's address is forgotten (a member of staff's work address is
     * kept, so an administrator can retry the notice).
     */
    void failed(@Nullable String error, Instant at, int maxAttempts) {
        attempts++;
        String withoutAddress =
                error == null ? "Unknown error" : toAddress == null ? error : error.replace(toAddress, "[address]");
        this.lastError = withoutAddress.length() > LAST_ERROR_LENGTH
                ? withoutAddress.substring(0, LAST_ERROR_LENGTH)
                : withoutAddress;
        if (attempts >= maxAttempts) {
            withdraw();
            if (!kind.toStaff()) {
                this.toAddress = null;
            }
            this.nextAttemptAt = null;
            this.gaveUpAt = at;
        } else {
            this.nextAttemptAt = at.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** An administrator asked for another attempt now: the sender tries it whether or not it had given up. */
    void retryNow() {
        this.gaveUpAt = null;
        this.nextAttemptAt = null;
    }

    OutboxState state() {
        if (sentAt != null) {
            return OutboxState.SENT;
        }
        if (attempts > 0) {
            return OutboxState.FAILED;
        }
        if (oneTime && toAddress == null) {
            return OutboxState.WITHDRAWN;
        }
        return OutboxState.WAITING;
    }

    boolean canRetry() {
        return state() == OutboxState.FAILED && toAddress != null;
    }

    MessageKind getKind() {
        return kind;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable
    Instant getGaveUpAt() {
        return gaveUpAt;
    }

    Long getId() {
        return id;
    }

    @Nullable
    Long getFeedbackId() {
        return feedbackId;
    }

    @Nullable
    String getToAddress() {
        return toAddress;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    @Nullable
    Instant getSentAt() {
        return sentAt;
    }

    String getChannel() {
        return channel;
    }

    boolean isOneTime() {
        return oneTime;
    }

    int getAttempts() {
        return attempts;
    }

    @Nullable
    String getLastError() {
        return lastError;
    }
}
