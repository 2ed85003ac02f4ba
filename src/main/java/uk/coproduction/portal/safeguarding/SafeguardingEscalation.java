package uk.coproduction.portal.safeguarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackRepository;
import uk.coproduction.portal.mail.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flagged items nobody acknowledged in time are escalated, once each: an {@code ESCALATED} step is recorded in
 * the item's history and, when {@code portal.safeguarding.escalate-to} is set, an e-mail is queued to that second
 * contact. The e-mail gives only the reference code and a link, never the person's words. Each escalation is also
 * written to the audit log (as "system"), so who was told what, and when, can be shown later.
 */
@Component
class SafeguardingEscalation {

    private static final Logger LOG = LoggerFactory.getLogger(SafeguardingEscalation.class);
    static final String BY = "portal (escalation)";
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    private final FeedbackRepository feedback;
    private final SafeguardingActionRepository actions;
    private final AcknowledgeTimes times;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final String escalateTo;
    private final String publicUrl;

    SafeguardingEscalation(FeedbackRepository feedback, SafeguardingActionRepository actions, AcknowledgeTimes times,
                           Outbox outbox, AuditLog audit, Clock clock,
                           @Value("${portal.safeguarding.escalate-to:}") String escalateTo,
                           @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.feedback = feedback;
        this.actions = actions;
        this.times = times;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.escalateTo = escalateTo == null || escalateTo.isBlank() ? null : escalateTo.strip();
        this.publicUrl = publicUrl;
    }

    @Scheduled(fixedDelayString = "${portal.safeguarding.escalate-every:PT5M}",
            initialDelayString = "${portal.safeguarding.escalate-every:PT5M}")
    @Transactional
    public int escalateOverdue() {
        return escalateOverdue(clock.instant());
    }

    /** @return how many items were escalated now */
    @Transactional
    int escalateOverdue(Instant now) {
        List<Feedback> flagged = feedback.findBySafeguardingFlagTrueOrderBySubmittedAtDesc();
        Map<Long, Set<SafeguardingActionKind>> done = actions.findByFeedbackIdIn(
                flagged.stream().map(Feedback::getId).toList()).stream()
                .collect(Collectors.groupingBy(SafeguardingAction::getFeedbackId,
                        Collectors.mapping(SafeguardingAction::getKind, Collectors.toSet())));
        int escalated = 0;
        for (Feedback item : flagged) {
            Set<SafeguardingActionKind> kinds = done.getOrDefault(item.getId(), Set.of());
            Instant due = times.acknowledgeBy(item.getSafeguardingSource(), item.getSafeguardingFlaggedAt());
            if (kinds.contains(SafeguardingActionKind.ACKNOWLEDGED) || kinds.contains(SafeguardingActionKind.ESCALATED)
                    || !now.isAfter(due)) {
                continue;
            }
            String what = escalateTo == null ? "Not acknowledged in time. No second contact is set up."
                    : "Not acknowledged in time. E-mail queued to " + escalateTo + ".";
            actions.save(new SafeguardingAction(item.getId(), SafeguardingActionKind.ESCALATED, what, BY, now));
            audit.record("safeguarding.escalated", "feedback", item.getId(),
                    item.getReferenceCode() + " due by " + WHEN.format(due) + ". " + what);
            if (escalateTo != null) {
                outbox.queueStaffAlert(item.getId(), escalateTo,
                        "Safeguarding concern " + item.getReferenceCode() + " not acknowledged in time",
                        "A safeguarding concern (" + item.getReferenceCode() + ") should have been acknowledged by "
                                + WHEN.format(due) + " and has not been.\n\nPlease open it now: " + publicUrl
                                + "/staff/safeguarding/" + item.getId() + "\n");
            }
            escalated++;
        }
        if (escalated > 0) {
            LOG.warn("Escalated {} safeguarding concerns not acknowledged in time", escalated);
        }
        return escalated;
    }
}
