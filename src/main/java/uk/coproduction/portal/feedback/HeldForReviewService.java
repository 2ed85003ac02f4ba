package uk.coproduction.portal.feedback;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Feedback held for review (decision 0026): a commissioner reads what was held in their scope and clears what a
 * person sent, so it counts from then on. Nothing held is ever deleted from here.
 */
@Service
public class HeldForReviewService {

    private final FeedbackRepository feedback;
    private final FeedbackScope scope;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HeldForReviewService(
            FeedbackRepository feedback,
            FeedbackScope scope,
            StaffDirectory staff,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.feedback = feedback;
        this.scope = scope;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held in the signed-in commissioner's scope (and anything whose service is not known), oldest first. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public List<HeldItem> held() {
        Set<Long> mine = scope.serviceIds(staff.requireCurrentStaff());
        List<HeldItem> shown = feedback.findByHeldForReviewTrueAndSafeguardingFlagFalseOrderBySubmittedAtAsc().stream()
                .filter(f ->
                        f.getService() == null || mine.contains(f.getService().getId()))
                .map(f -> new HeldItem(
                        f.getId(),
                        f.getReferenceCode(),
                        f.getSubmittedAt(),
                        f.getHeldReason(),
                        f.getService() == null ? null : f.getService().getName(),
                        words(f)))
                .toList();
        audit.record(
                "feedback.held-listed",
                "feedback",
                null,
                shown.size() + " held items shown with their words: "
                        + shown.stream().map(HeldItem::referenceCode).toList());
        return shown;
    }

    /** A person read it: it counts like any other feedback from now on, and is never held again. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public void clear(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = scope.require(feedbackId, me);
        if (!item.isHeldForReview()) {
            return;
        }
        item.clearHold(me.username(), clock.instant());
        events.publishEvent(new HoldCleared(feedbackId));
        audit.record(
                "feedback.hold-cleared",
                "feedback",
                feedbackId,
                item.getHeldReason().name());
    }

    private static String words(Feedback f) {
        return Stream.concat(Stream.of(f.getComment(), f.getChangeWanted()), f.getAnswerComments().values().stream())
                .filter(Objects::nonNull)
                .filter(w -> !w.isBlank())
                .collect(Collectors.joining(" / "));
    }
}
