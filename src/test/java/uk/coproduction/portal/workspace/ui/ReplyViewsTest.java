package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.AwaitingReply;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackProgress;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.ui.TrackFeedbackView;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReplyViewsTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerRepliesInBothVersionsAfterSeeingThePreviewAndThePersonSeesTheEasyReadOne() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "I could not read the letter", "sam@example.com", true))
                .referenceCode();
        open(code);
        assertThat(find(Paragraph.class)
                        .withText("E-mail is not set up: tell the person by phone or another way.")
                        .exists())
                .isTrue();

        test(find(TextArea.class).withLabel("Your reply").single())
                .setValue("Thank you. From now on we will send you letters in Easy Read, with pictures.");
        test(find(TextArea.class).withLabel("Easy Read version").single())
                .setValue("Thank you for telling us.\nWe will send you Easy Read letters.");
        test(find(Button.class).withText("Preview reply").single()).click();

        Dialog preview = find(Dialog.class).single();
        assertThat(preview.getHeaderTitle()).isEqualTo("Check your reply before you send it");
        assertThat(find(Paragraph.class)
                        .from(preview)
                        .withText("Thank you. From now on we will send you letters in Easy Read, with pictures.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .from(preview)
                        .withText("Thank you for telling us.\nWe will send you Easy Read letters.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .from(preview)
                        .withText("They used Easy Read, so their page shows them the Easy Read version.")
                        .exists())
                .isTrue();

        test(find(Button.class).withText("Go back and edit").single()).click();
        assertThat(preview.isOpened()).isFalse();
        assertThat(find(TextArea.class).withLabel("Your reply").single().getValue())
                .as("nothing typed is lost")
                .isEqualTo("Thank you. From now on we will send you letters in Easy Read, with pictures.");
        assertThat(submissions.progress(code).orElseThrow().replies()).isEmpty();

        test(find(Button.class).withText("Preview reply").single()).click();
        test(find(Button.class).withText("Send").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Thank you for telling us.\nWe will send you Easy Read letters.")
                        .exists())
                .as("shown as sent on the page")
                .isTrue();
        assertThat(find(TextArea.class).withLabel("Your reply").single().getValue())
                .isEmpty();
        assertThat(submissions.progress(code).orElseThrow().status()).isEqualTo(FeedbackStatus.REPLIED);

        lookUp(code);
        assertThat(find(Paragraph.class)
                        .withText("Thank you for telling us.\nWe will send you Easy Read letters.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("Thank you. From now on we will send you letters in Easy Read, with pictures.")
                        .exists())
                .as("an Easy Read user sees the Easy Read version")
                .isFalse();
    }

    @Test
    void theEasyReadVersionIsWrittenFromTheTemplateAndLongSentencesAreWarnedAboutButNotBlocked() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Nobody listened", "lee@example.com", true))
                .referenceCode();
        open(code);

        test(find(Checkbox.class).withLabel("Thank you for telling us.").single())
                .click();
        test(find(TextField.class).withLabel("What you are going to do").single())
                .setValue("meet you and your family.");
        test(find(Checkbox.class).withLabel("This will happen by ___.").single())
                .click();
        test(find(Button.class)
                        .withText("Put these sentences in the Easy Read version")
                        .single())
                .click();

        TextField when = find(TextField.class).withLabel("When it will happen").single();
        assertThat(when.isInvalid()).isTrue();
        assertThat(when.getErrorMessage()).isEqualTo("Fill in this gap, or untick the sentence");
        TextArea easyRead = find(TextArea.class).withLabel("Easy Read version").single();
        assertThat(easyRead.getValue()).isEmpty();

        test(when).setValue("the end of May");
        test(find(Button.class)
                        .withText("Put these sentences in the Easy Read version")
                        .single())
                .click();

        assertThat(easyRead.getValue()).isEqualTo("""
                Thank you for telling us.
                We are going to meet you and your family.
                This will happen by the end of May.""");
        assertThat(find(ListItem.class).withTextContaining("words)").exists()).isFalse();

        test(easyRead)
                .setValue(
                        easyRead.getValue()
                                + "\nWe are also going to look at how every member of our team listens to the children we work with.");
        assertThat(find(ListItem.class)
                        .withText("We are also going to look at how every member of our team "
                                + "listens to the children we work with (20 words)")
                        .exists())
                .isTrue();

        test(find(TextArea.class).withLabel("Your reply").single()).setValue("Thank you. We will meet you in May.");
        test(find(Button.class).withText("Preview reply").single()).click();
        test(find(Button.class).withText("Send").single()).click();
        assertThat(submissions.progress(code).orElseThrow().replies())
                .extracting(FeedbackProgress.PublicReply::easyRead)
                .singleElement()
                .asString()
                .startsWith("Thank you for telling us.\nWe are going to meet you and your family.");
    }

    @Test
    void aJointlyCommissionedReplyWaitsForASecondCommissionerWhoApprovesItAndThenThePersonSeesIt() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Speech and Language Therapy"), "The sessions stopped"))
                .referenceCode();
        open(code);
        test(find(TextArea.class).withLabel("Your reply").single())
                .setValue("We are finding out why the sessions stopped.");
        test(find(Button.class).withText("Preview reply").single()).click();
        assertThat(find(Paragraph.class)
                        .from(find(Dialog.class).single())
                        .withText("This service is jointly commissioned. "
                                + "Another commissioner in your team must approve the reply before the person sees it.")
                        .exists())
                .isTrue();
        test(find(Button.class).withText("Send for approval").single()).click();

        assertThat(find(H3.class).withText("Waiting for approval").exists()).isTrue();
        assertThat(find(Paragraph.class)
                        .withText("You wrote this reply, so you cannot approve it. Another commissioner "
                                + "in your team must approve it.")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Approve").exists()).isFalse();
        lookUp(code);
        assertThat(find(Paragraph.class)
                        .withText("We have not replied yet. We will reply here.")
                        .exists())
                .as("the person does not see a reply that waits for approval")
                .isTrue();

        SignedIn.as(TestAccounts.SECOND_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        navigate(RepliesToApproveView.class);
        assertThat(find(H1.class).withText("Replies to approve").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<AwaitingReply> grid = find(Grid.class).single();
        int row = rowOf(grid, code);
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Chris Children");
        test((RouterLink) test(grid).getCellComponent(row, 0)).click();

        assertThat(find(H1.class).withText("Feedback " + code).exists()).isTrue();
        test(find(TextArea.class).withLabel("Reply to approve (plain English)").single())
                .setValue("We are finding out why the sessions stopped. We will write to you by Friday.");
        test(find(Button.class).withText("Approve").single()).click();
        test(find(Button.class).withText("Approve and send").single()).click();

        assertThat(find(Paragraph.class).withText("Approved by Casey Children.").exists())
                .isTrue();
        lookUp(code);
        assertThat(find(Paragraph.class)
                        .withText("We are finding out why the sessions stopped. We will write to you by Friday.")
                        .exists())
                .isTrue();
    }

    @Test
    void anApproverReturnsTheReplyWithANoteAndTheAuthorEditsItAgain() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceNamed("Speech and Language Therapy"), "Too far away"))
                .referenceCode();
        open(code);
        test(find(TextArea.class).withLabel("Your reply").single()).setValue("Noted.");
        test(find(Button.class).withText("Preview reply").single()).click();
        test(find(Button.class).withText("Send for approval").single()).click();

        SignedIn.as(TestAccounts.SECOND_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        open(code);
        test(find(Button.class).withText("Return to the author").single()).click();
        TextArea note = find(TextArea.class).withLabel("Note for the author").single();
        assertThat(note.getErrorMessage()).isEqualTo("Write a note saying what to change");
        test(note).setValue("Say what we will do about the distance.");
        test(find(Button.class).withText("Return to the author").single()).click();

        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        open(code);
        Paragraph returned = find(Paragraph.class)
                .withTextContaining("Casey Children returned Chris Children's reply on")
                .single();
        assertThat(returned.getText()).endsWith(". Their note: Say what we will do about the distance.");
        test(find(Button.class).withText("Edit this reply again").single()).click();
        assertThat(find(TextArea.class).withLabel("Your reply").single().getValue())
                .isEqualTo("Noted.");
        assertThat(submissions.progress(code).orElseThrow().replies()).isEmpty();
    }

    private void open(String code) {
        long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
    }

    /** What the person sees when they type their code on "what happened to my feedback". */
    private void lookUp(String code) {
        navigate(TrackFeedbackView.class);
        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code);
        test(find(Button.class).withText("Show what happened").single()).click();
    }

    private int rowOf(Grid<AwaitingReply> grid, String code) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (((RouterLink) test(grid).getCellComponent(row, 0)).getText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + code);
    }
}
