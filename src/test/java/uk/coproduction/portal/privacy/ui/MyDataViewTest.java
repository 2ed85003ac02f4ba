package uk.coproduction.portal.privacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.services.Team;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "See, download or delete my feedback": the reference code, then a second proof, then the record (decision 0017). */
@PortalTest
@ViewPackages(classes = MyDataView.class)
class MyDataViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonWithTheirCodeAndTheOneTimeCodeFromTheirEmailSeesTheirWordsWithTheAddressMasked() {
        String address = "my.data." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "The waiting room is too loud", address, false))
                .referenceCode();
        typeReferenceCode(code);

        assertThat(find(Paragraph.class).withTextContaining("m•••@e•••.org").exists())
                .isTrue();
        assertThat(find(TextField.class).withLabel("The code we sent you").exists())
                .isFalse();
        click("Send me a code");
        assertThat(find(Paragraph.class)
                        .withTextContaining("We are sending an e-mail with a code of 6 numbers to m•••@e•••.org")
                        .exists())
                .isTrue();
        test(find(TextField.class).withLabel("The code we sent you").single()).setValue(oneTimeCodeFor(code));
        click("Show what you keep");

        assertThat(find(ListItem.class)
                        .withText("What you told us: The waiting room is too loud")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class).withText("E-mail: m•••@e•••.org").exists())
                .isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(address);
        Anchor download = find(Anchor.class).withText("Save a copy (text file)").single();
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void aWrongOneTimeCodeSaysHowManyTriesAreLeftAndAReusedOneSaysToAskForANewOne() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS),
                        "Wrong code please",
                        "wrong." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                        false))
                .referenceCode();
        typeReferenceCode(code);
        click("Send me a code");
        String right = oneTimeCodeFor(code);
        TextField oneTime =
                find(TextField.class).withLabel("The code we sent you").single();

        test(oneTime).setValue(right.equals("000000") ? "111111" : "000000");
        click("Show what you keep");
        assertThat(oneTime.isInvalid()).isTrue();
        assertThat(oneTime.getErrorMessage())
                .isEqualTo("That code is not right. Check the newest message we sent and"
                        + " type the 6 numbers again. You can try 4 more times.");
        assertThat(find(ListItem.class).exists()).isFalse();

        test(oneTime).setValue(right);
        click("Show what you keep");
        assertThat(find(ListItem.class)
                        .withText("What you told us: Wrong code please")
                        .exists())
                .isTrue();

        typeReferenceCode(code);
        click("Send me a code");
        TextField again =
                find(TextField.class).withLabel("The code we sent you").single();
        test(again).setValue(right);
        click("Show what you keep");
        assertThat(again.getErrorMessage()).startsWith("That code is not right.");
    }

    @Test
    void withoutContactDetailsThePrivateCodeOpensTheRecord() {
        SubmissionReceipt receipt = submissions.submit(
                fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Only my private code"));
        typeReferenceCode(receipt.referenceCode());

        TextField secret = find(TextField.class).withLabel("Your private code").single();
        test(secret).setValue("ABCD-EFGH-JKMN");
        click("Show what you keep");
        assertThat(secret.getErrorMessage())
                .isEqualTo("That private code is not right. Check it and type it again."
                        + " It looks like ABCD-EFGH-JKMN.");
        test(secret).setValue(receipt.secret());
        click("Show what you keep");

        assertThat(find(ListItem.class)
                        .withText("What you told us: Only my private code")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withText("We do not keep any contact details.")
                        .exists())
                .isTrue();
    }

    @Test
    void aWrongReferenceCodeGetsAClearMessage() {
        navigate(MyDataView.class);
        TextField field = find(TextField.class).withLabel("Your reference code").single();
        test(field).setValue("ZZZ-999");
        click("Next");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("We cannot find feedback with that code.");
        assertThat(find(ListItem.class).exists()).isFalse();
    }

    @Test
    void thePersonSeesWhatWouldGoAndWhatStaysAndNothingIsDeletedBeforeTheyConfirm() {
        SubmissionReceipt receipt =
                submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Please delete this"));
        openWithPrivateCode(receipt);

        click("See what we would delete");

        H4 check = find(H4.class).withText("Check before you delete").single();
        assertThat(check.getElement().getAttribute("tabindex"))
                .as("focus moves to it")
                .isEqualTo("-1");
        assertThat(find(Paragraph.class).withText("We will delete for good:").exists())
                .isTrue();
        assertThat(find(ListItem.class).withText("What you told us").exists()).isTrue();
        assertThat(find(Paragraph.class)
                        .withText("We keep these, without your words or contact details, so nobody"
                                + " can tell they are yours:")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withTextContaining("as numbers in our figures")
                        .exists())
                .isTrue();
        assertThat(find(Button.class)
                        .withText("Yes, delete my words and contact details")
                        .exists())
                .isTrue();
        assertThat(comment(receipt))
                .as("nothing deleted before the confirmation")
                .isEqualTo("Please delete this");

        click("No, keep everything");
        assertThat(find(Paragraph.class)
                        .withText("Nothing has been deleted. Your feedback is just as it was.")
                        .exists())
                .isTrue();
        assertThat(find(H4.class).withText("Check before you delete").exists()).isFalse();
        assertThat(comment(receipt)).isEqualTo("Please delete this");

        click("See what we would delete");
        click("Yes, delete my words and contact details");

        assertThat(comment(receipt)).isNull();
        assertThat(find(Paragraph.class)
                        .withTextContaining("Done. We deleted your words and contact details on")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withText("What you told us: Please delete this")
                        .exists())
                .isFalse();
        assertThat(find(Button.class).withText("See what we would delete").exists())
                .isFalse();
        openWithPrivateCode(receipt);
        assertThat(find(Paragraph.class)
                        .withTextContaining("Done. We deleted your words and contact details on")
                        .exists())
                .isTrue();
    }

    @Test
    void theEasyReadPageSaysTheSameInEasyWords() {
        SubmissionReceipt receipt =
                submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Easy read delete"));
        UI.getCurrent().setLocale(Languages.EASY_READ);
        openWithPrivateCode(receipt);

        click("See what we would delete");

        assertThat(find(H4.class).withText("Check before you delete").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("We will delete:").exists()).isTrue();
        assertThat(find(ListItem.class).withText("What you told us").exists()).isTrue();
        click("No, keep everything");
        assertThat(find(Paragraph.class).withText("We did not delete anything.").exists())
                .isTrue();
        assertThat(comment(receipt)).isEqualTo("Easy read delete");
    }

    private String comment(SubmissionReceipt receipt) {
        return jdbc.queryForObject(
                "select comment from feedback where reference_code = ?", String.class, receipt.referenceCode());
    }

    private void openWithPrivateCode(SubmissionReceipt receipt) {
        typeReferenceCode(receipt.referenceCode());
        test(find(TextField.class).withLabel("Your private code").single()).setValue(receipt.secret());
        click("Show what you keep");
    }

    private void typeReferenceCode(String code) {
        navigate(MyDataView.class);
        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code);
        click("Next");
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    /** The six digits in the message the outbox holds for the person. */
    private String oneTimeCodeFor(String referenceCode) {
        String body = jdbc.queryForObject(
                "select e.body from my_data_code c join outgoing_email e on e.id = c.message_id"
                        + " join feedback f on f.id = c.feedback_id where f.reference_code = ? order by c.id desc limit 1",
                String.class,
                referenceCode);
        Matcher digits = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertThat(digits.find()).isTrue();
        return digits.group(1);
    }
}
