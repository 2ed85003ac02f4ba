package uk.coproduction.portal.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The portal's one way to tell anyone anything by e-mail or text: replies to residents, one-time codes, and every
 * notice to staff (safeguarding alerts and escalations, wrong-password warnings, the commissioners' daily digest).
 * Messages are queued here, in the caller's transaction, with their {@link MessageKind}, and {@link OutboxSender}
 * sends them when mail is set up ({@code spring.mail.host}); without mail they wait. Administrators see them on the
 * outbox screen ({@link OutboxAdministration}), each kind showing only what decision 0030 allows.
 */
@Service
public class Outbox {

    private final OutgoingEmailRepository emails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<TextMessageSender> textSender;
    private final Clock clock;

    Outbox(
            OutgoingEmailRepository emails,
            ObjectProvider<JavaMailSender> mailSender,
            ObjectProvider<TextMessageSender> textSender,
            Clock clock) {
        this.emails = emails;
        this.mailSender = mailSender;
        this.textSender = textSender;
        this.clock = clock;
    }

    /** How a one-time code travels. */
    public enum Channel {
        EMAIL,
        TEXT
    }

    /** How the e-mails about one piece of feedback are doing. */
    public record Summary(int sent, int waiting, int failed) {}

    /** Queues an e-mail; it must run inside the caller's transaction, so a reply and its e-mail are saved together. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(long feedbackId, String toAddress, String subject, String body) {
        if (toAddress == null || toAddress.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs an address");
        }
        emails.save(new OutgoingEmail(
                MessageKind.RESIDENT_REPLY, feedbackId, toAddress.strip(), subject, body, clock.instant()));
    }

    /**
     * Queues a safeguarding alert or escalation to a lead or duty contact, from an intake or one of the portal's own
     * scheduled jobs (no one need be signed in). It must run inside the caller's transaction.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueStaffAlert(long feedbackId, String toAddress, String subject, String body) {
        queueStaffNotice(MessageKind.SAFEGUARDING_ALERT, feedbackId, toAddress, subject, body);
    }

    /**
     * Queues a notice to a member of staff's work address: the one door for every staff notification, so each is
     * sent, retried and shown on the outbox screen the same way. It must run inside the caller's transaction.
     *
     * @param feedbackId the item it is about, or null (a digest is about many)
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueStaffNotice(
            MessageKind kind, @Nullable Long feedbackId, @Nullable String toAddress, String subject, String body) {
        if (!kind.toStaff()) {
            throw new IllegalArgumentException(kind + " is not a notice to staff");
        }
        if (toAddress == null || toAddress.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs an address");
        }
        emails.save(new OutgoingEmail(kind, feedbackId, toAddress.strip(), subject, body, clock.instant()));
    }

    /**
     * Queues a warning to a member of staff that someone keeps trying wrong passwords for their account. It is
     * queued while nobody is signed in (the sign-in attempt itself), inside the caller's transaction.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueSignInAlert(@Nullable String toAddress, String subject, String body) {
        queueStaffNotice(MessageKind.SIGN_IN_ALERT, null, toAddress, subject, body);
    }

    /**
     * Queues a one-time code for someone proving it is them (no one is signed in). Its body is blanked once it is
     * sent, withdrawn or out of date. It must run inside the caller's transaction.
     *
     * @return the message's id, to withdraw it when the code is used or replaced
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public long queueOneTimeCode(long feedbackId, Channel channel, String to, String subject, String body) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("A one-time code needs somewhere to go");
        }
        return emails.save(
                        OutgoingEmail.oneTime(feedbackId, channel.name(), to.strip(), subject, body, clock.instant()))
                .getId();
    }

    /** A one-time code that is no longer needed: if it has not gone yet it never will, and its text is forgotten. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdrawOneTimeCode(long messageId) {
        emails.findById(messageId).ifPresent(OutgoingEmail::withdraw);
    }

    /** Forgets every one-time code queued before this moment (they are out of date); returns how many. */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public int forgetOneTimeCodesBefore(Instant before) {
        List<OutgoingEmail> old =
                emails.findByOneTimeTrueAndCreatedAtBeforeAndBodyNot(before, OutgoingEmail.ONE_TIME_BODY_REMOVED);
        old.forEach(OutgoingEmail::withdraw);
        return old.size();
    }

    /** Whether text messages can go out at all: false until a {@link TextMessageSender} is configured. */
    @PreAuthorize(Access.ANYONE)
    public boolean canSendTexts() {
        return textSender.getIfAvailable() != null;
    }

    /** Whether e-mails can go out at all: false when no mail server is configured. */
    @PreAuthorize(Access.ANYONE)
    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public Summary summaryFor(long feedbackId) {
        List<OutgoingEmail> all =
                emails.findByFeedbackIdAndKindOrderByCreatedAt(feedbackId, MessageKind.RESIDENT_REPLY);
        int sent = (int) all.stream().filter(e -> e.getSentAt() != null).count();
        int waiting = (int) all.stream()
                .filter(e -> e.getSentAt() == null && e.getGaveUpAt() == null)
                .count();
        return new Summary(sent, waiting, all.size() - sent - waiting);
    }
}
