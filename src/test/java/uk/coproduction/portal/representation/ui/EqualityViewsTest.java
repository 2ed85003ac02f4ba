package uk.coproduction.portal.representation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.Honeypot;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional equality questions after sending feedback: skipping keeps nothing, saving keeps one row apart. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class EqualityViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private String heading() {
        return find(H1.class).single().getText();
    }

    private void continueOn() {
        test(find(Button.class).withText("Continue").single()).click();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> choices() {
        return find(RadioButtonGroup.class).single();
    }

    /** The whole journey, "not sure" of the service, with no area: to the thank-you page. */
    private void sendFeedbackAs(String who, String ageBand) {
        UI.getCurrent().navigate("feedback");
        test(find(Button.class).withText("Start").single()).click();
        test(choices()).selectItem("I'm not sure which service");
        continueOn();
        continueOn();
        test(choices()).selectItem(who);
        continueOn();
        if (ageBand != null) {
            test(choices()).selectItem(ageBand);
            continueOn();
        }
        for (int i = 0; i < 6; i++) {
            test(choices()).selectItem("Good");
            continueOn();
        }
        test(find(TextArea.class).single()).setValue("Shorter waits");
        continueOn();
        test(choices()).selectItem("No, thank you");
        continueOn();
        test(find(Button.class).withText("Send my feedback").single()).click();
        assertThat(heading()).isEqualTo("Thank you. We have your feedback.");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> question(String label) {
        return find(RadioButtonGroup.class).withLabel(label).single();
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from equality_response", Integer.class);
    }

    @Test
    void aParentWhoSkipsTheQuestionsLeavesNothingStored() {
        sendFeedbackAs("A parent or carer", null);
        assertThat(find(Anchor.class)
                        .withText("Answer questions about you (optional)")
                        .single()
                        .getHref())
                .isEqualTo("feedback/about-you");
        int before = rows();

        UI.getCurrent().navigate("feedback/about-you");
        assertThat(heading()).isEqualTo("Questions about you");
        Button save = find(Button.class).withText("Save my answers").single();
        Button skip = find(Button.class).withText("Skip these questions").single();
        assertThat(Set.copyOf(skip.getThemeNames()))
                .as("Skip as prominent as Save")
                .isEqualTo(Set.copyOf(save.getThemeNames()))
                .contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        test(question("Do you have a disability or a long-term health condition?"))
                .selectItem("Yes");
        test(skip).click();

        assertThat(heading()).isEqualTo("That is fine");
        assertThat(rows()).isEqualTo(before);
        UI.getCurrent().navigate("feedback/about-you");
        assertThat(heading()).as("offered once").isEqualTo("There are no questions to answer here");
    }

    @Test
    void aParentWhoAnswersSomeQuestionsSavesOneRowApartFromTheFeedback() {
        sendFeedbackAs("A parent or carer", null);
        int before = rows();
        UI.getCurrent().navigate("feedback/about-you");
        assertThat(find(RadioButtonGroup.class).all()).hasSize(9);
        test(question("How old are you?")).selectItem("35 to 44");
        test(question("Do you have a disability or a long-term health condition?"))
                .selectItem("No");
        test(question("What is your ethnic group?")).selectItem("Prefer not to say");
        test(find(Button.class).withText("Save my answers").single()).click();

        assertThat(heading()).isEqualTo("Thank you");
        assertThat(rows()).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap("select * from equality_response order by id desc limit 1");
        assertThat(row)
                .containsEntry("respondent_group", "PARENT_CARER")
                .containsEntry("age_band", "AGE_35_44")
                .containsEntry("disability", "NO")
                .containsEntry("ethnic_group", "PREFER_NOT_TO_SAY");
        assertThat(row.get("religion")).isNull();
    }

    @Test
    void answersSentWithTheHiddenFieldFilledAreKeptHeldWithTheirFeedbackAndOutOfTheFigures() {
        sendFeedbackAs("Someone else", null);
        String reference =
                jdbc.queryForObject("select reference_code from feedback order by id desc limit 1", String.class);
        int before = rows();
        UI.getCurrent().navigate("feedback/about-you");
        test(question("What is your sex?")).selectItem("Female");
        find(Honeypot.class).single().getElement().getChild(0).setProperty("value", "http://spam.example");
        test(find(Button.class).withText("Save my answers").single()).click();

        assertThat(heading()).isEqualTo("Thank you");
        assertThat(rows()).as("not counted while held").isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select held_reason from feedback where reference_code = ?", String.class, reference))
                .as("its feedback is held for a person to review")
                .isEqualTo("HONEYPOT");
        assertThat(jdbc.queryForObject(
                        "select held_equality_answers from feedback where reference_code = ?", String.class, reference))
                .as("nothing thrown away: the answers wait with it")
                .contains("FEMALE");
    }

    @Test
    void aYoungPersonSeesFewerQuestionsInEnglishEasyReadAndPolish() {
        sendFeedbackAs("A child or young person", "11 to 15");
        UI.getCurrent().navigate("feedback/about-you");
        List<String> labels = find(RadioButtonGroup.class).all().stream()
                .map(RadioButtonGroup::getLabel)
                .toList();
        assertThat(labels)
                .containsExactly(
                        "Do you have a disability or a long-term health condition?",
                        "What is your sex?",
                        "Is the gender you identify with the same as your sex registered at birth?",
                        "What is your ethnic group?",
                        "What is your religion or belief?");

        UI.getCurrent().setLocale(Languages.EASY_READ);
        UI.getCurrent().navigate("feedback/about-you");
        assertThat(heading()).isEqualTo("Questions about you");
        assertThat(find(Button.class).withText("Skip these questions").exists()).isTrue();
        assertThat(question("Do you have a disability or a long illness?")
                        .getListDataView()
                        .getItems()
                        .map(question("Do you have a disability or a long illness?")
                                .getItemLabelGenerator()))
                .containsExactly("Yes", "No", "I do not want to say");

        UI.getCurrent().setLocale(Languages.POLISH);
        UI.getCurrent().navigate("feedback/about-you");
        assertThat(heading()).isEqualTo("Pytania o Ciebie");
        assertThat(find(Button.class).withText("Pomiń te pytania").exists()).isTrue();
        assertThat(find(Button.class).withText("Zapisz moje odpowiedzi").exists())
                .isTrue();
        test(find(Button.class).withText("Pomiń te pytania").single()).click();
        assertThat(heading()).isEqualTo("W porządku");
    }
}
