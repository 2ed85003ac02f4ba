package uk.coproduction.portal.feedback;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A commissioner's work on feedback: the inbox, opening an item, linking it to a service and to plan actions,
 * and replying. Commissioners see their own team's services, and feedback whose service is not known yet.
 */
@Service
@PreAuthorize(Access.COMMISSIONER)
public class FeedbackTriageService {

    private final FeedbackRepository feedback;
    private final CommissionedServiceRepository services;
    private final CharterService charter;
    private final KnownActions plans;
    private final StaffDirectory staff;
    private final Clock clock;
    private final InboxQueries inboxQueries;
    private final FeedbackScope scope;
    private final WorkingDays workingDays;
    private final ReplyDelivery replyDelivery;
    private final AuditLog audit;
    private final ThemeTags themeTags;

    FeedbackTriageService(
            AuditLog audit,
            FeedbackRepository feedback,
            CommissionedServiceRepository services,
            CharterService charter,
            KnownActions plans,
            StaffDirectory staff,
            Clock clock,
            InboxQueries inboxQueries,
            FeedbackScope scope,
            WorkingDays workingDays,
            ReplyDelivery replyDelivery,
            ThemeTags themeTags) {
        this.audit = audit;
        this.feedback = feedback;
        this.services = services;
        this.charter = charter;
        this.plans = plans;
        this.staff = staff;
        this.clock = clock;
        this.inboxQueries = inboxQueries;
        this.scope = scope;
        this.workingDays = workingDays;
        this.replyDelivery = replyDelivery;
        this.themeTags = themeTags;
    }

    /** Newest first, a page at a time; {@code statuses} empty means every status. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(Collection<FeedbackStatus> statuses, int offset, int limit) {
        return inbox(InboxFilter.statuses(statuses == null ? Set.of() : Set.copyOf(statuses)), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countInbox(Collection<FeedbackStatus> statuses) {
        return countInbox(InboxFilter.statuses(statuses == null ? Set.of() : Set.copyOf(statuses)));
    }

    /**
     * The inbox narrowed by {@code filter}, newest first, a page at a time.
     *
     * @throws InvalidInputException when the "to" date is before the "from" date
     */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(InboxFilter filter, int offset, int limit) {
        StaffIdentity me = staff.requireCurrentStaff();
        if (me.team() == null) {
            return List.of();
        }
        return inboxQueries.page(inboxOf(me, check(filter)), today(), Math.max(offset, 0), Math.max(limit, 1));
    }

    @Transactional(readOnly = true)
    public long countInbox(InboxFilter filter) {
        StaffIdentity me = staff.requireCurrentStaff();
        return me.team() == null ? 0 : inboxQueries.count(inboxOf(me, check(filter)));
    }

    /** How many of the items the signed-in commissioner owns are overdue. */
    @Transactional(readOnly = true)
    public long countMyOverdue() {
        StaffIdentity me = staff.requireCurrentStaff();
        return me.team() == null
                ? 0
                : inboxQueries.count(InboxSpecifications.visibleTo(scope.serviceIds(me))
                        .and(InboxSpecifications.overdueFor(me.username(), today())));
    }

    /** Opens an item; the first time a commissioner opens new feedback it becomes "read", and theirs if nobody's. */
    @Transactional
    public FeedbackDetail open(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        item.advanceTo(FeedbackStatus.READ, me.username(), clock.instant());
        item.claimIfUnowned(me.username());
        audit.record("feedback.opened", "feedback", feedbackId, null);
        return detail(item);
    }

    /** Reply-by date, owner and the statuses the item can move to. */
    @Transactional(readOnly = true)
    public TriageState triageState(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        return state(inScope(feedbackId, me), me);
    }

    /** The signed-in commissioner looks after this item from now on. */
    @Transactional
    public TriageState takeOwnership(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        item.takeOwnership(me.username());
        return state(item, me);
    }

    /**
     * Moves the item on to a later status, recording who and when. Each status needs its fact: "linked" and "change
     * planned" a linked plan action, "replied" a reply sent, "change made" a change recorded on a linked action.
     * "Closed" goes through {@link #close} (no reason given here).
     *
     * @throws InvalidInputException saying what to do first
     */
    @Transactional
    public FeedbackDetail changeStatus(long feedbackId, FeedbackStatus target) {
        if (target == FeedbackStatus.CLOSED) {
            return close(feedbackId, null);
        }
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        checkLater(item, target);
        String missing = missingFact(item, target);
        if (missing != null) {
            throw InvalidInputException.of("status", missing);
        }
        item.advanceTo(target, me.username(), clock.instant());
        audit.record("feedback.status-changed", "feedback", feedbackId, "to " + target);
        return detail(item);
    }

    /**
     * Closes the item. With no reply sent, no plan action linked and no change recorded, a reason is needed: the
     * person reads it on /track. The item stays in the reply figures either way (closing is not replying).
     *
     * @throws InvalidInputException when the reason is needed and missing, or too long
     */
    @Transactional
    public FeedbackDetail close(long feedbackId, String reason) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        checkLater(item, FeedbackStatus.CLOSED);
        String why = TextInput.clean(reason);
        if (why != null && why.length() > 1000) {
            throw InvalidInputException.of("reason", "workspace.triage.error.reason-too-long");
        }
        if (why == null && needsCloseReason(item)) {
            throw InvalidInputException.of("reason", "workspace.triage.error.reason-required");
        }
        item.close(why, me.username(), clock.instant());
        audit.record(
                "feedback.status-changed", "feedback", feedbackId, "to CLOSED" + (why == null ? "" : "; reason given"));
        return detail(item);
    }

    private static void checkLater(Feedback item, FeedbackStatus target) {
        if (target == null) {
            throw InvalidInputException.of("status", "workspace.triage.error.status-required");
        }
        if (!item.getStatus().isBefore(target)) {
            throw InvalidInputException.of("status", "workspace.triage.error.status-not-later");
        }
    }

    /** The message key saying which fact the status needs first, or null when the fact is there. */
    private String missingFact(Feedback item, FeedbackStatus target) {
        boolean linked = !item.getLinkedActionIds().isEmpty();
        return switch (target) {
            case LINKED, CHANGE_PLANNED -> linked ? null : "workspace.triage.error.needs-action";
            case REPLIED -> item.getSentReplies().isEmpty() ? "workspace.triage.error.needs-reply" : null;
            case CHANGE_MADE ->
                linked && feedback.countRecordedChanges(item.getId()) > 0
                        ? null
                        : "workspace.triage.error.needs-change";
            default -> null;
        };
    }

    /** No reply sent, no plan action linked, no change recorded: closing it needs a reason. */
    private boolean needsCloseReason(Feedback item) {
        return item.getSentReplies().isEmpty()
                && item.getLinkedActionIds().isEmpty()
                && feedback.countRecordedChanges(item.getId()) == 0;
    }

    /** Says which service the feedback is about (when the person was not sure, or chose the wrong one). */
    @Transactional
    public FeedbackDetail assignService(long feedbackId, long serviceId) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        CommissionedService service =
                services.findById(serviceId).orElseThrow(() -> new IllegalArgumentException("No service " + serviceId));
        item.assignService(service);
        item.scheduleReply(workingDays);
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
        audit.record(
                "reply.written",
                "feedback",
                feedbackId,
                ReplyDelivery.needsApproval(item) ? "awaiting approval" : "sent");
        return detail(item);
    }

    private Feedback inScope(long feedbackId, StaffIdentity me) {
        return scope.require(feedbackId, me);
    }

    private TriageState state(Feedback item, StaffIdentity me) {
        // Only the statuses whose facts are there are offered.
        List<FeedbackStatus> next = Arrays.stream(FeedbackStatus.values())
                .filter(item.getStatus()::isBefore)
                .filter(s -> missingFact(item, s) == null)
                .toList();
        return new TriageState(
                item.getId(),
                item.getStatus(),
                next,
                item.getReplyBy(),
                item.isOverdue(today()),
                item.getOwner(),
                me.username().equals(item.getOwner()),
                needsCloseReason(item),
                item.isReceivedLate());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDays.UK));
    }

    private Specification<Feedback> inboxOf(StaffIdentity me, InboxFilter filter) {
        return InboxSpecifications.visibleTo(scope.serviceIds(me))
                .and(InboxSpecifications.matching(filter, me.username(), today(), themeTags));
    }

    private static InboxFilter check(InboxFilter filter) {
        InboxFilter checked = filter == null ? InboxFilter.NONE : filter;
        if (checked.from() != null && checked.to() != null && checked.to().isBefore(checked.from())) {
            throw InvalidInputException.of("to", "workspace.inbox.error.dates");
        }
        return checked;
    }

    private FeedbackDetail detail(Feedback item) {
        Map<Long, RatingAnswer> ratings = item.getRatings();
        Map<Long, String> tellUsMore = item.getAnswerComments();
        List<FeedbackDetail.Answer> answers = charter.expectations().stream()
                .map(e -> new FeedbackDetail.Answer(e.title(), ratings.get(e.id()), tellUsMore.get(e.id())))
                .toList();
        Map<Long, String> authors = staff.displayNames(
                item.getSentReplies().stream().map(FeedbackReply::getAuthorId).toList());
        CommissionedService service = item.getService();
        return new FeedbackDetail(
                item.getId(),
                item.getReferenceCode(),
                item.getSubmittedAt(),
                service == null ? null : service.getId(),
                service == null ? null : service.getName(),
                item.getArea() == null ? null : item.getArea().getName(),
                item.getRespondentGroup(),
                item.getAgeBand(),
                item.getChannel(),
                item.getStatus(),
                item.getComment(),
                answers,
                item.getChangeWanted(),
                item.getWording(),
                item.getContact(),
                item.getReplyMadeSense(),
                item.getSomethingChanged(),
                Set.copyOf(item.getLinkedActionIds()),
                item.getSentReplies().stream()
                        .map(r -> new FeedbackDetail.Reply(
                                r.getBody(),
                                r.getEasyReadBody(),
                                authors.getOrDefault(r.getAuthorId(), "?"),
                                r.getSentAt()))
                        .toList(),
                item.getStatusChanges().stream()
                        .map(c -> new FeedbackDetail.HistoryEntry(
                                c.getFromStatus(), c.getToStatus(), c.getChangedBy(), c.getChangedAt()))
                        .toList(),
                item.getReceivedAt(),
                item.isReceivedLate());
    }
}
