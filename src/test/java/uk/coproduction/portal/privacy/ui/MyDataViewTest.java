package uk.coproduction.portal.privacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.services.Team;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(classes = MyDataView.class)
class MyDataViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;
    @Autowired
    FeedbackFixtures fixtures;

    @Test
    void aPersonWithTheirCodeSeesTheirWordsAndContactDetailsAndCanSaveACopy() {
        String code = submissions.submit(fixtures.wantingAnEmailReply(fixtures.serviceOf(Team.CHILDRENS),
                "The waiting room is too loud", "my.data@example.org", false)).referenceCode();
        navigate(MyDataView.class);

        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code);
        test(find(Button.class).withText("Show what you keep").single()).click();

        assertThat(find(ListItem.class).withText("What you told us: The waiting room is too loud").exists()).isTrue();
        assertThat(find(ListItem.class).withText("E-mail: my.data@example.org").exists()).isTrue();
        Anchor download = find(Anchor.class).withText("Save a copy (text file)").single();
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void aWrongCodeGetsAClearMessage() {
        navigate(MyDataView.class);
        TextField field = find(TextField.class).withLabel("Your reference code").single();
        test(field).setValue("ZZZ-999");
        test(find(Button.class).withText("Show what you keep").single()).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("We cannot find feedback with that code.");
        assertThat(find(ListItem.class).exists()).isFalse();
    }

    @Test
    void askingForDeletionNeedsASecondStep() {
        String code = submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS),
                "Please delete this")).referenceCode();
        navigate(MyDataView.class);
        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code);
        test(find(Button.class).withText("Show what you keep").single()).click();

        test(find(Button.class).withText("Ask us to delete it").single()).click();
        assertThat(find(Paragraph.class).withText("Are you sure? Once we delete it, we cannot get it back.").exists())
                .isTrue();
        test(find(Button.class).withText("Yes, ask to delete it").single()).click();

        assertThat(find(Paragraph.class).withText("Thank you. We have your request. We will delete it soon.").exists())
                .isTrue();
        test(find(Button.class).withText("Show what you keep").single()).click();
        assertThat(find(Paragraph.class).withTextContaining("You asked us to delete this on").exists()).isTrue();
    }
}
