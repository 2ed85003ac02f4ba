package uk.coproduction.portal.safeguarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.SafeguardingConcernRaised;
import uk.coproduction.portal.mail.Outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

    private final FeedbackItems feedback;
    private final SafeguardingActionRepository actions;
    private final SafeguardingContacts contacts;
    private final AcknowledgeTimes times;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;
    private final SafetyArrivals arrivals;
    private final JdbcTemplate jdbc;

    SafeguardingAlerts(
            FeedbackItems feedback,
            SafeguardingActionRepository actions,
            SafeguardingContacts contacts,
            AcknowledgeTimes times,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl,
            SafetyArrivals arrivals,
            JdbcTemplate jdbc) {
        this.arrivals = arrivals;
        this.jdbc = jdbc;
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
        Feedback item = feedback.byId(raised.feedbackId()).orElseThrow();
        Instant now = clock.instant();
        Optional<Long> burst = arrivals.burstOf(item.getId());
        if (burst.isPresent()) {
            // One alert for the whole burst (burstRecognised), not one per message: the item itself is in the queue.
            actions.save(new SafeguardingAction(
                    item.getId(),
                    SafeguardingActionKind.IN_BURST,
                    "Arrived in possible" + " burst " + burst.get()
                            + ": the leads are alerted once for the burst, not for each message.",
                    BY,
                    now));
            audit.record(
                    "safeguarding.alert-grouped",
                    "feedback",
                    item.getId(),
                    item.getReferenceCode() + " is in possible burst " + burst.get() + ".");
            return;
        }
        List<String> to = contacts.leads();
        if (to.isEmpty()) {
            LOG.error(
                    "Safeguarding concern {} arrived and no lead could be e-mailed: set {}",
                    item.getReferenceCode(),
                    SafeguardingContacts.LEAD_SETTING);
            audit.record(
                    "safeguarding.alert-not-sent",
                    "feedback",
                    item.getId(),
                    "No lead contact is set (" + SafeguardingContacts.LEAD_SETTING + ")");
            return;
        }
        Instant due = times.acknowledgeBy(item.getSafeguardingSource(), item.getSafeguardingFlaggedAt());
        for (String address : to) {
            outbox.queueStaffAlert(
                    item.getId(),
                    address,
                    "New safeguarding concern " + item.getReferenceCode(),
                    "A new safeguarding concern (" + item.getReferenceCode() + ") has arrived: "
                            + why(item) + "\n\nPlease acknowledge it by " + WHEN.format(due) + ": " + publicUrl
                            + "/staff/safeguarding/" + item.getId() + "\n");
        }
        String what = "Safeguarding leads e-mailed: " + String.join(", ", to) + ".";
        actions.save(new SafeguardingAction(item.getId(), SafeguardingActionKind.ALERTED, what, BY, now));
        audit.record("safeguarding.alerted", "feedback", item.getId(), item.getReferenceCode() + ". " + what);
    }

    /**
     * A possible burst has just been recognised: the leads are e-mailed once, about the burst (how many, from when,
     * how many read as a disclosure, a link to the queue; never the words). Later messages joining it send nothing.
     */
    void burstRecognised(long burstId, long tippingItemId) {
        Instant now = clock.instant();
        var burst = jdbc.queryForMap(
                "SELECT b.first_at, b.source_kind, COUNT(a.id) AS messages,"
                        + " SUM(a.disclosure_tier = 'DISCLOSURE') AS disclosures FROM safety_burst b"
                        + " JOIN safety_arrival a ON a.burst_id = b.id WHERE b.id = ? GROUP BY b.id, b.first_at, b.source_kind",
                burstId);
        // COUNT and the burst's NOT NULL first_at: never null for the burst just grouped
        long messages = ((Number) Objects.requireNonNull(burst.get("messages"))).longValue();
        long disclosures = burst.get("disclosures") == null ? 0 : ((Number) burst.get("disclosures")).longValue();
        Instant first = ((Timestamp) Objects.requireNonNull(burst.get("first_at"))).toInstant();
        String source = switch (String.valueOf(burst.get("source_kind"))) {
            case "WORDS" -> "with the same words";
            case "BROWSER" -> "from one browser";
            default -> "from one address";
        };
        List<String> to = contacts.leads();
        if (to.isEmpty()) {
            LOG.error(
                    "Possible burst {} of safeguarding messages and no lead could be e-mailed: set {}",
                    burstId,
                    SafeguardingContacts.LEAD_SETTING);
            audit.record(
                    "safeguarding.burst-alert-not-sent",
                    "safety_burst",
                    burstId,
                    "No lead contact is set (" + SafeguardingContacts.LEAD_SETTING + ")");
            return;
        }
        String subject = "Possible burst of safeguarding messages: " + messages + " " + source;
        String body = messages + " messages saying \"I don't feel safe\" came " + source + " since "
                + WHEN.format(first) + ": more than " + arrivals.moreThan() + " within "
                + arrivals.within().toMinutes() + " minutes. This may be a group (a class, a ward, a care home) or a"
                + " flood. Every message is saved and in the safeguarding queue, grouped as one possible burst; "
                + disclosures + " of them read as a disclosure so far and are listed first. Messages that join this"
                + " burst will not be e-mailed one by one.\n\nPlease review the burst: " + publicUrl
                + "/staff/safeguarding\n";
        for (String address : to) {
            outbox.queueStaffAlert(tippingItemId, address, subject, body);
        }
        jdbc.update(
                "UPDATE safety_burst SET alerted_at = ?, alerted_to = ? WHERE id = ?",
                Timestamp.from(now),
                String.join(", ", to),
                burstId);
        audit.record(
                "safeguarding.burst-alerted",
                "safety_burst",
                burstId,
                messages + " messages. Safeguarding leads e-mailed: " + String.join(", ", to) + ".");
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
