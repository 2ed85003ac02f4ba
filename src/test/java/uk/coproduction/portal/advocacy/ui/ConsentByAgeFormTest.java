package uk.coproduction.portal.advocacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advocate's form asks the person's age first, says which consent fits it, and refuses self-consent where it is
 * not plausible with a message at the consent question, keeping everything typed (decision 0039).
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
class ConsentByAgeFormTest extends SpringBrowserlessTest {

    private static final String WORDS = "He likes the swing best and wants more time on it.";

    @Autowired
    AdvocacyFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        fixtures.ensureAdvocates();
    }

    @Test
    void theFormAsksThePersonsAgeFirst() {
        navigate(OnBehalfView.class);

        RadioButtonGroup<PersonsAge> age = radios("How old is the person?");
        assertThat(age.getHelperText()).isEqualTo("We ask this first: it decides which consent you can record.");
        assertThat(find(RadioButtonGroup.class).all().getFirst())
                .as("the first question")
                .isSameAs(age);
        assertThat(find(ComboBox.class).withLabel("Service").single().isRequiredIndicatorVisible())
                .isTrue();
    }

    @Test
    void anAdvocateCannotRecordSelfConsentForASevenYearOldButCanWithAParentOrCarer() {
        navigate(OnBehalfView.class);
        test(radios("How old is the person?")).selectItem("Under 11");
        fillTheRest();
        assertThat(radios("How was consent to share their views given?").getHelperText())
                .as("the rule is said before anything is refused")
                .startsWith("Under 13: a parent or carer gives consent");
        test(radios("How was consent to share their views given?")).selectItem("The person's own verbal consent");

        test(find(Button.class).withText("Check and read back").single()).click();

        String expected = "A child under 13 cannot consent on their own here. Choose a parent's or carer's consent,"
                + " or a best-interests decision";
        assertThat(radios("How was consent to share their views given?").getErrorMessage())
                .isEqualTo(expected);
        assertThat(find(ErrorSummary.class).single().isVisible()).isTrue();
        assertThat(find(Button.class).withText(expected).exists())
                .as("in the error summary")
                .isTrue();
        assertThat(find(H2.class).withText("What we will send").exists())
                .as("no read-back")
                .isFalse();
        assertThat(radios("How old is the person?").getValue())
                .as("nothing typed is lost")
                .isEqualTo(PersonsAge.UNDER_11);
        assertThat(radios("How was consent to share their views given?").getValue())
                .isEqualTo(ConsentBasis.OWN_VERBAL);
        assertThat(find(TextArea.class)
                        .withLabel("What they said about the service")
                        .single()
                        .getValue())
                .isEqualTo(WORDS);

        test(radios("How was consent to share their views given?"))
                .selectItem("A parent's or carer's consent (someone with parental responsibility)");
        test(find(Button.class).withText("Check and read back").single()).click();

        assertThat(find(H2.class).withText("What we will send").exists()).isTrue();
    }

    @Test
    void aFourteenYearOldSelfConsentsOnlyWithTheGillickConfirmation() {
        navigate(OnBehalfView.class);
        test(radios("How old is the person?")).selectItem("13 to 15");
        fillTheRest();
        test(radios("How was consent to share their views given?")).selectItem("The person's own verbal consent");
        test(find(Button.class).withText("Check and read back").single()).click();
        assertThat(radios("How was consent to share their views given?").getErrorMessage())
                .startsWith("At 13 to 15 their own consent counts only if they are Gillick competent");

        test(radios("How was consent to share their views given?"))
                .selectItem("A Gillick-competent young person's own consent");
        Checkbox gillick = find(Checkbox.class)
                .withLabel("I checked that they understand what sharing their views"
                        + " means and what happens next, and they chose to share them (Gillick competence)")
                .single();
        assertThat(gillick.isVisible())
                .as("asked only for a Gillick-competent young person's own consent")
                .isTrue();
        test(find(Button.class).withText("Check and read back").single()).click();

        assertThat(gillick.isInvalid()).isTrue();
        assertThat(gillick.getErrorMessage())
                .isEqualTo("Confirm you checked they understand what sharing their views"
                        + " means and chose to share them, or choose a parent's or carer's consent");
        assertThat(find(H2.class).withText("What we will send").exists()).isFalse();

        test(gillick).click();
        test(find(Button.class).withText("Check and read back").single()).click();

        assertThat(find(H2.class).withText("What we will send").exists()).isTrue();
    }

    private void fillTheRest() {
        test(find(ComboBox.class).withLabel("Service").single()).selectItem("Occupational Therapy");
        test(radios("Who the person is")).selectItem("A child or young person");
        test(find(CheckboxGroup.class)
                        .withLabel("How you found out their views")
                        .single())
                .selectItems("Conversation");
        test(find(TextArea.class).withLabel("What they said about the service").single())
                .setValue(WORDS);
        test(radios("Whose words are \"what they said about the service\"?")).selectItem("The person's own words");
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radios(String label) {
        return find(RadioButtonGroup.class).withLabel(label).single();
    }
}
