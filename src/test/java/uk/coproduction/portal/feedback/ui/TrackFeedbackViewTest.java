package uk.coproduction.portal.feedback.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
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
@ViewPackages(classes = TrackFeedbackView.class)
class TrackFeedbackViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;
    @Autowired
    FeedbackFixtures fixtures;

    @Test
    void personWithTheirCodeSeesThatTheirFeedbackWasReceived() {
        String code = submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Hello"))
                .referenceCode();
        navigate(TrackFeedbackView.class);

        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code.toLowerCase());
        test(find(Button.class).withText("Show what happened").single()).click();

        assertThat(find(Paragraph.class).withText("Now: We have received your feedback.").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("We have not replied yet. We will reply here.").exists()).isTrue();
    }

    @Test
    void aMistypedCodeGetsAMessageSayingWhatACodeLooksLike() {
        navigate(TrackFeedbackView.class);
        TextField code = find(TextField.class).withLabel("Your reference code").single();

        test(code).setValue("ABC-12");
        test(find(Button.class).withText("Show what happened").single()).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("It looks like ABC-234");
        assertThat(code.getValue()).isEqualTo("ABC-12");
    }
}
