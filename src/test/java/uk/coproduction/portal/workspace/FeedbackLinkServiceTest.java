package uk.coproduction.portal.workspace;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ObjectiveSummary;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class FeedbackLinkServiceTest {

    @Autowired
    FeedbackLinkService links;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    PlanService plans;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerLinksFeedbackToTwoServicesAndAPlanActionAndItBecomesLinked() {
        ServiceSummary speech = fixtures.serviceNamed("Speech and Language Therapy");
        ServiceSummary therapy = fixtures.serviceNamed("Occupational Therapy");
        long id = submit(
                fixtures.serviceNamed("Short Breaks holiday clubs"), "Nobody told us about the therapy at the club");
        ActionSummary action = childrensAction("3.1.1");

        FeedbackLinks services = links.linkServices(id, speech.id(), Set.of(therapy.id(), speech.id()));
        FeedbackLinks linked = links.linkActions(id, Set.of(action.id()));

        assertThat(services.mainService()).isEqualTo(speech);
        assertThat(services.otherServices()).containsExactly(therapy);
        assertThat(links.links(id).otherServices())
                .extracting(ServiceSummary::id)
                .containsExactly(therapy.id());
        assertThat(linked.status()).isEqualTo(FeedbackStatus.LINKED);
        assertThat(linked.actions()).extracting(ActionSummary::id).containsExactly(action.id());
        assertThat(linked.otherServices()).containsExactly(therapy);
    }

    @Test
    void linkingToAPlanActionThatDoesNotExistIsRefusedAndNothingIsLinked() {
        long id = submit(fixtures.serviceOf(Team.CHILDRENS), "Words");

        assertThatThrownBy(() ->
                        links.linkActions(id, Set.of(childrensAction("4.1.1").id(), 987_654_321L)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(links.links(id).actions()).isEmpty();
        assertThat(links.links(id).status()).isEqualTo(FeedbackStatus.NEW);
    }

    @Test
    void aCommissionerCannotLinkFeedbackToAnotherTeamsService() {
        long id = submit(fixtures.serviceOf(Team.CHILDRENS), "Words");
        ServiceSummary childrens = fixtures.serviceOf(Team.CHILDRENS);

        assertThatThrownBy(() -> links.linkServices(
                        id, childrens.id(), Set.of(fixtures.serviceOf(Team.LDA).id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.linkServices(id, null, Set.of(childrens.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "mainService", "workspace.links.error.main-service-needed")));
        assertThat(links.serviceChoices()).extracting(ServiceSummary::team).containsOnly(Team.CHILDRENS);
        assertThat(links.links(id).otherServices()).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anLdaCommissionerLinksFeedbackToAnObjective() {
        long id = submit(
                fixtures.serviceNamed("Learning disability annual health checks"), "The check was quick and kind");
        ObjectiveSummary healthChecks = links.objectiveChoices().stream()
                .filter(o -> o.code().equals("LDA_ANNUAL_HEALTH_CHECKS"))
                .findFirst()
                .orElseThrow();

        FeedbackLinks linked = links.linkObjectives(id, Set.of(healthChecks.id()));

        assertThat(linked.objectives()).containsExactly(healthChecks);
        assertThat(links.links(id).objectives()).containsExactly(healthChecks);
        assertThatThrownBy(() -> links.linkObjectives(id, Set.of(987_654_321L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChildrensCommissionerIsOfferedNoObjectivesOfTheLdaTeam() {
        assertThat(links.objectiveChoices()).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateCannotLinkFeedback() {
        assertThatThrownBy(() -> links.linkActions(1L, Set.of())).isInstanceOf(AccessDeniedException.class);
    }

    private ActionSummary childrensAction(String code) {
        return plans.actions().stream()
                .filter(a -> a.code().equals(code) && a.planShortName().startsWith("Children"))
                .findFirst()
                .orElseThrow();
    }

    private long submit(ServiceSummary service, String words) {
        String code =
                submissions.submit(fixtures.youngPersonAbout(service, words)).referenceCode();
        return fixtures.idOf(code);
    }
}
