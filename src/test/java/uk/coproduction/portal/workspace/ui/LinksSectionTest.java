package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class LinksSectionTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackLinkService links;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerLinksAnotherServiceAndAnActionThenRecordsAndPublishesAChange() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Speech and Language Therapy"),
                        "Nobody asked us what we thought of the new clinic"))
                .referenceCode();
        long id = fixtures.idOf(code);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ServiceSummary> others = find(MultiSelectComboBox.class)
                .withLabel("Other services it is also about")
                .single();
        var otherServices = test(others);
        otherServices.setFilter("occupational");
        otherServices.selectItem(otherServices.getSuggestions().getFirst());
        test(find(Button.class).withText("Save services").single()).click();
        assertThat(links.links(id).otherServices()).hasSize(1);

        assertThat(find(Button.class).withText("Record a change").exists()).isFalse();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActionSummary> actions = find(MultiSelectComboBox.class)
                .withLabel("Delivery Plan actions this feedback informs")
                .single();
        var actionField = test(actions);
        actionField.setFilter("3.1.2 include trained");
        actionField.selectItem(actionField.getSuggestions().getFirst());
        test(find(Button.class).withText("Save links").single()).click();
        assertThat(find(DescriptionList.Description.class)
                        .withText("Linked to a plan")
                        .exists())
                .isTrue();

        test(find(Button.class).withText("Record a change").single()).click();
        test(find(Button.class).withText("Record the change").single()).click();
        TextArea what = find(TextArea.class).withLabel("What was done").single();
        assertThat(what.isInvalid()).isTrue();
        assertThat(what.getErrorMessage()).isEqualTo("Say what was done");

        test(what).setValue("Young people now sit on the panel that chooses the new provider.");
        test(find(DatePicker.class).withLabel("When").single())
                .setValue(LocalDate.now().minusDays(1));
        test(find(TextField.class).withLabel("Who made the change").single()).setValue("Participation team");
        test(find(Button.class).withText("Record the change").single()).click();

        assertThat(find(DescriptionList.Description.class)
                        .withText("Change made")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("Feedback that led to it: " + code)
                        .exists())
                .isTrue();
        assertThat(links.links(id).status()).isEqualTo(FeedbackStatus.CHANGE_MADE);

        test(find(Button.class).withText("Publish on You said, we did").single())
                .click();
        test(find(Button.class).withText("Publish").single()).click();
        TextArea easyRead = find(TextArea.class).withLabel("Easy Read summary").single();
        assertThat(easyRead.getErrorMessage()).isEqualTo("Write an Easy Read summary before you publish the change");
        test(easyRead).setValue("Young people help choose the new service. They sit on the panel.");
        test(find(Button.class).withText("Publish").single()).click();

        assertThat(find(Span.class).withText("Published on You said, we did").exists())
                .isTrue();
    }
}
