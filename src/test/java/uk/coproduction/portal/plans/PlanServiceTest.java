package uk.coproduction.portal.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class PlanServiceTest {

    static final String ADMIN = "test.admin";

    @Autowired
    PlanService plans;

    @Autowired
    PlanPages pages;

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anAdministratorEditsAnActionsTitleOwnerTimescaleStatusAndProgressNotes() {
        PlanPage.Action before = marketPositionStatement();
        long id = before.id();
        try {
            plans.editAction(
                    id,
                    new ActionEdit(
                            "  Publish a market position statement for LD&A services ",
                            "Head of LD&A Commissioning (KCC)",
                            "By September 2022",
                            ActionStatus.IN_PROGRESS,
                            "Draft shared with providers in July.\nFinal version after the provider forum."));

            PlanPage.Action action = marketPositionStatement();
            assertThat(action.title()).isEqualTo("Publish a market position statement for LD&A services");
            assertThat(action.owner()).isEqualTo("Head of LD&A Commissioning (KCC)");
            assertThat(action.timescale()).isEqualTo("By September 2022");
            assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(action.progressNotes())
                    .isEqualTo("Draft shared with providers in July.\nFinal version after the provider forum.");
        } finally {
            plans.editAction(
                    id,
                    new ActionEdit(
                            before.title(),
                            before.owner(),
                            before.timescale(),
                            before.status(),
                            before.progressNotes()));
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anActionWithoutTitleOwnerOrStatusIsRefusedWithAMessageForEachAndNothingChanges() {
        long id = marketPositionStatement().id();
        String title = marketPositionStatement().title();

        assertThatThrownBy(() -> plans.editAction(id, new ActionEdit(" ", "", "By June 2022", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new InvalidInputException.Problem("title", "workspace.plan.error.title-needed"),
                                        new InvalidInputException.Problem("owner", "workspace.plan.error.owner-needed"),
                                        new InvalidInputException.Problem(
                                                "status", "workspace.plan.error.status-needed")));
        assertThatThrownBy(() ->
                        plans.editAction(id, new ActionEdit(title, "Owner", "x".repeat(101), ActionStatus.DONE, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "timescale", "workspace.plan.error.timescale-too-long")));
        assertThat(marketPositionStatement().title()).isEqualTo(title);
        assertThat(marketPositionStatement().status()).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotEditAnAction() {
        long id = marketPositionStatement().id();

        assertThatThrownBy(() ->
                        plans.editAction(id, new ActionEdit("Changed", "Someone", "Soon", ActionStatus.DONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(marketPositionStatement().status()).isEqualTo(ActionStatus.NOT_STARTED);
    }

    /**
     * LD&A plan 4.2.1 as its page shows it, seeded NOT_STARTED; edits are put back so other tests see the seed.
     */
    private PlanPage.Action marketPositionStatement() {
        return pages.page("LDA_STRATEGY").orElseThrow().domains().stream()
                .flatMap(d -> d.outcomes().stream())
                .flatMap(o -> o.actions().stream())
                .filter(a -> a.code().equals("4.2.1"))
                .findFirst()
                .orElseThrow();
    }
}
