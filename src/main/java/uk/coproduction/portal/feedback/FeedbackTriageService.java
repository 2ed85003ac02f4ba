package uk.coproduction.portal.feedback;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A commissioner's work on feedback: the inbox, opening an item, linking it to a service and to plan actions,
 * and replying. Commissioners see their own team's services, and feedback whose service is not known yet.
 */
@Service
@PreAuthorize("hasRole('" + Roles.COMMISSIONER + "')")
public class FeedbackTriageService {

    private final FeedbackRepository feedback;
    private final CommissionedServiceRepository services;
    private final CharterService charter;
    private final PlanService plans;
    private final StaffDirectory staff;
    private final Clock clock;
    private final ReplyDelivery replyDelivery;

    FeedbackTriageService(FeedbackRepository feedback, CommissionedServiceRepository services, CharterService charter,
                          PlanService plans, StaffDirectory staff, Clock clock, ReplyDelivery replyDelivery) {
        this.feedback = feedback;
        this.services = services;
        this.charter = charter;
        this.plans = plans;
        this.staff = staff;
        this.clock = clock;
        this.replyDelivery = replyDelivery;
    }

    /** Newest first, a page at a time; {@code statuses} empty means every status. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(Collection<FeedbackStatus> statuses, int offset, int limit) {
        StaffIdentity me = staff.requireCurrentStaff();
        if (me.team() == null) {
            return List.of();
        }
        return feedback.findInbox(me.team(), orAll(statuses), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    @Transactional(readOnly = true)
    public long countInbox(Collection<FeedbackStatus> statuses) {
        StaffIdentity me = staff.requireCurrentStaff();
        return me.team() == null ? 0 : feedback.countInbox(me.team(), orAll(statuses));
    }

    /** Opens an item; the first time a commissioner opens new feedback it becomes "read". */
    @Transactional
    public FeedbackDetail open(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        item.advanceTo(FeedbackStatus.READ, me.username(), clock.instant());
        return detail(item);
    }

    /** Says which service the feedback is about (when the person was not sure, or chose the wrong one). */
    @Transactional
    public FeedbackDetail assignService(long feedbackId, long serviceId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        CommissionedService service = services.findById(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("No service " + serviceId));
        item.assignService(service);
        return detail(item);
    }

    /** Links the feedback to the plan actions it informs; linking makes it "linked". */
    @Transactional
    public FeedbackDetail linkActions(long feedbackId, Set<Long> actionIds) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        if (!plans.allExist(actionIds)) {
            throw new IllegalArgumentException("Some plan actions do not exist: " + actionIds);
        }
        item.linkActions(actionIds);
        if (!actionIds.isEmpty()) {
            item.advanceTo(FeedbackStatus.LINKED, me.username(), clock.instant());
        }
        return detail(item);
    }

    /** Replies to the person; they see it on their "what happened to my feedback" page. */
    @Transactional
    public FeedbackDetail reply(long feedbackId, String body) {
        return reply(feedbackId, body, null);
    }

    /**
     * Replies in plain English and, when given, in Easy Read. Someone who gave feedback in Easy Read always gets an
     * Easy Read version: without one the reply is refused. About a jointly commissioned service the reply waits for
     * a second commissioner's approval ({@link FeedbackReplyService#approve}); otherwise it is sent at once.
     */
    @Transactional
    public FeedbackDetail reply(long feedbackId, String body, String easyReadBody) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        replyDelivery.write(item, me, body, easyReadBody);
        return detail(item);
    }

    private Feedback inScope(long feedbackId, StaffIdentity me) {
        Feedback item = feedback.findById(feedbackId)
                .filter(f -> !f.isSafeguardingFlag())
                .orElseThrow(() -> new IllegalArgumentException("No feedback " + feedbackId + " outside safeguarding"));
        CommissionedService service = item.getService();
        if (service != null && service.getTeam() != me.team()) {
            throw new AccessDeniedException("Feedback " + feedbackId + " is outside your team's services");
        }
        return item;
    }

    private FeedbackDetail detail(Feedback item) {
        Map<Long, RatingAnswer> ratings = item.getRatings();
        Map<Long, String> tellUsMore = item.getAnswerComments();
        List<FeedbackDetail.Answer> answers = charter.expectations().stream()
                .map(e -> new FeedbackDetail.Answer(e.title(), ratings.get(e.id()), tellUsMore.get(e.id()))).toList();
        Map<Long, String> authors = staff.displayNames(item.getSentReplies().stream().map(FeedbackReply::getAuthorId).toList());
        CommissionedService service = item.getService();
        return new FeedbackDetail(item.getId(), item.getReferenceCode(), item.getSubmittedAt(),
                service == null ? null : service.getId(), service == null ? null : service.getName(),
                item.getArea() == null ? null : item.getArea().getName(), item.getRespondentGroup(), item.getAgeBand(),
                item.getChannel(), item.getStatus(), item.getComment(), answers, item.getChangeWanted(),
                item.getWording(), item.getContact(), item.getReplyMadeSense(), item.getSomethingChanged(),
                plans.actions(item.getLinkedActionIds()),
                item.getSentReplies().stream()
                        .map(r -> new FeedbackDetail.Reply(r.getBody(), r.getEasyReadBody(),
                                authors.getOrDefault(r.getAuthorId(), "?"), r.getSentAt()))
                        .toList(),
                item.getStatusChanges().stream()
                        .map(c -> new FeedbackDetail.HistoryEntry(c.getFromStatus(), c.getToStatus(), c.getChangedBy(), c.getChangedAt()))
                        .toList());
    }

    private static Collection<FeedbackStatus> orAll(Collection<FeedbackStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? EnumSet.allOf(FeedbackStatus.class) : statuses;
    }
}
