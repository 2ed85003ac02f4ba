package uk.coproduction.portal.feedback.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(classes = GiveFeedbackView.class)
class GiveFeedbackViewTest extends SpringBrowserlessTest {

    @Test
    void personWhoForgetsToSayWhoTheyAreIsToldHowToFixItAndKeepsWhatTheyWrote() {
        navigate(GiveFeedbackView.class);
        test(find(TextArea.class).withLabel("Is there anything else you want to tell us?").single())
                .setValue("The waiting room was too loud.");

        test(find(Button.class).withText("Send my feedback").single()).click();

        assertThat(find(H2.class).withText("There is a problem").exists()).isTrue();
        assertThat(find(Button.class).withText("Choose who you are, or choose Someone else").exists()).isTrue();
        RadioButtonGroup<?> who = find(RadioButtonGroup.class).withLabel("Who are you?").single();
        assertThat(who.isInvalid()).isTrue();
        assertThat(find(TextArea.class).withLabel("Is there anything else you want to tell us?").single().getValue())
                .isEqualTo("The waiting room was too loud.");
        assertThat(find(Button.class).withText("Send my feedback").single().isEnabled()).isTrue();
    }

    @Test
    void questionsAreAskedInTheWordsOfWhoeverIsAnswering() {
        navigate(GiveFeedbackView.class);
        test(find(RadioButtonGroup.class).withLabel("Who are you?").single())
                .selectItem("An adult with a learning disability, or an autistic adult");

        assertThat(find(RadioButtonGroup.class).withLabel("1. Were people kind to you?").exists()).isTrue();

        test(find(RadioButtonGroup.class).withLabel("Who are you?").single()).selectItem("A parent or carer");

        assertThat(find(RadioButtonGroup.class).withLabel("1. Were people kind to you?").exists()).isFalse();
        assertThat(find(RadioButtonGroup.class).withLabelContaining("you and your child").all()).isNotEmpty();
    }

    @Test
    void youngPersonFindsTheServiceByAPlainWordAnswersAndGetsTheirCode() {
        navigate(GiveFeedbackView.class);
        test(find(RadioButtonGroup.class).withLabel("Who are you?").single()).selectItem("A child or young person");
        test(find(RadioButtonGroup.class).withLabel("How old are you?").single()).selectItem("11 to 15");
        var service = test(find(ComboBox.class).withLabel("Which service is it about?").single());
        service.setFilter("speech");
        assertThat(service.getSuggestions()).contains("Speech and Language Therapy");
        service.selectItem("Speech and Language Therapy");
        test(find(RadioButtonGroup.class).withLabelContaining("1. ").single()).selectItem("Really good");

        test(find(Button.class).withText("Send my feedback").single()).click();

        assertThat(find(H1.class).withText("Feedback sent").exists()).isTrue();
        String code = find(Span.class).withCondition(s -> s.getText().matches("[A-Z2-9]{3}-[A-Z2-9]{3}")).single().getText();
        assertThat(code).hasSize(7);
    }
}
