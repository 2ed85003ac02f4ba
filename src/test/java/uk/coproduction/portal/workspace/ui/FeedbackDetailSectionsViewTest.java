package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.Quote;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.feedback.QuoteService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail page's triage, themes and moderation sections, used as a commissioner uses them. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class FeedbackDetailSectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    QuoteService quotes;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerAddsASuggestedThemeChoosesAnotherAndRemovesOne() {
        open("We waited ages for the bus");

        assertThat(find(Span.class)
                        .withText("Waiting times: they wrote \u201cwaited\u201d")
                        .exists())
                .isTrue();
        test(find(Button.class).withText("Add Waiting times").single()).click();
        assertThat(find(Button.class).withText("Remove Waiting times").exists()).isTrue();
        assertThat(find(Button.class).withText("Add Waiting times").exists()).isFalse();

        test(find(ComboBox.class).withLabel("Add a theme").single()).selectItem("Support for families");
        test(find(Button.class).withText("Add theme").single()).click();
        assertThat(find(Button.class).withText("Remove Support for families").exists())
                .isTrue();

        test(find(Button.class).withText("Remove Waiting times").single()).click();
        assertThat(find(Button.class).withText("Remove Waiting times").exists()).isFalse();
        assertThat(find(Button.class).withText("Add Waiting times").exists())
                .as("suggested again")
                .isTrue();
    }

    @Test
    void addingWithoutChoosingAThemeSaysWhatToDo() {
        open("Hello");

        test(find(Button.class).withText("Add theme").single()).click();

        ComboBox<?> chooser = find(ComboBox.class).withLabel("Add a theme").single();
        assertThat(chooser.isInvalid()).isTrue();
        assertThat(chooser.getErrorMessage()).isEqualTo("Choose a theme first");
    }

    @Test
    void theQuoteBoxStartsEmptyWhatIsProposedIsRedactedAndOnlyASecondCommissionerPublishesIt() {
        String words = "My name is Ellie Brown and I go to Oak Tree Primary School in Ashford. The club is too loud.";
        long id = open(words);

        TextArea copy = find(TextArea.class).withLabel("Words to quote").single();
        assertThat(copy.getValue())
                .as("nothing is copied in for the commissioner")
                .isEmpty();
        assertThat(find(Paragraph.class).withText("Not usable as a quote yet.").exists())
                .isTrue();

        // Even pasting everything, one click cannot publish it: it is redacted and waits for a second look.
        test(copy).setValue(words);
        test(find(Button.class).withText("Propose as a quote").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("My name is [name] and I go to [school] in [place]. The club is too loud.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withTextContaining("Not public yet: another commissioner must approve it")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Approve and publish the quote").exists())
                .as("the proposer is not offered approval")
                .isFalse();
        assertThat(quotes.usableQuote(id)).isEmpty();

        QuotePublishing.as(TestAccounts.SECOND_CHILDRENS_COMMISSIONER, () -> {
            navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
            test(find(Button.class).withText("Approve and publish the quote").single())
                    .click();
            assertThat(find(Paragraph.class)
                            .withTextContaining(
                                    "Published: proposed by test.children, approved by test.children.second")
                            .exists())
                    .isTrue();
            return null;
        });
        assertThat(quotes.usableQuote(id))
                .map(Quote::text)
                .contains("My name is [name] and I go to [school] in [place]. The club is too loud.");

        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
        test(find(Button.class).withText("Withdraw the quote").single()).click();
        assertThat(find(Paragraph.class).withText("Not usable as a quote yet.").exists())
                .isTrue();
        assertThat(quotes.usableQuote(id)).isEmpty();
    }

    @Test
    void anEmptyQuoteIsRefusedAtTheField() {
        open("Some words");
        TextArea copy = find(TextArea.class).withLabel("Words to quote").single();

        test(find(Button.class).withText("Propose as a quote").single()).click();

        assertThat(copy.isInvalid()).isTrue();
        assertThat(copy.getErrorMessage()).isEqualTo("Write the words to quote, or withdraw the quote");
    }

    @Test
    void commissionerSeesReplyByAndOwnerAndCannotClaimAChangeWithoutEvidence() {
        open("Please change something");

        assertThat(find(DescriptionList.Term.class).withText("Reply by").exists())
                .isTrue();
        assertThat(find(DescriptionList.Description.class)
                        .withText("You (test.children)")
                        .exists())
                .isTrue();

        @SuppressWarnings("unchecked")
        Select<Object> status = find(Select.class).withLabel("Move to status").single();

        assertThat(status.getListDataView().getItems().map(String::valueOf).toList())
                .as("only statuses with their facts are offered")
                .containsExactly("CLOSED")
                .doesNotContain("REPLIED", "LINKED", "CHANGE_MADE");

        test(status).selectItem("Closed");
        test(find(Button.class).withText("Change status").single()).click();
        TextArea reason =
                find(TextArea.class).withLabel("Why are you closing it?").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why you are closing it");
        assertThat(status.getValue()).as("the choice is kept").hasToString("CLOSED");

        test(reason).setValue("This is about a school, which the council does not commission.");
        test(find(Button.class).withText("Change status").single()).click();
        assertThat(find(DescriptionList.Description.class).withText("Closed").exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withTextContaining("Closed (test.children)")
                        .exists())
                .isTrue();
    }

    @Test
    void commissionerTakesAnItemSomeoneElseOwns() {
        long id = open("Owned by someone else");
        jdbc.update("update feedback set owner = 'someone.else' where id = ?", id);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
        assertThat(find(DescriptionList.Description.class)
                        .withText("someone.else")
                        .exists())
                .isTrue();

        test(find(Button.class).withText("Take this item").single()).click();

        assertThat(find(DescriptionList.Description.class)
                        .withText("You (test.children)")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Take this item").exists()).isFalse();
    }

    private long open(String words) {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), words))
                .referenceCode();
        long id = fixtures.idOf(code);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
        return id;
    }
}
