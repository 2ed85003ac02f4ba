package uk.coproduction.portal.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditEvent;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A new plan year is copied from last year's, which keeps its evidence; actions are added and retired (0029). */
@PortalTest
@WithMockUser(username = TestAccounts.ADMIN, roles = Roles.ADMIN)
class PlanAdministrationTest {

    @Autowired
    PlanAdministration administration;

    @Autowired
    PlanService plans;

    @Autowired
    PlanPages pages;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    AuditSearch auditLog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String lastYear;
    private long liveAction;
    private long retiredAction;
    private long linkedFeedback;

    /**
     * Last year's plan of its own: two domains, three outcomes (one with no actions), an action in progress with notes
     * and a linked piece of feedback, and a retired action. No screen makes a plan from nothing (plans come with the
     * portal, decision 0029), so its structure is written as the migrations write the shipped plans; the feedback and
     * its link come the way a commissioner makes them.
     */
    @BeforeEach
    void lastYearsPlan() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        lastYear = "TEST_PLAN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update(
                "insert into plan (code, short_name, title, period, team) values (?, 'Test plan', ?, '2020-21',"
                        + " 'CHILDRENS')",
                lastYear,
                "Test delivery plan " + lastYear);
        long plan = jdbc.queryForObject("select id from plan where code = ?", Long.class, lastYear);
        jdbc.update(
                "insert into plan_domain (plan_id, code, title) values (?, '1', 'Foundations'), (?, '2', 'Provision')",
                plan,
                plan);
        jdbc.update("""
                insert into plan_outcome (domain_id, code, title)
                select id, concat(code, '.1'), concat('Outcome ', code, '.1') from plan_domain where plan_id = ?
                """, plan);
        jdbc.update(
                "insert into plan_outcome (domain_id, code, title) select id, '2.2', 'Outcome 2.2'"
                        + " from plan_domain where plan_id = ? and code = '2'",
                plan);
        jdbc.update("""
                insert into plan_action (outcome_id, code, title, owner, timescale, status, progress_notes, retired)
                select o.id, '1.1.1', 'Train every team', 'Head of SEND', 'By March 2021', 'IN_PROGRESS',
                       'Half the teams trained', false
                from plan_outcome o join plan_domain d on d.id = o.domain_id where d.plan_id = ? and o.code = '1.1'
                """, plan);
        jdbc.update("""
                insert into plan_action (outcome_id, code, title, owner, timescale, status, retired)
                select o.id, '2.1.1', 'An idea that was dropped', 'Nobody', 'Never', 'NOT_STARTED', true
                from plan_outcome o join plan_domain d on d.id = o.domain_id where d.plan_id = ? and o.code = '2.1'
                """, plan);
        liveAction = actionId(lastYear, "1.1.1");
        retiredAction = actionId(lastYear, "2.1.1");
        String reference = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Speech and Language Therapy"), "Training would help"))
                .referenceCode();
        linkedFeedback = fixtures.idOf(reference);
        asCommissioner(() -> triage.linkActions(linkedFeedback, Set.of(liveAction)));
    }

    private PlanPage.Action action(String planCode, String actionCode) {
        return pages.page(planCode).orElseThrow().domains().stream()
                .flatMap(d -> d.outcomes().stream())
                .flatMap(o -> o.actions().stream())
                .filter(a -> a.code().equals(actionCode))
                .findFirst()
                .orElseThrow();
    }

    private long actionId(String planCode, String actionCode) {
        return action(planCode, actionCode).id();
    }

    /** The plan's page, one line per action (or per outcome without one, or per domain without an outcome). */
    private List<String> structure(String planCode) {
        List<String> lines = new ArrayList<>();
        for (PlanPage.Domain d : pages.page(planCode).orElseThrow().domains()) {
            if (d.outcomes().isEmpty()) {
                lines.add(d.code() + " " + d.title() + " / - - / - -");
            }
            for (PlanPage.Outcome o : d.outcomes()) {
                if (o.actions().isEmpty()) {
                    lines.add(d.code() + " " + d.title() + " / " + o.code() + " " + o.title() + " / - -");
                }
                for (PlanPage.Action a : o.actions()) {
                    lines.add(d.code() + " " + d.title() + " / " + o.code() + " " + o.title() + " / " + a.code() + " "
                            + a.title());
                }
            }
        }
        return lines;
    }

    /** The actions the feedback is linked to, as the commissioner's triage screen shows them. */
    private Set<Long> linksOf(long feedbackId) {
        return asCommissioner(() -> triage.open(feedbackId).linkedActionIds());
    }

    /** The audit screen's lines for this object, oldest first, with exactly this action and actor (any when null). */
    private List<AuditEvent> audited(String action, String objectId, String actor) {
        List<AuditEvent> lines = new ArrayList<>(
                auditLog.search(new AuditQuery(actor, action, null, objectId, null, null), 0, 500).stream()
                        .filter(e -> e.action().equals(action)
                                || action.endsWith("-") && e.action().startsWith(action))
                        .filter(e -> actor == null || e.actor().equals(actor))
                        .filter(e -> e.objectId().equals(objectId))
                        .toList());
        return lines.reversed();
    }

    private static <T> T asCommissioner(Supplier<T> work) {
        return SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER, work);
    }

    @Test
    void aNewPlanYearCopiesDomainsOutcomesAndLiveActionsAndLastYearKeepsItsEvidence() {
        List<String> lastYearBefore = structure(lastYear);

        String nextYear = administration.newPlanYear(
                lastYear, new NewPlanYear("Test plan", "Test delivery plan " + lastYear, "2021-22"));

        assertThat(structure(nextYear))
                .containsExactly(
                        "1 Foundations / 1.1 Outcome 1.1 / 1.1.1 Train every team",
                        "2 Provision / 2.1 Outcome 2.1 / - -",
                        "2 Provision / 2.2 Outcome 2.2 / - -");
        PlanPage.Action copied = action(nextYear, "1.1.1");
        assertThat(copied.id()).isNotEqualTo(liveAction);
        assertThat(copied.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(copied.progressNotes()).isNull();
        assertThat(copied.owner()).isEqualTo("Head of SEND");
        assertThat(copied.timescale()).isEqualTo("By March 2021");
        assertThat(copied.retired()).isFalse();
        PlanPage next = pages.page(nextYear).orElseThrow();
        assertThat(next.period()).isEqualTo("2021-22");
        assertThat(next.team()).isEqualTo(Team.CHILDRENS);
        // Which plan it was copied from is shown on no screen; the link itself is what is promised.
        assertThat(jdbc.queryForObject("select copied_from_id from plan where code = ?", Long.class, nextYear))
                .isEqualTo(jdbc.queryForObject("select id from plan where code = ?", Long.class, lastYear));

        // Last year is untouched: the same structure, the action still in progress, its feedback still linked to it.
        assertThat(structure(lastYear)).isEqualTo(lastYearBefore);
        assertThat(action(lastYear, "1.1.1").status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(linksOf(linkedFeedback)).containsExactly(liveAction);
        assertThat(pages.plans()).extracting(PlanListItem::code).contains(lastYear, nextYear);
        assertThat(audited("plan.year-created", nextYear, TestAccounts.ADMIN))
                .singleElement()
                .extracting(AuditEvent::details)
                .asString()
                .contains("copied from " + lastYear)
                .contains("2 domains, 3 outcomes, 1 actions");
    }

    @Test
    void theSamePlanForTheSameYearTwiceAndEmptyFieldsAreRefusedWithTheirFields() {
        administration.newPlanYear(lastYear, new NewPlanYear("Test plan", "Twice " + lastYear, "2021-22"));
        long plansBefore = pages.plans().size();

        InvalidInputException twice = catchThrowableOfType(
                InvalidInputException.class,
                () -> administration.newPlanYear(
                        lastYear, new NewPlanYear("Test plan", "Twice " + lastYear, "2021-22")));
        InvalidInputException empty = catchThrowableOfType(
                InvalidInputException.class, () -> administration.newPlanYear("", new NewPlanYear(" ", "", null)));

        assertThat(twice.problems())
                .extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("workspace.plans.admin.error.period-taken");
        assertThat(empty.problems())
                .extracting(InvalidInputException.Problem::field)
                .containsExactly("copyFrom", "shortName", "title", "period");
        assertThat(pages.plans()).hasSize((int) plansBefore);
    }

    @Test
    void anAddedActionCanBeLinkedAndARetiredOneKeepsItsLinksButIsNoLongerOffered() {
        long added = administration.addAction(
                lastYear,
                "2",
                "2.2",
                new NewAction("2.2.1", "Open a second centre", "Head of provision", "By March 2022"));
        assertThat(plans.actions())
                .extracting(ActionSummary::id)
                .contains(added, liveAction)
                .doesNotContain(retiredAction);
        assertThat(audited("plan.action-added", String.valueOf(added), null)).hasSize(1);

        administration.retireAction(liveAction);

        assertThat(plans.actions()).extracting(ActionSummary::id).doesNotContain(liveAction);
        assertThat(linksOf(linkedFeedback)).containsExactly(liveAction);
        PlanPage.Action onThePage = pages.page(lastYear).orElseThrow().domains().stream()
                .flatMap(d -> d.outcomes().stream())
                .flatMap(o -> o.actions().stream())
                .filter(a -> a.id() == liveAction)
                .findFirst()
                .orElseThrow();
        assertThat(onThePage.retired()).isTrue();
        assertThat(onThePage.voices().total()).isEqualTo(1);

        administration.reinstateAction(liveAction);
        assertThat(plans.actions()).extracting(ActionSummary::id).contains(liveAction);
        assertThat(audited("plan.action-", String.valueOf(liveAction), null))
                .extracting(AuditEvent::action)
                .containsExactly("plan.action-retired", "plan.action-reinstated");
    }

    @Test
    void anActionNumberMustBeNewAndWellFormedAndEveryFieldIsNeeded() {
        InvalidInputException taken = catchThrowableOfType(
                InvalidInputException.class,
                () -> administration.addAction(lastYear, "1", "1.1", new NewAction("1.1.1", "Again", "Me", "Soon")));
        InvalidInputException bad = catchThrowableOfType(
                InvalidInputException.class,
                () -> administration.addAction(lastYear, "1", "1.1", new NewAction("1..x y", " ", "", null)));

        assertThat(taken.problems())
                .extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("workspace.plans.admin.error.code-taken");
        assertThat(bad.problems())
                .extracting(InvalidInputException.Problem::messageKey)
                .containsExactly(
                        "workspace.plans.admin.error.code-form",
                        "workspace.plan.error.title-needed",
                        "workspace.plan.error.owner-needed",
                        "workspace.plan.error.timescale-needed");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void onlyAnAdministratorStartsAPlanYear() {
        assertThatThrownBy(() -> administration.newPlanYear(lastYear, new NewPlanYear("a", "b", "c")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
