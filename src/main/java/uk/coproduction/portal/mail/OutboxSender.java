package uk.coproduction.portal.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Sends queued e-mails every minute (configurable) when mail is set up. Each e-mail is sent and marked in its own
 * transaction; a failure is recorded and the e-mail tried again later, up to {@code portal.mail.max-attempts}.
 * Runs one batch at a time.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutgoingEmailRepository emails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<TextMessageSender> textSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final Counter emailFailures;
    private final Counter textFailures;

    OutboxSender(
            OutgoingEmailRepository emails,
            ObjectProvider<JavaMailSender> mailSender,
            ObjectProvider<TextMessageSender> textSender,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${portal.mail.from:no-reply@localhost}") String from,
            @Value("${portal.mail.max-attempts:10}") int maxAttempts,
            MeterRegistry meters) {
        // Per instance (issue 15): Prometheus sums them over the instances.
        this.emailFailures = failures(meters, "email");
        this.textFailures = failures(meters, "text");
        this.emails = emails;
        this.mailSender = mailSender;
        this.textSender = textSender;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    private static Counter failures(MeterRegistry meters, String channel) {
        return Counter.builder("portal.outbox.failures")
                .description("Attempts to send a message that failed")
                .tag("channel", channel)
                .register(meters);
    }

    /**
     * The regular run, on one instance at a time (decision 0031): two instances reading the same due e-mails at once
     * would both send them.
     */
    @Scheduled(
            fixedDelayString = "${portal.mail.send-every:PT1M}",
            initialDelayString = "${portal.mail.send-every:PT1M}")
    @SchedulerLock(name = "outbox-sender")
    public void sendQueuedOnSchedule() {
        sendQueued();
    }

    /** @return how many e-mails went out (0 when mail is not set up: they stay queued) */
    public synchronized int sendQueued() {
        return sendDue(OutgoingEmail.EMAIL) + sendDue(OutgoingEmail.TEXT);
    }

    /**
     * An administrator's retry: one failed message is tried again now, whether or not the sender had given up on it,
     * and the attempt is recorded as any other. Mail not being set up counts as a failed attempt, said as such.
     *
     * @return true when it went
     */
    synchronized boolean retryNow(long id) {
        Boolean ok = transaction.execute(status -> {
            OutgoingEmail message = emails.findLocked(id).orElse(null);
            if (message == null || !message.canRetry()) {
                return false;
            }
            message.retryNow();
            return sendOne(message);
        });
        return Boolean.TRUE.equals(ok);
    }

    private int sendDue(String channel) {
        if (channel.equals(OutgoingEmail.EMAIL)
                ? mailSender.getIfAvailable() == null
                : textSender.getIfAvailable() == null) {
            return 0;
        }
        List<Long> due =
                transaction.execute(status -> emails.findDue(clock.instant(), channel, PageRequest.of(0, BATCH)));
        int sent = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            Boolean ok = transaction.execute(status -> {
                OutgoingEmail message = emails.findLocked(id).orElse(null);
                return message != null
                        && message.state() != OutboxState.SENT
                        && message.getToAddress() != null
                        && message.getGaveUpAt() == null
                        && sendOne(message);
            });
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    /** One attempt, inside the caller's transaction with the row locked; a failure is recorded, never thrown. */
    private boolean sendOne(OutgoingEmail message) {
        String to = message.getToAddress();
        try {
            if (to == null) {
                // the address is removed only once the message is sent or given up, and neither is picked again
                throw new IllegalStateException("Message " + message.getId() + " has no address left to send to");
            }
            if (OutgoingEmail.TEXT.equals(message.getChannel())) {
                TextMessageSender texts = textSender.getIfAvailable();
                if (texts == null) {
                    throw new IllegalStateException("No text message gateway is set up");
                }
                texts.send(to, message.getBody());
            } else {
                JavaMailSender mail = mailSender.getIfAvailable();
                if (mail == null) {
                    throw new IllegalStateException("No mail server is set up (spring.mail.host)");
                }
                SimpleMailMessage email = new SimpleMailMessage();
                email.setFrom(from);
                email.setTo(message.getToAddress());
                email.setSubject(message.getSubject());
                email.setText(message.getBody());
                mail.send(email);
            }
            message.sent(clock.instant());
            return true;
        } catch (RuntimeException failure) {
            message.failed(failure.getMessage(), clock.instant(), maxAttempts);
            (OutgoingEmail.TEXT.equals(message.getChannel()) ? textFailures : emailFailures).increment();
            LOG.warn(
                    "{} {} not sent (attempt {} of {})",
                    message.getChannel(),
                    message.getId(),
                    message.getAttempts(),
                    maxAttempts);
            return false;
        }
    }
}
