package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Replies beyond writing them ({@link FeedbackTriageService#reply}): what a commissioner sees of the replies to an
 * item, checking a reply before the preview, and approving or returning replies drafted for jointly commissioned
 * services. Approvers are commissioners of the same team, never the reply's author.
 */
@Service
@PreAuthorize(Access.COMMISSIONER)
public class FeedbackReplyService {

    private final FeedbackScope scope;
    private final FeedbackReplyRepository replies;
    private final ReplyDelivery delivery;
    private final Outbox outbox;
    private final StaffDirectory staff;
    private final AuditLog audit;

    FeedbackReplyService(
            AuditLog audit,
            FeedbackScope scope,
            FeedbackReplyRepository replies,
            ReplyDelivery delivery,
            Outbox outbox,
            StaffDirectory staff) {
        this.audit = audit;
        this.scope = scope;
        this.replies = replies;
        this.delivery = delivery;
        this.outbox = outbox;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public FeedbackReplies repliesTo(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        List<FeedbackReply> all = item.getReplies();
        Map<Long, String> names = staff.displayNames(all.stream()
                .flatMap(r -> Stream.of(r.getAuthorId(), r.getApprovedBy(), r.getReturnedBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<FeedbackReplies.Entry> entries = all.stream()
                .map(r -> new FeedbackReplies.Entry(
                        r.getId(),
                        r.getState(),
                        r.getBody(),
                        r.getEasyReadBody(),
                        names.getOrDefault(r.getAuthorId(), "?"),
                        r.getAuthorId() == me.id(),
                        r.getDraftedAt(),
                        r.getSentAt(),
                        r.getApprovedBy() == null ? null : names.get(r.getApprovedBy()),
                        r.getReturnNote(),
                        r.getReturnedBy() == null ? null : names.get(r.getReturnedBy()),
                        r.getReturnedAt()))
                .toList();
        ContactRequest contact = item.getContact();
        return new FeedbackReplies(
                item.getId(),
                item.getWording(),
                ReplyDelivery.needsApproval(item),
                contact.method() == ReplyMethod.EMAIL && contact.email() != null,
                outbox.canSend(),
                outbox.summaryFor(item.getId()),
                entries);
    }

    /**
     * Checks a reply as it would be sent, without sending it (for the preview).
     *
     * @throws InvalidInputException as {@link FeedbackTriageService#reply(long, String, String)} would
     */
    @Transactional(readOnly = true)
    public void check(long feedbackId, String body, String easyReadBody) {
        delivery.check(inScope(feedbackId, staff.requireCurrentStaff()), body, easyReadBody);
    }

    /**
     * Approves a drafted reply, with the approver's edits: the person sees it, the feedback becomes "replied"
     * and an e-mail is queued if they asked for one.
     *
     * @throws InvalidInputException when the approver wrote it, it is no longer waiting, or a version is missing
     */
    @Transactional
    public void approve(long replyId, String body, String easyReadBody) {
        StaffIdentity me = staff.requireCurrentStaff();
        delivery.approve(replyInScope(replyId, me), me, body, easyReadBody);
        audit.record("reply.approved", "reply", replyId, null);
    }

    /** Returns a drafted reply to its author with a note saying what to change. */
    @Transactional
    public void returnToAuthor(long replyId, String note) {
        StaffIdentity me = staff.requireCurrentStaff();
        delivery.giveBack(replyInScope(replyId, me), me, note);
        audit.record("reply.returned-to-author", "reply", replyId, null);
    }

    /** Drafted replies (by commissioners or provider staff) about services in scope that wait for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<AwaitingReply> awaitingApproval() {
        StaffIdentity me = staff.requireCurrentStaff();
        if (me.team() == null) {
            return List.of();
        }
        List<FeedbackReply> waiting =
                replies.findByStateForServices(ReplyState.AWAITING_APPROVAL, ServiceScope.forSql(scope.serviceIds(me)));
        Map<Long, String> names = staff.displayNames(
                waiting.stream().map(FeedbackReply::getAuthorId).distinct().toList());
        return waiting.stream()
                .map(r -> new AwaitingReply(
                        r.getId(),
                        r.getFeedback().getId(),
                        r.getFeedback().getReferenceCode(),
                        r.getFeedback().getService().getName(),
                        names.getOrDefault(r.getAuthorId(), "?"),
                        r.getAuthorId() == me.id(),
                        r.getDraftedAt(),
                        r.getBody()))
                .toList();
    }

    private FeedbackReply replyInScope(long replyId, StaffIdentity me) {
        FeedbackReply reply =
                replies.findById(replyId).orElseThrow(() -> new IllegalArgumentException("No reply " + replyId));
        inScope(reply.getFeedback().getId(), me);
        return reply;
    }

    /** The same scope as {@link FeedbackTriageService}: the team's services, or no service yet; never safeguarding. */
    private Feedback inScope(long feedbackId, StaffIdentity me) {
        return scope.require(feedbackId, me);
    }
}
