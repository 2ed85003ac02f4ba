package uk.coproduction.portal.safeguarding;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.mail.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Flagged items nobody acknowledged in time are escalated to the second contact
 * ({@code portal.safeguarding.escalate-to}), and again every {@code escalate-again-after} until someone
 * acknowledges. "Escalated" is recorded only when an e-mail was actually queued to a configured address, naming
 * it; with no second contact nothing is recorded as escalated, the failure is logged at each look, and
 * the item stays overdue in the queue. The e-mail gives only the reference code and a link, never the words.
 * Items in a possible burst nobody has cleared are escalated together, one e-mail for the burst (decision 0025),
 * except those whose words read as a disclosure.
 */
@Component
class SafeguardingEscalation {

    private static final Logger LOG = LoggerFactory.getLogger(SafeguardingEscalation.class);
    static final String BY = "portal (escalation)";

    private final FeedbackItems feedback;
    private final SafeguardingActionRepository actions;
    private final AcknowledgeTimes times;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final SafeguardingContacts contacts;
    private final String publicUrl;
    private final SafetyArrivals arrivals;

    SafeguardingEscalation(
            FeedbackItems feedback,
            SafeguardingActionRepository actions,
            AcknowledgeTimes times,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            SafeguardingContacts contacts,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl,
            SafetyArrivals arrivals) {
        this.arrivals = arrivals;
        this.feedback = feedback;
        this.actions = actions;
        this.times = times;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.contacts = contacts;
        this.publicUrl = publicUrl;
    }

    /** How often the queue is looked at; escalations themselves repeat every {@code escalate-again-after}. */
    @Scheduled(
            fixedDelayString = "${portal.safeguarding.escalate-every:PT5M}",
            initialDelayString = "${portal.safeguarding.escalate-every:PT5M}")
    @SchedulerLock(name = "safeguarding-escalation")
    @Transactional
    public void escalateOverdueOnSchedule() {
        escalateOverdue();
    }

    /** Now, on this instance (the regular run above is the one that takes the cluster lock). */
    @Transactional
    public int escalateOverdue() {
        return escalateOverdue(clock.instant());
    }

    /** @return how many items were escalated (an e-mail queued to the second contact) now */
    @Transactional
    int escalateOverdue(Instant now) {
        List<Feedback> flagged = feedback.flaggedNewestFirst();
        Map<Long, List<SafeguardingAction>> done =
                actions.findByFeedbackIdIn(flagged.stream().map(Feedback::getId).toList()).stream()
                        .collect(Collectors.groupingBy(SafeguardingAction::getFeedbackId));
        int escalated = 0;
        int nobodyToTell = 0;
        Map<Long, Long> inBursts = arrivals.inOpenBursts();
        Map<Long, List<Feedback>> burstsDue = new TreeMap<>();
        for (Feedback item : flagged) {
            List<SafeguardingAction> history = done.getOrDefault(item.getId(), List.of());
            Instant due = times.acknowledgeBy(item.getSafeguardingSource(), item.getSafeguardingFlaggedAt());
            if (history.stream().anyMatch(a -> a.getKind() == SafeguardingActionKind.ACKNOWLEDGED)
                    || !now.isAfter(due)) {
                continue;
            }
            Optional<Instant> last = history.stream()
                    .filter(a -> a.getKind() == SafeguardingActionKind.ESCALATED)
                    .map(SafeguardingAction::getTakenAt)
                    .max(Comparator.naturalOrder());
            if (last.isPresent() && now.isBefore(last.get().plus(contacts.escalateAgainAfter()))) {
                continue;
            }
            if (contacts.escalateTo().isEmpty()) {
                nobodyToTell++;
                continue;
            }
            if (inBursts.containsKey(item.getId())) {
                burstsDue
                        .computeIfAbsent(inBursts.get(item.getId()), b -> new ArrayList<>())
                        .add(item);
                continue;
            }
            int time = (int) history.stream()
                            .filter(a -> a.getKind() == SafeguardingActionKind.ESCALATED)
                            .count()
                    + 1;
            for (String address : contacts.escalateTo()) {
                outbox.queueStaffAlert(
                        item.getId(),
                        address,
                        "Safeguarding concern " + item.getReferenceCode() + " not acknowledged"
                                + (time > 1 ? " (reminder " + time + ")" : ""),
                        "A safeguarding concern (" + item.getReferenceCode() + ") should have been acknowledged by "
                                + SafeguardingAlerts.WHEN.format(due) + " and has not been. We will e-mail again every "
                                + contacts.escalateAgainAfter().toMinutes() + " minutes until someone acknowledges it."
                                + "\n\nPlease open it now: " + publicUrl + "/staff/safeguarding/" + item.getId()
                                + "\n");
            }
            String what = "Not acknowledged in time. E-mail queued to " + String.join(", ", contacts.escalateTo())
                    + (time > 1 ? " (time " + time + ")." : ".");
            actions.save(new SafeguardingAction(item.getId(), SafeguardingActionKind.ESCALATED, what, BY, now));
            audit.record(
                    "safeguarding.escalated",
                    "feedback",
                    item.getId(),
                    item.getReferenceCode() + " due by " + SafeguardingAlerts.WHEN.format(due) + ". " + what);
            escalated++;
        }
        for (Map.Entry<Long, List<Feedback>> burst : burstsDue.entrySet()) {
            escalated += escalateBurst(burst.getKey(), burst.getValue(), now);
        }
        if (escalated > 0) {
            LOG.warn("Escalated {} safeguarding concerns not acknowledged in time", escalated);
        }
        if (nobodyToTell > 0) {
            LOG.error(
                    "{} safeguarding concerns are overdue and nobody can be told: set {}",
                    nobodyToTell,
                    SafeguardingContacts.ESCALATE_SETTING);
        }
        return escalated;
    }

    /** One e-mail for all of a burst's items that are overdue now; each item's history says it was escalated. */
    private int escalateBurst(long burstId, List<Feedback> items, Instant now) {
        String subject = "Possible burst of safeguarding messages: " + items.size() + " not acknowledged in time";
        String body = items.size() + " messages in a possible burst of \"I don't feel safe\" messages (many from"
                + " one source in a short time) have not been acknowledged in time. Every message is kept in the"
                + " safeguarding queue, grouped as one burst. We will e-mail again every "
                + contacts.escalateAgainAfter().toMinutes() + " minutes until they are acknowledged or the burst"
                + " is cleared.\n\nPlease review the burst now: " + publicUrl + "/staff/safeguarding\n";
        for (String address : contacts.escalateTo()) {
            outbox.queueStaffAlert(items.getFirst().getId(), address, subject, body);
        }
        String what = "Not acknowledged in time. Escalated with possible burst " + burstId + ": one e-mail queued to "
                + String.join(", ", contacts.escalateTo()) + " for " + items.size() + " messages.";
        for (Feedback item : items) {
            actions.save(new SafeguardingAction(item.getId(), SafeguardingActionKind.ESCALATED, what, BY, now));
        }
        audit.record("safeguarding.burst-escalated", "safety_burst", burstId, what);
        return items.size();
    }
}
