package uk.coproduction.portal.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A new plan year is copied from last year's, which keeps its evidence; actions are added and retired (0029). */
@PortalTest
@WithMockUser(username = TestAccounts.ADMIN, roles = Roles.ADMIN)
class PlanAdministrationTest {

    @Autowired PlanAdministration administration;
    @Autowired PlanService plans;
    @Autowired PlanPages pages;
    @Autowired FeedbackSubmissionService submissions;
    @Autowired FeedbackFixtures fixtures;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    private String lastYear;
    private long liveAction;
    private long retiredAction;
    private long linkedFeedback;

    /**
     * Last year's plan of its own: two domains, three outcomes (one with no actions), an action in progress with notes
     * and a linked piece of feedback, and a retired action.
     */
    @BeforeEach
    void lastYearsPlan() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        lastYear = "TEST_PLAN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("insert into plan (code, short_name, title, period, team) values (?, 'Test plan', ?, '2020-21',"
                + " 'CHILDRENS')", lastYear, "Test delivery plan " + lastYear);
        long plan = jdbc.queryForObject("select id from plan where code = ?", Long.class, lastYear);
        jdbc.update("insert into plan_domain (plan_id, code, title) values (?, '1', 'Foundations'), (?, '2', 'Provision')",
                plan, plan);
        jdbc.update("""
                insert into plan_outcome (domain_id, code, title)
                select id, concat(code, '.1'), concat('Outcome ', code, '.1') from plan_domain where plan_id = ?
                """, plan);
        jdbc.update("insert into plan_outcome (domain_id, code, title) select id, '2.2', 'Outcome 2.2'"
                + " from plan_domain where plan_id = ? and code = '2'", plan);
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
        String reference = submissions.submit(fixtures.youngPersonAbout(
                fixtures.serviceNamed("Speech and Language Therapy"), "Training would help")).referenceCode();
        linkedFeedback = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, reference);
        jdbc.update("insert into feedback_plan_action (feedback_id, action_id) values (?, ?)", linkedFeedback, liveAction);
    }

    private long actionId(String planCode, String actionCode) {
        return jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = ? and a.code = ?
                """, Long.class, planCode, actionCode);
    }

    private List<String> structure(String planCode) {
        return jdbc.queryForList("""
                select concat(d.code, ' ', d.title, ' / ', coalesce(o.code, '-'), ' ', coalesce(o.title, '-'), ' / ',
                              coalesce(a.code, '-'), ' ', coalesce(a.title, '-'))
                from plan p join plan_domain d on d.plan_id = p.id left join plan_outcome o on o.domain_id = d.id
                left join plan_action a on a.outcome_id = o.id where p.code = ? order by d.code, o.code, a.code
                """, String.class, planCode);
    }

    @Test
    void aNewPlanYearCopiesDomainsOutcomesAndLiveActionsAndLastYearKeepsItsEvidence() {
        List<String> lastYearBefore = structure(lastYear);

        String nextYear = administration.newPlanYear(lastYear,
                new NewPlanYear("Test plan", "Test delivery plan " + lastYear, "2021-22"));

        assertThat(structure(nextYear)).containsExactly(
                "1 Foundations / 1.1 Outcome 1.1 / 1.1.1 Train every team",
                "2 Provision / 2.1 Outcome 2.1 / - -",
                "2 Provision / 2.2 Outcome 2.2 / - -");
        long copied = actionId(nextYear, "1.1.1");
        assertThat(copied).isNotEqualTo(liveAction);
        assertThat(jdbc.queryForMap("select status, progress_notes, owner, timescale, retired from plan_action where id = ?",
                copied)).containsEntry("status", "NOT_STARTED").containsEntry("progress_notes", null)
                .containsEntry("owner", "Head of SEND").containsEntry("timescale", "By March 2021")
                .containsEntry("retired", false);
        assertThat(jdbc.queryForMap("select period, team, copied_from_id from plan where code = ?", nextYear))
                .containsEntry("period", "2021-22").containsEntry("team", "CHILDRENS")
                .containsEntry("copied_from_id", jdbc.queryForObject("select id from plan where code = ?", Long.class, lastYear));

        // Last year is untouched: the same structure, the action still in progress, its feedback still linked to it.
        assertThat(structure(lastYear)).isEqualTo(lastYearBefore);
        assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, liveAction))
                .isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForList("select action_id from feedback_plan_action where feedback_id = ?", Long.class,
                linkedFeedback)).containsExactly(liveAction);
        assertThat(pages.plans()).extracting(PlanListItem::code).contains(lastYear, nextYear);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'plan.year-created'"
                + " and object_id = ? and actor = ?", String.class, nextYear, TestAccounts.ADMIN))
                .contains("copied from " + lastYear).contains("2 domains, 3 outcomes, 1 actions");
    }

    @Test
    void theSamePlanForTheSameYearTwiceAndEmptyFieldsAreRefusedWithTheirFields() {
        administration.newPlanYear(lastYear, new NewPlanYear("Test plan", "Twice " + lastYear, "2021-22"));
        long plansBefore = jdbc.queryForObject("select count(*) from plan", Long.class);

        InvalidInputException twice = catchThrowableOfType(InvalidInputException.class, () ->
                administration.newPlanYear(lastYear, new NewPlanYear("Test plan", "Twice " + lastYear, "2021-22")));
        InvalidInputException empty = catchThrowableOfType(InvalidInputException.class, () ->
                administration.newPlanYear("", new NewPlanYear(" ", "", null)));

        assertThat(twice.problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("workspace.plans.admin.error.period-taken");
        assertThat(empty.problems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("copyFrom", "shortName", "title", "period");
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(plansBefore);
    }

    @Test
    void anAddedActionCanBeLinkedAndARetiredOneKeepsItsLinksButIsNoLongerOffered() {
        long added = administration.addAction(lastYear, "2", "2.2",
                new NewAction("2.2.1", "Open a second centre", "Head of provision", "By March 2022"));
        assertThat(plans.actions()).extracting(ActionSummary::id).contains(added, liveAction).doesNotContain(retiredAction);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'plan.action-added'"
                + " and object_id = ?", Long.class, String.valueOf(added))).isEqualTo(1);

        administration.retireAction(liveAction);

        assertThat(plans.actions()).extracting(ActionSummary::id).doesNotContain(liveAction);
        assertThat(jdbc.queryForList("select action_id from feedback_plan_action where feedback_id = ?", Long.class,
                linkedFeedback)).containsExactly(liveAction);
        PlanPage.Action onThePage = pages.page(lastYear).orElseThrow().domains().stream()
                .flatMap(d -> d.outcomes().stream()).flatMap(o -> o.actions().stream())
                .filter(a -> a.id() == liveAction).findFirst().orElseThrow();
        assertThat(onThePage.retired()).isTrue();
        assertThat(onThePage.voices().total()).isEqualTo(1);

        administration.reinstateAction(liveAction);
        assertThat(plans.actions()).extracting(ActionSummary::id).contains(liveAction);
        assertThat(jdbc.queryForList("select action from audit_event where object_id = ? and action like 'plan.action-%'"
                + " order by id", String.class, String.valueOf(liveAction)))
                .containsExactly("plan.action-retired", "plan.action-reinstated");
    }

    @Test
    void anActionNumberMustBeNewAndWellFormedAndEveryFieldIsNeeded() {
        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class, () ->
                administration.addAction(lastYear, "1", "1.1", new NewAction("1.1.1", "Again", "Me", "Soon")));
        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class, () ->
                administration.addAction(lastYear, "1", "1.1", new NewAction("1..x y", " ", "", null)));

        assertThat(taken.problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("workspace.plans.admin.error.code-taken");
        assertThat(bad.problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("workspace.plans.admin.error.code-form", "workspace.plan.error.title-needed",
                        "workspace.plan.error.owner-needed", "workspace.plan.error.timescale-needed");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void onlyAnAdministratorStartsAPlanYear() {
        assertThatThrownBy(() -> administration.newPlanYear(lastYear, new NewPlanYear("a", "b", "c")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
