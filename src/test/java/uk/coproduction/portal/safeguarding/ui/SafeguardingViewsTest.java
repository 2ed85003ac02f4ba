package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class SafeguardingViewsTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void aLeadOpensAnItemFromTheQueueAcknowledgesItAndIsAskedForAReasonForNoAction() {
        String code = submissions
                .tellSomeone(
                        UUID.randomUUID().toString(), "Someone at school scares me", ContactRequest.NONE, null, "en-GB")
                .referenceCode();

        navigate(SafeguardingQueueView.class);
        RouterLink open = find(RouterLink.class).withText("Item " + code).single();
        assertThat(find(ListItem.class).withClassName("safeguarding-item").all())
                .isNotEmpty();
        test(open).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Safeguarding item " + code);
        test(find(Button.class).withText("Acknowledge: I am dealing with this").single())
                .click();
        assertThat(find(Button.class)
                        .withText("Acknowledge: I am dealing with this")
                        .exists())
                .isFalse();

        test(find(RadioButtonGroup.class).single()).selectItem("No action needed");
        test(find(Button.class).withText("Record the action").single()).click();
        TextArea note = find(TextArea.class).withLabel("Note").single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Write the reason in the note");

        test(note).setValue("Spoke to the school's designated safeguarding lead; already known and supported");
        test(find(Button.class).withText("Record the action").single()).click();
        assertThat(find(ListItem.class).all().stream().map(ListItem::getText))
                .anyMatch(t -> t.contains("No action needed") && t.contains("already known and supported"));
    }
}
