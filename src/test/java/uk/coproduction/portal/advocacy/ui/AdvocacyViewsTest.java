package uk.coproduction.portal.advocacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.OnBehalfSubmission;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.advocacy.ReadBack;
import uk.coproduction.portal.advocacy.WordsSource;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.FeedbackDetailView;
import uk.coproduction.portal.workspace.ui.ServiceView;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
class AdvocacyViewsTest extends SpringBrowserlessTest {

    private static final String OT = "Occupational Therapy";

    @Autowired
    AdvocacyFixtures fixtures;

    @Autowired
    AdvocacyService advocacy;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        fixtures.ensureAdvocates();
    }

    @Test
    void theFormShowsEachProblemAtItsFieldAndInTheSummaryAndKeepsWhatWasTyped() {
        navigate(OnBehalfView.class);
        test(textArea("What they said about the service")).setValue("He points at the pool picture and smiles.");
        test(radios("How was consent to share their views given?"))
                .selectItem("A best-interests decision by someone who can make it for them");

        test(find(Button.class).withText("Check and read back").single()).click();

        assertThat(find(ErrorSummary.class).single().isVisible()).isTrue();
        assertProblem(
                find(ComboBox.class).withLabel("Service").single().getErrorMessage(),
                "Choose the service the feedback is about");
        assertProblem(radios("Who the person is").getErrorMessage(), "Choose who the person is");
        assertProblem(
                find(TextField.class)
                        .withLabel("Who made the best-interests decision (name and role)")
                        .single()
                        .getErrorMessage(),
                "Write who made the best-interests decision, with their role");
        assertProblem(
                find(CheckboxGroup.class)
                        .withLabel("How you found out their views")
                        .single()
                        .getErrorMessage(),
                "Choose at least one way you found out their views");
        assertProblem(
                radios("Whose words are \"what they said about the service\"?").getErrorMessage(),
                "Say whether what they said about the service is their own words or your summary");
        assertThat(textArea("What they said about the service").getValue())
                .as("nothing typed is lost")
                .isEqualTo("He points at the pool picture and smiles.");
        assertThat(find(H2.class).withText("What we will send").exists())
                .as("no read-back yet")
                .isFalse();
    }

    @Test
    void advocateReadsTheEasyReadSummaryBackRecordsThatThePersonAgreedAndGetsTheCode() {
        navigate(OnBehalfView.class);
        test(find(ComboBox.class).withLabel("Service").single()).selectItem(OT);
        test(radios("How old is the person?")).selectItem("26 or over");
        test(radios("Who the person is")).selectItem("An adult with a learning disability, or an autistic adult");
        test(radios("How was consent to share their views given?")).selectItem("The person's own verbal consent");
        test(find(CheckboxGroup.class)
                        .withLabel("How you found out their views")
                        .single())
                .selectItems("Conversation", "Pictures or Talking Mats");
        test(radios("Were people kind to you?")).selectItem("Really good");
        test(textArea("The one thing they would change")).setValue("More time to choose");
        test(radios("Whose words are \"the one thing they would change\"?")).selectItem("The person's own words");

        test(find(Button.class).withText("Check and read back").single()).click();

        assertThat(find(H2.class).withText("What we will send").exists()).isTrue();
        assertThat(find(Paragraph.class)
                        .withText("This is about Occupational Therapy.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("Were people kind to you? You said: Really good.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("You want this to change: More time to choose")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("You said yes to sending this.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("They will write back to Jo Test-Advocate.")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Print the summary").exists()).isTrue();

        test(find(Button.class).withText("Send").single()).click();
        assertProblem(
                radios("Did you read this back to the person?").getErrorMessage(),
                "Say whether you read the summary back to the person");

        test(radios("Did you read this back to the person?")).selectItem("Yes, I read it back and they agreed with it");
        test(find(Button.class).withText("Send").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CaseloadView.class);
        String code = jdbc.queryForObject("""
                select f.reference_code from feedback f join feedback_advocacy a on a.feedback_id = f.id
                where f.change_wanted = 'More time to choose' order by f.id desc limit 1""", String.class);
        assertThat(find(Span.class).withText(code).exists())
                .as("the reference code is shown")
                .isTrue();
        assertThat(find(NativeTableHeaderCell.class).withText(code).exists())
                .as("and it is in the caseload")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select read_back from feedback_advocacy a join feedback f on f.id = a.feedback_id"
                                + " where f.reference_code = ?",
                        String.class,
                        code))
                .isEqualTo("AGREED");
    }

    @Test
    void theCaseloadShowsTheReplyAndTheEasyReadReplyToPrint() {
        String code = advocacy.submit(fixtures.verbalConsentAbout(OT, "Waiting room is too loud."))
                .referenceCode();
        long id = idOf(code);
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        triage.reply(
                id,
                "We will make a quiet room at the clinic by March.",
                "We will make a quiet room.\nIt will be ready in March.");
        SignedIn.as(AdvocacyFixtures.JO, Roles.ADVOCATE);

        navigate(CaseloadView.class);

        assertThat(find(NativeTableHeaderCell.class).withText(code).exists()).isTrue();
        assertThat(find(NativeTableCell.class).withText(OT).exists()).isTrue();
        assertThat(find(NativeTableCell.class).withText("Replied").exists()).isTrue();
        RouterLink open = find(RouterLink.class)
                .withText("Easy Read reply to print for " + code)
                .single();

        test(open).click();

        assertThat(getCurrentView()).isInstanceOf(ReplyToTakeBackView.class);
        assertThat(find(H1.class).withText("Reply to feedback " + code).exists())
                .isTrue();
        assertThat(find(Paragraph.class).withText("We will make a quiet room.").exists())
                .isTrue();
        assertThat(find(Paragraph.class).withText("It will be ready in March.").exists())
                .isTrue();
        assertThat(find(Paragraph.class).withText("Your code is " + code + ".").exists())
                .isTrue();
        assertThat(find(Button.class).withText("Print the Easy Read reply").exists())
                .isTrue();
    }

    @Test
    void anotherAdvocatesReplyPageLooksLikeOneThatDoesNotExist() {
        long id = idOf(
                advocacy.submit(fixtures.verbalConsentAbout(OT, "Only for Jo.")).referenceCode());
        SignedIn.as(AdvocacyFixtures.ROBIN, Roles.ADVOCATE);

        UI.getCurrent().navigate("staff/advocacy/" + id + "/reply");

        assertThat(getCurrentView()).isNotInstanceOf(ReplyToTakeBackView.class);
        assertThat(find(H1.class).withTextContaining("Reply to feedback").exists())
                .isFalse();
    }

    @Test
    void commissionerSeesHowItCameThroughAnAdvocateAndTheSplitByChannel() {
        long id = idOf(advocacy.submit(fixtures.verbalConsentAbout(OT, "The therapist is kind."))
                .referenceCode());
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);

        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        assertThat(find(DescriptionList.Description.class)
                        .withText("Jo Test-Advocate, Kent self-advocacy network")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("The person's own verbal consent")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("The person's own words")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("The advocate's summary")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("Conversation, Pictures or Talking Mats")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("Read back to the person, who agreed with it")
                        .exists())
                .isTrue();

        navigate(ServiceView.class, Map.of("code", "OCCUPATIONAL_THERAPY"));

        assertThat(find(NativeTableHeaderCell.class)
                        .withText("An advocate, on the person's behalf")
                        .exists())
                .isTrue();
    }

    @Test
    void commissionerSeesTheAgeAndWhatTheAdvocateConfirmedBehindAYoungPersonsOwnConsent() {
        OnBehalfSubmission verbal = fixtures.verbalConsentAbout(OT, "The therapist explains things.");
        OnBehalfSubmission fourteen = new OnBehalfSubmission(
                verbal.submissionKey(),
                verbal.serviceId(),
                null,
                RespondentGroup.YOUNG_PERSON,
                PersonsAge.AGE_13_15,
                Wording.YOUNG_PERSON,
                verbal.ratings(),
                verbal.comment(),
                WordsSource.OWN_WORDS,
                null,
                null,
                ConsentBasis.GILLICK_COMPETENT,
                null,
                true,
                false,
                verbal.gathered(),
                ReadBack.AGREED);
        long id = idOf(advocacy.submit(fourteen).referenceCode());
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);

        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        assertThat(find(DescriptionList.Description.class).withText("13 to 15").exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("A Gillick-competent young person's own consent")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("They understand what sharing their views means"
                                + " and what happens next, and chose to share them (Gillick competence)")
                        .exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withTextContaining("lack capacity")
                        .exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "test.admin", roles = Roles.ADMIN)
    void adminCreatesAnAdvocateAndAWeakPasswordIsRefusedAtItsField() {
        String username = "adv.view." + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        navigate(AdvocatesAdminView.class);
        test(find(TextField.class).withLabel("Username").single()).setValue(username);
        test(find(TextField.class).withLabel("Full name").single()).setValue("Kim Healthwatch");
        test(find(ComboBox.class).withLabel("Organisation").single()).selectItem("Healthwatch Kent (voice partner)");
        PasswordField password =
                find(PasswordField.class).withLabel("Initial password").single();
        test(password).setValue("kent2024");

        test(find(Button.class).withText("Create account").single()).click();

        assertProblem(
                password.getErrorMessage(), "Use a password of at least 12 characters, such as three random words");
        assertThat(find(TextField.class).withLabel("Username").single().getValue())
                .isEqualTo(username);

        test(password).setValue("harbour thistle compass");
        test(find(Button.class).withText("Create account").single()).click();

        assertThat(find(NativeTableCell.class).withText(username).exists()).isTrue();
        test(find(Button.class).withText("Deactivate").all().stream()
                        .filter(b -> "Deactivate Kim Healthwatch"
                                .equals(b.getAriaLabel().orElse("")))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(find(Paragraph.class)
                        .withText("Kim Healthwatch can no longer sign in.")
                        .exists())
                .isTrue();
        assertThat(jdbc.queryForObject("select enabled from staff_account where username = ?", Boolean.class, username))
                .isFalse();
    }

    private void assertProblem(String message, String expected) {
        assertThat(message).isEqualTo(expected);
        assertThat(find(Button.class).withText(expected).exists())
                .as("%s in the error summary", expected)
                .isTrue();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radios(String label) {
        return find(RadioButtonGroup.class).withLabel(label).single();
    }

    private TextArea textArea(String label) {
        return find(TextArea.class).withLabel(label).single();
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
