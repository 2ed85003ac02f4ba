package uk.coproduction.portal.feedback.ui;

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
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.Quote;
import uk.coproduction.portal.feedback.QuoteService;
import uk.coproduction.portal.security.Roles;
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

        assertThat(find(Span.class).withText("Waiting times: they wrote \u201cwaited\u201d").exists()).isTrue();
        test(find(Button.class).withText("Add Waiting times").single()).click();
        assertThat(find(Button.class).withText("Remove Waiting times").exists()).isTrue();
        assertThat(find(Button.class).withText("Add Waiting times").exists()).isFalse();

        test(find(ComboBox.class).withLabel("Add a theme").single()).selectItem("Support for families");
        test(find(Button.class).withText("Add theme").single()).click();
        assertThat(find(Button.class).withText("Remove Support for families").exists()).isTrue();

        test(find(Button.class).withText("Remove Waiting times").single()).click();
        assertThat(find(Button.class).withText("Remove Waiting times").exists()).isFalse();
        assertThat(find(Button.class).withText("Add Waiting times").exists()).as("suggested again").isTrue();
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
    void commissionerRedactsACopyAndMarksItUsableAndTheOriginalIsNeverQuoted() {
        long id = open("Dr Khan was rude to me on 3 May 2026.");

        TextArea copy = find(TextArea.class).withLabel("Words to quote").single();
        assertThat(copy.getValue()).isEqualTo("Dr Khan was rude to me on 3 May 2026.");
        assertThat(find(Paragraph.class).withText("Not usable as a quote yet.").exists()).isTrue();

        test(find(Button.class).withText("Suggest redactions").single()).click();
        assertThat(copy.getValue()).isEqualTo("Dr [name] was rude to me on [date].");
        test(copy).setValue("A doctor was rude to me on [date].");
        test(find(Button.class).withText("Mark as usable as a quote").single()).click();

        assertThat(find(Paragraph.class).withTextContaining("Usable as a quote: approved by test.children").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("Dr Khan was rude to me on 3 May 2026.").exists())
                .as("the original is still shown to the commissioner").isTrue();
        assertThat(quotes.usableQuote(id)).map(Quote::text).contains("A doctor was rude to me on [date].");

        test(find(Button.class).withText("Withdraw the quote").single()).click();
        assertThat(find(Paragraph.class).withText("Not usable as a quote yet.").exists()).isTrue();
        assertThat(quotes.usableQuote(id)).isEmpty();
    }

    @Test
    void anEmptyQuoteIsRefusedAtTheField() {
        open("Some words");
        TextArea copy = find(TextArea.class).withLabel("Words to quote").single();

        test(copy).setValue("");
        test(find(Button.class).withText("Mark as usable as a quote").single()).click();

        assertThat(copy.isInvalid()).isTrue();
        assertThat(copy.getErrorMessage()).isEqualTo("Write the words to quote, or withdraw the quote");
    }

    @Test
    void commissionerSeesReplyByAndOwnerAndCannotClaimAChangeWithoutEvidence() {
        open("Please change something");

        assertThat(find(DescriptionList.Term.class).withText("Reply by").exists()).isTrue();
        assertThat(find(DescriptionList.Description.class).withText("You (test.children)").exists()).isTrue();

        @SuppressWarnings("unchecked")
        Select<Object> status = find(Select.class).withLabel("Move to status").single();
        test(status).selectItem("Change made");
        test(find(Button.class).withText("Change status").single()).click();
        assertThat(status.isInvalid()).isTrue();
        assertThat(status.getErrorMessage())
                .isEqualTo("Link this feedback to a plan action and record the change on that action first");

        test(status).selectItem("Closed");
        test(find(Button.class).withText("Change status").single()).click();
        assertThat(find(DescriptionList.Description.class).withText("Closed").exists()).isTrue();
        assertThat(find(ListItem.class).withTextContaining("Closed (test.children)").exists()).isTrue();
    }

    @Test
    void commissionerTakesAnItemSomeoneElseOwns() {
        long id = open("Owned by someone else");
        jdbc.update("update feedback set owner = 'someone.else' where id = ?", id);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
        assertThat(find(DescriptionList.Description.class).withText("someone.else").exists()).isTrue();

        test(find(Button.class).withText("Take this item").single()).click();

        assertThat(find(DescriptionList.Description.class).withText("You (test.children)").exists()).isTrue();
        assertThat(find(Button.class).withText("Take this item").exists()).isFalse();
    }

    private long open(String words) {
        String code = submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), words)).referenceCode();
        long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));
        return id;
    }
}
