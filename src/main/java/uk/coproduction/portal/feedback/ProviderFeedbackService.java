package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What provider staff may do (decision 0009): read the moderated copy of feedback about the services their own
 * organisation runs, and draft replies that wait for a commissioner's approval. Never the original words, contact
 * details or anything flagged for safeguarding; they can never send or approve a reply.
 */
@Service
@PreAuthorize(Access.PROVIDER)
public class ProviderFeedbackService {

    /** At most this many items are listed, newest first. */
    static final int LISTED = 200;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final FeedbackRepository feedback;
    private final ServiceScope scope;
    private final ReplyDelivery delivery;
    private final StaffDirectory staff;
    private final AuditLog audit;

    ProviderFeedbackService(
            FeedbackRepository feedback,
            ServiceScope scope,
            ReplyDelivery delivery,
            StaffDirectory staff,
            AuditLog audit) {
        this.feedback = feedback;
        this.scope = scope;
        this.delivery = delivery;
        this.staff = staff;
        this.audit = audit;
    }

    /** Moderated feedback about the services the signed-in provider's organisation runs, newest first (audited). */
    @Transactional
    public List<ProviderFeedbackItem> moderatedFeedback() {
        StaffIdentity me = staff.requireCurrentStaff();
        Set<Long> services = scope.providedBy(me);
        if (services.isEmpty()) {
            return List.of();
        }
        List<ProviderFeedbackItem> items = feedback.findModeratedAbout(services).stream()
                .sorted(Comparator.comparing(Feedback::getSubmittedAt)
                        .reversed()
                        .thenComparing(Feedback::getId))
                .limit(LISTED)
                .map(ProviderFeedbackService::item)
                .toList();
        audit.record(
                "provider.feedback-listed",
                "organisation",
                me.organisationId(),
                items.size() + " moderated items about " + services.size() + " services");
        return items;
    }

    /**
     * Drafts a reply to the person; it waits for a commissioner of the service to approve (and perhaps edit) it.
     *
     * @throws InvalidInputException when a version is missing or too long (as for commissioners' replies)
     * @throws IllegalArgumentException when there is no moderated item with this id about their organisation's
     *                                  services (whether it does not exist or is someone else's looks the same)
     */
    @Transactional
    public void draftReply(long feedbackId, String body, String easyReadBody) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = requireVisible(feedbackId, me);
        FeedbackReply draft = delivery.draftForApproval(item, me, body, easyReadBody);
        feedback.flush();
        audit.record("reply.drafted-by-provider", "feedback", feedbackId, "reply " + draft.getId());
    }

    private Feedback requireVisible(long feedbackId, StaffIdentity me) {
        return feedback.findById(feedbackId)
                .filter(f -> !f.isSafeguardingFlag()
                        && isModerated(f)
                        && f.getService() != null
                        && ServiceScope.providerCovers(me, f.getService()))
                .orElseThrow(() -> new IllegalArgumentException(
                        "No moderated feedback " + feedbackId + " about your organisation's services"));
    }

    private static boolean isModerated(Feedback item) {
        return item.getQuoteText() != null && item.getQuoteApprovedAt() != null;
    }

    private static ProviderFeedbackItem item(Feedback f) {
        boolean waiting = f.getReplies().stream().anyMatch(r -> r.getState() == ReplyState.AWAITING_APPROVAL);
        boolean replied = f.getReplies().stream().anyMatch(FeedbackReply::isSent);
        return new ProviderFeedbackItem(
                f.getId(),
                f.getService().getName(),
                YearMonth.from(f.getSubmittedAt().atZone(UK)),
                f.getQuoteText(),
                f.getWording(),
                waiting,
                replied);
    }
}
