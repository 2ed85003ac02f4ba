package uk.coproduction.portal.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
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

    OutboxSender(OutgoingEmailRepository emails, ObjectProvider<JavaMailSender> mailSender,
                 ObjectProvider<TextMessageSender> textSender, TransactionTemplate transaction, Clock clock,
                 @Value("${portal.mail.from:no-reply@localhost}") String from,
                 @Value("${portal.mail.max-attempts:10}") int maxAttempts, MeterRegistry meters) {
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
        return Counter.builder("portal.outbox.failures").description("Attempts to send a message that failed")
                .tag("channel", channel).register(meters);
    }

    /**
     * The regular run, on one instance at a time (decision 0031): two instances reading the same due e-mails at once
     * would both send them.
     */
    @Scheduled(fixedDelayString = "${portal.mail.send-every:PT1M}", initialDelayString = "${portal.mail.send-every:PT1M}")
    @SchedulerLock(name = "outbox-sender")
    public void sendQueuedOnSchedule() {
        sendQueued();
    }

    /** @return how many e-mails went out (0 when mail is not set up: they stay queued) */
    public synchronized int sendQueued() {
        return sendEmails() + sendTexts();
    }

    private int sendTexts() {
        TextMessageSender texts = textSender.getIfAvailable();
        if (texts == null) {
            return 0;
        }
        List<Long> due = transaction.execute(status -> emails.findDue(clock.instant(), OutgoingEmail.TEXT,
                PageRequest.of(0, BATCH)));
        int sent = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            Boolean ok = transaction.execute(status -> {
                OutgoingEmail text = emails.findById(id).orElse(null);
                if (text == null || text.getSentAt() != null || text.getToAddress() == null) {
                    return false;
                }
                try {
                    texts.send(text.getToAddress(), text.getBody());
                    text.sent(clock.instant());
                    return true;
                } catch (RuntimeException failure) {
                    text.failed(failure.getMessage(), clock.instant(), maxAttempts);
                    textFailures.increment();
                    LOG.warn("Text message {} not sent (attempt {} of {})", id, text.getAttempts(), maxAttempts);
                    return false;
                }
            });
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private int sendEmails() {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        List<Long> due = transaction.execute(status -> emails.findDue(clock.instant(), OutgoingEmail.EMAIL,
                PageRequest.of(0, BATCH)));
        int sent = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            Boolean ok = transaction.execute(status -> sendOne(mail, id));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(JavaMailSender mail, long id) {
        OutgoingEmail email = emails.findById(id).orElse(null);
        if (email == null || email.getSentAt() != null || email.getToAddress() == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.getToAddress());
        message.setSubject(email.getSubject());
        message.setText(email.getBody());
        try {
            mail.send(message);
            email.sent(clock.instant());
            return true;
        } catch (MailException failure) {
            email.failed(failure.getMessage(), clock.instant(), maxAttempts);
            emailFailures.increment();
            LOG.warn("E-mail {} not sent (attempt {} of {})", id, email.getAttempts(), maxAttempts);
            return false;
        }
    }
}
