package uk.coproduction.portal.plans;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.reporting.Condition;
import uk.coproduction.portal.reporting.Voices;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Changes made under plan actions, and the feedback that led to them. Only feedback already linked to the action can
 * be named ("no unsupported claims"); naming it moves the feedback to "change made". A change is published for the
 * public "You said, we did" page only when it has both a plain and an Easy Read summary.
 */
@Service
public class ChangeService {

    /** Counted feedback: decision 0046's rule, written once in {@link Voices}. */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    static final int WHAT_CHANGED_MAX = 2000;
    static final int EASY_READ_MAX = 1000;
    static final int DONE_BY_MAX = 200;
    /** Easy Read: one idea per sentence, each under 15 words. */
    static final int EASY_READ_WORDS_PER_SENTENCE = 15;

    private final PlanChangeRepository changes;
    private final PlanActionRepository actions;
    private final FeedbackItems feedback;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ServiceScope serviceScope;
    private final AuditLog audit;

    ChangeService(
            PlanChangeRepository changes,
            PlanActionRepository actions,
            FeedbackItems feedback,
            StaffDirectory staff,
            JdbcClient jdbc,
            Clock clock,
            ServiceScope serviceScope,
            AuditLog audit) {
        this.audit = audit;
        this.changes = changes;
        this.actions = actions;
        this.feedback = feedback;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
        this.serviceScope = serviceScope;
    }

    /** Records a change on an action; each named feedback moves to "change made", with who and when. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ChangeSummary record(NewChange change) {
        StaffIdentity me = staff.requireCurrentStaff();
        if (!actions.existsById(change.actionId())) {
            throw new IllegalArgumentException("No plan action " + change.actionId());
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String what = TextInput.clean(change.whatChanged());
        if (what == null) {
            problems.add(new InvalidInputException.Problem("whatChanged", "workspace.change.error.what-needed"));
        } else if (what.length() > WHAT_CHANGED_MAX) {
            problems.add(new InvalidInputException.Problem("whatChanged", "workspace.change.error.what-too-long"));
        }
        String easyRead = TextInput.clean(change.easyRead());
        if (easyRead != null) {
            checkEasyRead(easyRead, problems);
        }
        LocalDate today = LocalDate.now(clock);
        if (change.changedOn() == null) {
            problems.add(new InvalidInputException.Problem("changedOn", "workspace.change.error.date-needed"));
        } else if (change.changedOn().isAfter(today)) {
            problems.add(new InvalidInputException.Problem("changedOn", "workspace.change.error.date-future"));
        }
        String doneBy = TextInput.clean(change.doneBy());
        if (doneBy == null) {
            problems.add(new InvalidInputException.Problem("doneBy", "workspace.change.error.done-by-needed"));
        } else if (doneBy.length() > DONE_BY_MAX) {
            problems.add(new InvalidInputException.Problem("doneBy", "workspace.change.error.done-by-too-long"));
        }
        if (change.serviceId() != null) {
            Team serviceTeam = serviceTeam(change.serviceId());
            if (serviceTeam == null) {
                throw new IllegalArgumentException("No service " + change.serviceId());
            }
            if (!serviceScope.commissionerCovers(me, change.serviceId())) {
                throw new AccessDeniedException("Service " + change.serviceId() + " is outside your services");
            }
        }
        Set<Long> named = change.feedbackIds() == null ? Set.of() : Set.copyOf(change.feedbackIds());
        Set<Long> linkedInScope = new HashSet<>(linkedFeedbackIds(change.actionId(), me));
        if (!linkedInScope.containsAll(named)) {
            problems.add(new InvalidInputException.Problem("feedback", "workspace.change.error.feedback-not-linked"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        PlanChange saved = changes.save(new PlanChange(
                change.actionId(),
                change.serviceId(),
                what,
                easyRead,
                change.changedOn(),
                doneBy,
                named,
                me.username(),
                now));
        feedback.changeMade(named, me.username(), now);
        changes.flush();
        audit.record(
                "plan.change-recorded",
                "plan-change",
                saved.getId(),
                "action " + change.actionId() + ", service " + change.serviceId() + ", feedback " + named);
        return summaries(List.of(saved.getId())).getFirst();
    }

    /**
     * Publishes a change on the public "You said, we did" page. It needs an Easy Read summary: the one given here,
     * or the one written when the change was recorded; without one publishing is refused.
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ChangeSummary publish(long changeId, String easyRead) {
        PlanChange change = ownChange(changeId);
        String text = TextInput.clean(easyRead);
        String easy = text != null ? text : change.getEasyRead();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (easy == null) {
            problems.add(new InvalidInputException.Problem("easyRead", "workspace.change.error.easy-read-to-publish"));
        } else {
            checkEasyRead(easy, problems);
        }
        if (change.getWhatChanged() == null) {
            problems.add(new InvalidInputException.Problem("whatChanged", "workspace.change.error.what-needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        change.publish(easy);
        changes.flush();
        audit.record("you-said-we-did.published", "plan-change", changeId, "published on You said, we did");
        return summaries(List.of(changeId)).getFirst();
    }

    /** Takes a change off the public page; it stays recorded. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ChangeSummary unpublish(long changeId) {
        ownChange(changeId).unpublish();
        changes.flush();
        audit.record("you-said-we-did.unpublished", "plan-change", changeId, "taken off You said, we did");
        return summaries(List.of(changeId)).getFirst();
    }

    /** The changes recorded on these actions, newest first. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ChangeSummary> forActions(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return withFeedback(changes.findRowsForActions(actionIds));
    }

    /** The changes to a service: recorded against it, or led to by feedback about it. Newest first. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ChangeSummary> forService(long serviceId) {
        Voices f = Voices.feedback("f");
        Condition about = f.counted().and(f.aboutService(serviceId));
        List<Long> ids = jdbc.sql("""
                        SELECT pc.id FROM plan_change pc WHERE pc.service_id = :service
                        UNION
                        SELECT pcf.change_id FROM plan_change_feedback pcf JOIN feedback f ON f.id = pcf.feedback_id
                        WHERE\s""" + about.sql())
                .param("service", serviceId)
                .params(about.parameters())
                .query(Long.class)
                .list();
        return summaries(ids);
    }

    /** The feedback (outside safeguarding, in the signed-in commissioner's scope) linked to an action. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<LinkedFeedback> feedbackLinkedTo(long actionId) {
        StaffIdentity me = staff.requireCurrentStaff();
        return jdbc.sql("""
                        SELECT f.id, f.reference_code, f.status FROM feedback_plan_action fpa
                        JOIN feedback f ON f.id = fpa.feedback_id LEFT JOIN commissioned_service s ON s.id = f.service_id
                        WHERE fpa.action_id = :action AND \s""" + COUNTED + """
                        \sAND (s.id IS NULL OR s.id IN (:scoped))
                        ORDER BY f.submitted_at DESC, f.id DESC
                        """)
                .param("action", actionId)
                .param("scoped", ServiceScope.forSql(serviceScope.commissionedBy(me)))
                .query((rs, n) -> new LinkedFeedback(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The actions on which a change names this feedback: the feedback has to stay linked to them. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public Set<Long> actionsWithChangesNaming(long feedbackId) {
        return new HashSet<>(
                jdbc.sql("""
                        SELECT DISTINCT pc.action_id FROM plan_change pc
                        JOIN plan_change_feedback pcf ON pcf.change_id = pc.id WHERE pcf.feedback_id = :feedback
                        """).param("feedback", feedbackId).query(Long.class).list());
    }

    private List<ChangeSummary> summaries(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : withFeedback(changes.findRows(ids));
    }

    private List<ChangeSummary> withFeedback(List<ChangeRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // Reference codes identify a person's feedback: a commissioner sees only those in their scope (decision 0009).
        StaffIdentity me = staff.requireCurrentStaff();
        Map<Long, List<String>> references = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT pcf.change_id, f.reference_code FROM plan_change_feedback pcf
                        JOIN feedback f ON f.id = pcf.feedback_id
                        WHERE pcf.change_id IN (:ids) AND \s""" + COUNTED + """
                        \s
                          AND (:every OR f.service_id IS NULL OR f.service_id IN (:scoped))
                        ORDER BY f.reference_code
                        """)
                .param("ids", rows.stream().map(ChangeRow::id).toList())
                .param("every", me.hasRole(Roles.ADMIN))
                .param("scoped", ServiceScope.forSql(serviceScope.commissionedBy(me)))
                .query((RowCallbackHandler) rs -> references
                        .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2)));
        return rows.stream()
                .map(r -> r.withFeedback(List.copyOf(references.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    /** A change the signed-in commissioner may publish: its plan or its service belongs to their team. */
    private PlanChange ownChange(long changeId) {
        StaffIdentity me = staff.requireCurrentStaff();
        PlanChange change =
                changes.findById(changeId).orElseThrow(() -> new IllegalArgumentException("No change " + changeId));
        String planTeam = jdbc.sql("""
                        SELECT p.team FROM plan_action a JOIN plan_outcome o ON o.id = a.outcome_id
                        JOIN plan_domain d ON d.id = o.domain_id JOIN plan p ON p.id = d.plan_id WHERE a.id = :action
                        """)
                .param("action", change.getActionId())
                .query(String.class)
                .single();
        boolean serviceInScope =
                change.getServiceId() != null && serviceScope.commissionerCovers(me, change.getServiceId());
        if (me.team() == null || !(me.team().name().equals(planTeam) || serviceInScope)) {
            throw new AccessDeniedException("Change " + changeId + " is outside your team's plans and your services");
        }
        return change;
    }

    private List<Long> linkedFeedbackIds(long actionId, StaffIdentity me) {
        return jdbc.sql("""
                        SELECT f.id FROM feedback_plan_action fpa JOIN feedback f ON f.id = fpa.feedback_id
                        LEFT JOIN commissioned_service s ON s.id = f.service_id
                        WHERE fpa.action_id = :action AND \s""" + COUNTED + """
                        \sAND (s.id IS NULL OR s.id IN (:scoped))
                        """)
                .param("action", actionId)
                .param("scoped", ServiceScope.forSql(serviceScope.commissionedBy(me)))
                .query(Long.class)
                .list();
    }

    private Team serviceTeam(long serviceId) {
        return jdbc.sql("SELECT team FROM commissioned_service WHERE id = :id")
                .param("id", serviceId)
                .query(String.class)
                .optional()
                .map(Team::valueOf)
                .orElse(null);
    }

    /** Easy Read: not too long, and every sentence under 15 words. */
    static void checkEasyRead(String text, List<InvalidInputException.Problem> problems) {
        if (text.length() > EASY_READ_MAX) {
            problems.add(new InvalidInputException.Problem("easyRead", "workspace.change.error.easy-read-too-long"));
            return;
        }
        boolean longSentence = Stream.of(text.split("[.!?](\\s|$)|\\n"))
                .map(sentence -> Stream.of(sentence.trim().split("\\s+"))
                        .filter(word -> word.matches(".*[\\p{L}\\p{N}].*"))
                        .count())
                .anyMatch(words -> words >= EASY_READ_WORDS_PER_SENTENCE);
        if (longSentence) {
            problems.add(new InvalidInputException.Problem("easyRead", "workspace.change.error.easy-read-sentences"));
        }
    }
}
