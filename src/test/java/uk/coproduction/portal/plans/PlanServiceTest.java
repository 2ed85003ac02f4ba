package uk.coproduction.portal.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class PlanServiceTest {

    static final String ADMIN = "test.admin";

    @Autowired
    PlanService plans;
    @Autowired
    PlanPages pages;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anAdministratorEditsAnActionsTitleOwnerTimescaleStatusAndProgressNotes() {
        long id = marketPositionStatement();
        Map<String, Object> before = jdbc.queryForMap("select title, owner, timescale, status, progress_notes from plan_action where id = ?", id);
        try {
            plans.editAction(id, new ActionEdit("  Publish a market position statement for LD&A services ",
                    "Head of LD&A Commissioning (KCC)", "By September 2022", ActionStatus.IN_PROGRESS,
                    "Draft shared with providers in July.\nFinal version after the provider forum."));

            PlanPage.Action action = pages.page("LDA_STRATEGY").orElseThrow().domains().stream()
                    .flatMap(d -> d.outcomes().stream()).flatMap(o -> o.actions().stream())
                    .filter(a -> a.id() == id).findFirst().orElseThrow();
            assertThat(action.title()).isEqualTo("Publish a market position statement for LD&A services");
            assertThat(action.owner()).isEqualTo("Head of LD&A Commissioning (KCC)");
            assertThat(action.timescale()).isEqualTo("By September 2022");
            assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(action.progressNotes()).isEqualTo("Draft shared with providers in July.\nFinal version after the provider forum.");
        } finally {
            jdbc.update("update plan_action set title = ?, owner = ?, timescale = ?, status = ?, progress_notes = ? where id = ?",
                    before.get("title"), before.get("owner"), before.get("timescale"), before.get("status"),
                    before.get("progress_notes"), id);
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anActionWithoutTitleOwnerOrStatusIsRefusedWithAMessageForEachAndNothingChanges() {
        long id = marketPositionStatement();
        String title = jdbc.queryForObject("select title from plan_action where id = ?", String.class, id);

        assertThatThrownBy(() -> plans.editAction(id, new ActionEdit(" ", "", "By June 2022", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInputException.Problem("title", "workspace.plan.error.title-needed"),
                        new InvalidInputException.Problem("owner", "workspace.plan.error.owner-needed"),
                        new InvalidInputException.Problem("status", "workspace.plan.error.status-needed")));
        assertThatThrownBy(() -> plans.editAction(id, new ActionEdit(title, "Owner", "x".repeat(101),
                ActionStatus.DONE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInputException.Problem("timescale", "workspace.plan.error.timescale-too-long")));
        assertThat(jdbc.queryForObject("select title from plan_action where id = ?", String.class, id)).isEqualTo(title);
        assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, id)).isEqualTo("NOT_STARTED");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotEditAnAction() {
        long id = marketPositionStatement();

        assertThatThrownBy(() -> plans.editAction(id, new ActionEdit("Changed", "Someone", "Soon", ActionStatus.DONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, id)).isEqualTo("NOT_STARTED");
    }

    /** LD&A plan 4.2.1, seeded NOT_STARTED; edits are put back so other tests see the seed. */
    private long marketPositionStatement() {
        return jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id join plan_domain d on d.id = o.domain_id
                join plan p on p.id = d.plan_id where p.code = 'LDA_STRATEGY' and a.code = '4.2.1'
                """, Long.class);
    }
}
