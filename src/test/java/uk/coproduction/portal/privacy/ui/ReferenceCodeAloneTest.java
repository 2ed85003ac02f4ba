package uk.coproduction.portal.privacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.services.Team;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, as the outside security test found it: someone who has only a reference code (from an export, a screen,
 * a printout) types it into "my data" with no sign-in. They must see none of the person's words or contact details,
 * get no copy and no way to ask for deletion (decision 0017). Written to use nothing but the page, so it ran against
 * the code before the fix too, and failed there.
 */
@PortalTest
@ViewPackages(classes = MyDataView.class)
class ReferenceCodeAloneTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void someoneWithOnlyAReferenceCodeSeesNoWordsNoContactDetailsAndCannotAskForDeletion() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS),
                        "My private words about the clinic",
                        "victim.person@example.org",
                        false))
                .referenceCode();
        long erasuresBefore = erasureRequests();
        navigate(MyDataView.class);

        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code);
        find(Button.class).all().stream()
                .filter(b -> b.isVisible()
                        && b.getText() != null
                        && (b.getText().equals("Show what you keep")
                                || b.getText().equals("Next")))
                .findFirst()
                .ifPresent(b -> test(b).click());
        // Whatever the page offers next, press every button it shows (except sending a code to the person).
        for (int round = 0; round < 3; round++) {
            find(Button.class).all().stream()
                    .filter(b -> b.isVisible()
                            && b.isEnabled()
                            && !b.getText().equals("Send me a code")
                            && !b.getText().equals("Send a new code"))
                    .toList()
                    .forEach(b -> {
                        if (b.isAttached() && b.isVisible()) {
                            test(b).click();
                        }
                    });
        }

        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown)
                .doesNotContain("My private words about the clinic")
                .doesNotContain("victim.person")
                .doesNotContain("example.org");
        assertThat(find(Anchor.class).withText("Save a copy (text file)").exists())
                .isFalse();
        assertThat(erasureRequests())
                .as("no deletion asked with the code alone")
                .isEqualTo(erasuresBefore);
    }

    private long erasureRequests() {
        return jdbc.queryForObject("select count(*) from erasure_request", Long.class);
    }
}
