package uk.coproduction.portal.safeguarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackRepository;
import uk.coproduction.portal.feedback.SafeguardingConcernRaised;
import uk.coproduction.portal.mail.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Tells the safeguarding leads the moment a concern is saved: an e-mail to each lead contact, queued through the
 * outbox in the same transaction as the concern (so one is never saved without the other), and an "ALERTED" step
 * in the item's history naming who was e-mailed. The in-app alert on the staff pages counts it at once too. The
 * e-mail has the reference code, why it is here, when it must be acknowledged and a link, never the words.
 */
@Component
class SafeguardingAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(SafeguardingAlerts.class);
    static final String BY = "portal (alert)";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final FeedbackRepository feedback;
    private final SafeguardingActionRepository actions;
    private final SafeguardingContacts contacts;
    private final AcknowledgeTimes times;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    SafeguardingAlerts(FeedbackRepository feedback, SafeguardingActionRepository actions,
                       SafeguardingContacts contacts, AcknowledgeTimes times, Outbox outbox, AuditLog audit,
                       Clock clock, @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.feedback = feedback;
        this.actions = actions;
        this.contacts = contacts;
        this.times = times;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void concernRaised(SafeguardingConcernRaised raised) {
        Feedback item = feedback.findById(raised.feedbackId()).orElseThrow();
        Instant now = clock.instant();
        List<String> to = contacts.leads();
        if (to.isEmpty()) {
            LOG.error("Safeguarding concern {} arrived and no lead could be e-mailed: set {}",
                    item.getReferenceCode(), SafeguardingContacts.LEAD_SETTING);
            audit.record("safeguarding.alert-not-sent", "feedback", item.getId(),
                    "No lead contact is set (" + SafeguardingContacts.LEAD_SETTING + ")");
            return;
        }
        Instant due = times.acknowledgeBy(item.getSafeguardingSource(), item.getSafeguardingFlaggedAt());
        for (String address : to) {
            outbox.queueStaffAlert(item.getId(), address,
                    "New safeguarding concern " + item.getReferenceCode(),
                    "A new safeguarding concern (" + item.getReferenceCode() + ") has arrived: "
                            + why(item) + "\n\nPlease acknowledge it by " + WHEN.format(due) + ": " + publicUrl
                            + "/staff/safeguarding/" + item.getId() + "\n");
        }
        String what = "Safeguarding leads e-mailed: " + String.join(", ", to) + ".";
        actions.save(new SafeguardingAction(item.getId(), SafeguardingActionKind.ALERTED, what, BY, now));
        audit.record("safeguarding.alerted", "feedback", item.getId(), item.getReferenceCode() + ". " + what);
    }

    private static String why(Feedback item) {
        if (item.getSafeguardingSource() == null) {
            return "flagged.";
        }
        return switch (item.getSafeguardingSource()) {
            case PERSON -> "the person used \"I don't feel safe\" and asked us to tell someone.";
            case KEYWORD -> "their words read as a disclosure of harm.";
            case POSSIBLE_CONCERN -> "their words may be a concern; please review.";
            case STAFF -> "a member of staff flagged it.";
        };
    }
}
