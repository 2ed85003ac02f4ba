package uk.coproduction.portal.plans.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.plans.PlanPages;
import uk.coproduction.portal.plans.PlanPagesFixture;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.PlanView;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class PlanViewsTest extends SpringBrowserlessTest {

    static final String ADMIN = "test.admin";

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanPagesFixture plans;

    @Autowired
    PlanPages pages;

    @Autowired
    QuotePublishing quotes;

    @Autowired
    FeedbackTriageService triage;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Ari Admin", null, Set.of(Roles.ADMIN));
    }

    @Test
    void commissionerSeesTheVoicesBehindAnActionAndOnlyModeratedQuotes() {
        PlanPagesFixture.NewChildrensAction added = plans.newChildrensAction();
        long action = added.id();
        String title = added.heading();
        long approved = submit(RespondentGroup.YOUNG_PERSON, "Jo from Ashford says the wait was far too long");
        quotes.publish(
                approved,
                "The wait was far too long",
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER,
                TestAccounts.CHILDRENS_COMMISSIONER);
        long unapproved = submit(RespondentGroup.PARENT_CARER, "Unmoderated words with a name in them");
        for (long id : new long[] {approved, unapproved}) {
            SignedIn.as(
                    TestAccounts.CHILDRENS_COMMISSIONER,
                    Roles.COMMISSIONER,
                    () -> triage.linkActions(id, Set.of(action)));
        }

        navigate(PlanView.class, Map.of("code", "JCDP_2020_21"));

        assertThat(find(H4.class).withText(title).exists()).isTrue();
        // Two linked items: the plan page follows the one disclosure-control rule (issue 14, failure 5).
        assertThat(find(Paragraph.class)
                        .withText("Fewer than 5 pieces of feedback are linked to this action.")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withText("A child or young person: fewer than 5")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withText("A parent or carer: fewer than 5")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class).withText("A child or young person: 1").exists())
                .isFalse();
        assertThat(find(NativeTableCell.class).withText("2").exists())
                .as("no raw count of 1 to 4")
                .isFalse();
        assertThat(find(NativeTableCell.class).withText("fewer than 5").exists())
                .isTrue();
        assertThat(find(ListItem.class).withText("The wait was far too long").exists())
                .isTrue();
        assertThat(find(ListItem.class).withTextContaining("Unmoderated words").exists())
                .isFalse();
        assertThat(find(Paragraph.class).withTextContaining("Unmoderated words").exists())
                .isFalse();
        assertThat(find(ListItem.class).withTextContaining("Jo from Ashford").exists())
                .isFalse();
        assertThat(find(Button.class).withTextContaining("Edit action").exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anAdministratorEditsAnActionsProgressNotesOnThePlanPage() {
        PlanPagesFixture.NewChildrensAction added = plans.newChildrensAction();
        String code = added.code();
        navigate(PlanView.class, Map.of("code", "JCDP_2020_21"));

        test(find(Button.class).withText("Edit action " + code).single()).click();
        TextArea title = find(TextArea.class).withLabel("Title").single();
        test(title).setValue("");
        test(find(Button.class).withText("Save action").single()).click();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter the action's title");

        test(title).setValue("Test action with a new title");
        test(find(TextArea.class).withLabel("Progress notes").single()).setValue("Workshops booked for May.");
        test(find(Button.class).withText("Save action").single()).click();

        assertThat(find(H4.class)
                        .withText(code + " Test action with a new title")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("Workshops booked for May.")
                        .exists())
                .isTrue();
        assertThat(pages.page("JCDP_2020_21").orElseThrow().domains().stream()
                        .flatMap(d -> d.outcomes().stream())
                        .flatMap(o -> o.actions().stream())
                        .filter(a -> a.id() == added.id())
                        .findFirst()
                        .orElseThrow()
                        .progressNotes())
                .isEqualTo("Workshops booked for May.");
    }

    private long submit(RespondentGroup group, String words) {
        String code = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceNamed("Speech and Language Therapy").id(),
                        null,
                        group,
                        null,
                        fixtures.allAnswered(RatingAnswer.GOOD),
                        words))
                .referenceCode();
        return fixtures.idOf(code);
    }
}
