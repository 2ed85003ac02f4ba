package uk.coproduction.portal.activities;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class ActivityServiceTest {

    @Autowired
    ActivityService activities;

    @Autowired
    EventAnswersService answers;

    @Autowired
    ActivityFixtures fixtures;

    @Autowired
    FeedbackFixtures feedbackFixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerRecordsAnActivityWithWhoTookPartAndHowItWasRun() {
        ServiceSummary speech = feedbackFixtures.serviceNamed("Speech and Language Therapy");
        ServiceSummary portage = feedbackFixtures.serviceNamed("Portage (home learning for young disabled children)");
        ActivityChoices choices = activities.choices();
        ActionSummary action = choices.actions().getFirst();
        ActivityChoices.PlanChoice plan = choices.plans().getFirst();
        assertThat(choices.services()).extracting(ServiceSummary::team).containsOnly(Team.CHILDRENS);

        long id = activities.record(new NewActivity(
                "  Speech therapy co-design day ",
                ActivityKind.CO_DESIGN_DAY,
                LocalDate.now().minusDays(7),
                speech.id(),
                Set.of(portage.id()),
                Set.of(plan.id()),
                Set.of(action.id()),
                CycleStage.PLAN,
                List.of(
                        new ParticipantCount(RespondentGroup.YOUNG_PERSON, AgeBand.UNDER_11, 4),
                        new ParticipantCount(RespondentGroup.YOUNG_PERSON, AgeBand.AGE_11_15, 6),
                        new ParticipantCount(RespondentGroup.PARENT_CARER, null, 5),
                        new ParticipantCount(RespondentGroup.LDA_ADULT, null, 0)),
                true,
                true,
                true,
                "Step-free venue, Easy Read agenda, a BSL interpreter."));

        ActivityPage page = activities.page(id).orElseThrow();
        assertThat(page.title()).isEqualTo("Speech therapy co-design day");
        assertThat(page.kind()).isEqualTo(ActivityKind.CO_DESIGN_DAY);
        assertThat(page.services())
                .containsExactly("Speech and Language Therapy", "Portage (home learning for young disabled children)");
        assertThat(page.plans()).containsExactly(plan.shortName());
        assertThat(page.actions()).containsExactly(action.label());
        assertThat(page.stage()).isEqualTo(CycleStage.PLAN);
        assertThat(page.participants())
                .containsExactlyInAnyOrder(
                        new ParticipantCount(RespondentGroup.YOUNG_PERSON, AgeBand.UNDER_11, 4),
                        new ParticipantCount(RespondentGroup.YOUNG_PERSON, AgeBand.AGE_11_15, 6),
                        new ParticipantCount(RespondentGroup.PARENT_CARER, null, 5));
        assertThat(page.people()).isEqualTo(15);
        assertThat(page.accessibleVenue()).isTrue();
        assertThat(page.accessibleMaterials()).isTrue();
        assertThat(page.communicationSupport()).isTrue();
        assertThat(page.howRunNote()).isEqualTo("Step-free venue, Easy Read agenda, a BSL interpreter.");
        assertThat(page.recordedBy()).isEqualTo("Chris Children");
        assertThat(page.lundy().complete()).isFalse();

        assertThat(activities.activities()).extracting(ActivityListItem::id).contains(id);
        assertThat(activities.forService(portage.id()))
                .extracting(ActivityListItem::id)
                .contains(id);
        assertThat(activities.forService(speech.id()))
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.people()).isEqualTo(15);
                    assertThat(a.stage()).isEqualTo(CycleStage.PLAN);
                });
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anActivityWithoutTitleKindDateServiceOrStageIsRefusedNamingEachField() {
        ServiceSummary careHomes = feedbackFixtures.serviceNamed("Care homes");
        assertThatThrownBy(() -> activities.record(new NewActivity(
                        " ", null, null, null, Set.of(), Set.of(), Set.of(), null, List.of(), false, false, false,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("title", "kind", "heldOn", "mainService", "stage"));

        // Another team's service, a negative count and a date years ahead.
        assertThatThrownBy(() -> activities.record(new NewActivity(
                        "Board",
                        ActivityKind.PARTNERSHIP_BOARD,
                        LocalDate.now().plusYears(3),
                        careHomes.id(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        CycleStage.DO,
                        List.of(new ParticipantCount(RespondentGroup.LDA_ADULT, null, -2)),
                        false,
                        false,
                        false,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new InvalidInputException.Problem("heldOn", "activity.error.date-too-far"),
                                        new InvalidInputException.Problem(
                                                "mainService", "activity.error.service-unknown"),
                                        new InvalidInputException.Problem(
                                                "participants", "activity.error.count-invalid")));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theLundyCheckAndWhatChangedAreRecordedAndShownOnTheActivity() {
        ServiceSummary shortBreaks = feedbackFixtures.serviceNamed("Short Breaks holiday clubs");
        long id = activities.record(fixtures.schoolSessionAbout(shortBreaks, "Holiday club feedback session"));

        assertThatThrownBy(() -> activities.recordLundyCheck(
                        id,
                        new LundyCheck(
                                LundyAnswer.YES, null, null, null, LundyAnswer.PARTLY, null, null, "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("voice", "influence", "influenceNote"));

        activities.recordLundyCheck(
                id,
                new LundyCheck(
                        LundyAnswer.YES,
                        "Their own club room",
                        LundyAnswer.PARTLY,
                        "Picture cards helped; some children did not speak",
                        LundyAnswer.YES,
                        "The commissioner came",
                        LundyAnswer.NO,
                        " "));
        assertThatThrownBy(() ->
                        activities.recordWhatChanged(id, "", LocalDate.now().plusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("whatChanged", "changedOn"));
        activities.recordWhatChanged(
                id, "Clubs now open until 5 pm in the summer.", LocalDate.now().minusDays(1));

        ActivityPage page = activities.page(id).orElseThrow();
        assertThat(page.lundy())
                .isEqualTo(new LundyCheck(
                        LundyAnswer.YES,
                        "Their own club room",
                        LundyAnswer.PARTLY,
                        "Picture cards helped; some children did not speak",
                        LundyAnswer.YES,
                        "The commissioner came",
                        LundyAnswer.NO,
                        null));
        assertThat(page.lundyCheckedBy()).isEqualTo("Chris Children");
        assertThat(page.whatChanged()).isEqualTo("Clubs now open until 5 pm in the summer.");
        assertThat(page.changedOn()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(activities.forService(shortBreaks.id()))
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .extracting(ActivityListItem::lundy)
                .extracting(LundyCheck::influence)
                .isEqualTo(LundyAnswer.NO);
    }

    @Test
    void anLdaCommissionerDoesNotSeeAChildrensActivityAndAnAdvocateSeesOnlyTheirOwn() {
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        ServiceSummary portage = feedbackFixtures.serviceNamed("Portage (home learning for young disabled children)");
        long childrens = activities.record(fixtures.schoolSessionAbout(portage, "Portage family morning"));

        SignedIn.as(TestAccounts.LDA_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(activities.activities()).extracting(ActivityListItem::id).doesNotContain(childrens);
        assertThat(activities.page(childrens)).isEmpty();
        assertThat(activities.forService(portage.id())).isEmpty();
        assertThat(activities.choices().services())
                .extracting(ServiceSummary::team)
                .containsOnly(Team.LDA);
        assertThatThrownBy(() -> answers.save(
                        childrens,
                        List.of(fixtures.person(RespondentGroup.PARENT_CARER, null, RatingAnswer.GOOD, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> activities.recordWhatChanged(childrens, "Not mine", LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);

        SignedIn.as(TestAccounts.ADVOCATE, Roles.ADVOCATE);
        assertThat(activities.activities()).extracting(ActivityListItem::id).doesNotContain(childrens);
        long own = activities.record(fixtures.schoolSessionAbout(
                feedbackFixtures.serviceNamed("Care homes"), "Residents' meeting at the care home"));
        assertThat(activities.activities())
                .extracting(ActivityListItem::id)
                .contains(own)
                .doesNotContain(childrens);
        assertThat(activities.page(own)).isPresent();
        assertThatThrownBy(() -> activities.forService(portage.id())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(TestAccounts.LDA_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(activities.activities()).extracting(ActivityListItem::id).contains(own);

        SignedIn.as(TestAccounts.SAFEGUARDING_LEAD, Roles.SAFEGUARDING_LEAD);
        assertThatThrownBy(() -> activities.activities()).isInstanceOf(AccessDeniedException.class);
    }
}
