package uk.coproduction.portal.feedback.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.Honeypot;
import uk.coproduction.portal.feedback.ProofSecret;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey pages' own behaviour, without a browser: order, saving, Back, errors, check and send. */
@PortalTest
@ViewPackages(classes = StartFeedbackView.class)
class FeedbackJourneyViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private void start() {
        navigate(StartFeedbackView.class);
        test(find(Button.class).withText("Start").single()).click();
        assertThat(heading()).isEqualTo("Which service is it about?");
    }

    /** Start, "not sure" of the service, no area, then who they are: on to question 1. */
    private void startNotSureOfTheServiceAs(String who) {
        start();
        test(choices()).selectItem("I'm not sure which service");
        continueOn();
        continueOn();
        test(choices()).selectItem(who);
        continueOn();
    }

    private String heading() {
        return find(H1.class).single().getText();
    }

    private String progress() {
        return find(Paragraph.class).withClassName("journey-progress").single().getText();
    }

    private void continueOn() {
        test(find(Button.class).withText("Continue").single()).click();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> choices() {
        return find(RadioButtonGroup.class).single();
    }

    @Test
    void aChildFindsTheirServiceByAPlainWordAndIsAskedTheirAgeBandNeverABirthDate() {
        start();
        test(find(TextField.class).withLabel("Type a word about the service").single())
                .setValue("short breaks");
        RadioButtonGroup<ServiceStepView.Choice> services = choices();
        assertThat(services.getListDataView().getItems().map(ServiceStepView.Choice::name))
                .contains("Short Breaks holiday clubs", "I'm not sure which service");
        test(services).selectItem("Short Breaks holiday clubs");
        continueOn();
        assertThat(heading()).isEqualTo("Where do you live?");
        continueOn(); // optional
        assertThat(heading()).isEqualTo("Who are you?");
        test(choices()).selectItem("A child or young person");
        continueOn();
        assertThat(heading()).isEqualTo("How old are you?");
        assertThat(progress()).isEqualTo("Step 4 of 13");
        test(choices()).selectItem("Under 11");
        continueOn();
        assertThat(progress()).isEqualTo("Question 1 of 6");
        assertThat(heading()).isEqualTo("Were the people at this service kind to you and did they respect you?");
    }

    @Test
    void aParentIsAskedAboutTheirChildAndNotAskedAnAge() {
        startNotSureOfTheServiceAs("A parent or carer");
        assertThat(progress()).isEqualTo("Question 1 of 6");
        assertThat(heading()).isEqualTo("Were you and your child treated with kindness and respect?");
    }

    @Test
    void continuingWithoutChoosingAServiceSaysHowToPutItRightAtTheFieldAndAtTheTop() {
        start();
        continueOn();
        RadioButtonGroup<?> services = choices();
        assertThat(services.isInvalid()).isTrue();
        assertThat(services.getErrorMessage()).isEqualTo("Choose a service, or choose I'm not sure which service");
        assertThat(find(ErrorSummary.class).single().isVisible()).isTrue();
        assertThat(heading()).isEqualTo("Which service is it about?");
    }

    @Test
    void backKeepsEveryAnswerAndSkippingIsRecordedAsSkipped() {
        startNotSureOfTheServiceAs("Someone else");
        test(choices()).selectItem("Bad");
        test(find(TextArea.class).withLabel("Tell us more (you do not have to)").single())
                .setValue("Nobody called back");
        continueOn();
        assertThat(progress()).isEqualTo("Question 2 of 6");
        test(find(Button.class).withText("Skip this question").single()).click();
        assertThat(progress()).isEqualTo("Question 3 of 6");

        UI.getCurrent().navigate("feedback/question/1");
        assertThat(choices().getValue()).hasToString("BAD");
        assertThat(find(TextArea.class).single().getValue()).isEqualTo("Nobody called back");
        UI.getCurrent().navigate("feedback/question/2");
        assertThat(choices().getValue()).isNull();
        assertThat(find(TextArea.class).single().getValue()).isEmpty();
    }

    @Test
    void checkYourAnswersShowsEveryAnswerAndChangeComesBackToIt() {
        startNotSureOfTheServiceAs("A parent or carer");
        for (int i = 0; i < 6; i++) {
            test(choices()).selectItem("Good");
            continueOn();
        }
        test(find(TextArea.class).single()).setValue("More evening appointments");
        continueOn();
        test(choices()).selectItem("Yes, by email");
        test(find(EmailField.class).single()).setValue("parent@example.com");
        continueOn();
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(find(Anchor.class)
                        .withText("Change What is one thing that should change?")
                        .exists())
                .isFalse();
        assertThat(find(Anchor.class).withClassName("summary-change").all()).hasSize(11);

        UI.getCurrent().navigate("feedback/change", QueryParameters.of("change", "1"));
        test(find(TextArea.class).single()).setValue("Evening appointments, please");
        continueOn();
        assertThat(heading()).isEqualTo("Check your answers");

        test(find(Button.class).withText("Send my feedback").single()).click();
        assertThat(heading()).isEqualTo("Thank you. We have your feedback.");
        String code = find(Span.class).withId("reference-code").single().getText();
        assertThat(jdbc.queryForObject(
                        "select change_wanted from feedback where reference_code = ?", String.class, code))
                .isEqualTo("Evening appointments, please");

        // Back to the check page after sending: it sends nothing twice, and shows the same code.
        UI.getCurrent().navigate("feedback/check");
        assertThat(heading()).isEqualTo("Thank you. We have your feedback.");
        assertThat(find(Span.class).withId("reference-code").single().getText()).isEqualTo(code);
    }

    @Test
    void someoneWhoWantsNoReplyIsShownAPrivateCodeOnceBesideTheReferenceCode() {
        startNotSureOfTheServiceAs("A parent or carer");
        for (int i = 0; i < 6; i++) {
            test(choices()).selectItem("Good");
            continueOn();
        }
        continueOn();
        test(choices()).selectItem("No, thank you");
        continueOn();
        test(find(Button.class).withText("Send my feedback").single()).click();

        String code = find(Span.class).withId("reference-code").single().getText();
        String secret = find(Span.class).withId("private-code").single().getText();
        assertThat(secret).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(find(Paragraph.class)
                        .withTextContaining("Keep this private code safe")
                        .exists())
                .isTrue();
        String hash = jdbc.queryForObject(
                "select proof_secret_hash from feedback where reference_code = ?", String.class, code);
        assertThat(ProofSecret.matches(secret, hash)).isTrue();
        assertThat(hash).doesNotContain(secret.replace("-", ""));

        // Shown once: coming back to the page shows the reference code again, never the private code.
        UI.getCurrent().navigate("feedback/check");
        assertThat(find(Span.class).withId("reference-code").single().getText()).isEqualTo(code);
        assertThat(find(Span.class).withId("private-code").exists()).isFalse();
    }

    @Test
    void aReturnCodeTypedInAnyCaseCarriesOnWhereThePersonStopped() {
        start();
        test(choices()).selectItem("I'm not sure which service");
        continueOn();
        String code = find(Span.class).withClassName("return-code").single().getText();

        navigate(StartFeedbackView.class);
        test(find(TextField.class).withLabel("Your return code").single()).setValue(code.toLowerCase());
        test(find(Button.class).withText("Continue with my code").single()).click();
        assertThat(heading()).isEqualTo("Where do you live?");
    }

    @Test
    void aWrongReturnCodeSaysWhatACodeLooksLikeAndKeepsWhatWasTyped() {
        navigate(StartFeedbackView.class);
        TextField field = find(TextField.class).withLabel("Your return code").single();
        test(field).setValue("ZZZZ-9999");
        test(find(Button.class).withText("Continue with my code").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("It looks like ABCD-2345");
        assertThat(field.getValue()).isEqualTo("ZZZZ-9999");
    }

    @Test
    void aJourneyPageWithoutAJourneyGoesToTheStart() {
        UI.getCurrent().navigate("feedback/question/2");
        assertThat(heading()).isEqualTo("Tell us what you think of a service");
    }

    @Test
    void whatIsSentWithTheHiddenFieldFilledInIsKeptWithItsCodeButHeldForReview() {
        // Flag, don't drop (decision 0026): a person whose browser filled the field in by mistake loses nothing.
        navigate(StartFeedbackView.class);
        find(Honeypot.class).single().getElement().getChild(0).setProperty("value", "http://spam.example");
        test(find(Button.class).withText("Start").single()).click();
        assertThat(heading()).isEqualTo("Which service is it about?");
        test(choices()).selectItem("I'm not sure which service");
        continueOn();
        continueOn();
        test(choices()).selectItem("A parent or carer");
        continueOn();
        for (int i = 0; i < 6; i++) {
            test(choices()).selectItem("Good");
            continueOn();
        }
        continueOn();
        test(choices()).selectItem("No, thank you");
        continueOn();
        test(find(Button.class).withText("Send my feedback").single()).click();

        assertThat(heading()).isEqualTo("Thank you. We have your feedback.");
        String code = find(Span.class).withId("reference-code").single().getText();
        assertThat(jdbc.queryForMap("select held_for_review, held_reason from feedback where reference_code = ?", code))
                .containsEntry("held_for_review", true)
                .containsEntry("held_reason", "HONEYPOT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_rating r join feedback f on f.id = r.feedback_id"
                                + " where f.reference_code = ?",
                        Integer.class,
                        code))
                .as("nothing lost")
                .isEqualTo(6);
    }
}
