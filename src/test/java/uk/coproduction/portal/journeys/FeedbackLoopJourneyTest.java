package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.security.TestAccounts;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The core loop in a real browser: a young person sends feedback without an account, a commissioner links it to a
 * Delivery Plan action and replies, and the young person sees the reply with their code. Every public page is
 * checked with axe-core.
 */
@PortalTest
class FeedbackLoopJourneyTest extends BrowserJourney {

    private static final Pattern REFERENCE_CODE = Pattern.compile("^[A-Z2-9]{3}-[A-Z2-9]{3}$");

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void youngPersonSendsFeedbackCommissionerRepliesAndTheYoungPersonSeesTheReply() {
        // 1. A young person, without an account, sends feedback.
        Page youngPerson = newPerson();
        youngPerson.navigate(url("/"));
        assertThat(youngPerson.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tell us what your services are like")))
                .isVisible();
        assertAccessible(youngPerson, "the home page");
        screenshot(youngPerson, "01-home");

        youngPerson
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Give feedback about a service"))
                .click();
        youngPerson
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start").setExact(true))
                .click();
        // Not a jointly commissioned service: its reply is sent at once, without a second commissioner's approval.
        youngPerson.getByLabel("Type a word about the service").fill("occupational");
        youngPerson
                .getByRole(
                        AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Occupational Therapy")))
                .check();
        next(youngPerson, "Where do you live?");
        next(youngPerson, "Who are you?");
        youngPerson
                .getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("A child or young person"))
                .check();
        next(youngPerson, "How old are you?");
        youngPerson
                .getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("11 to 15"))
                .check();
        for (int question = 1; question <= 6; question++) {
            next(youngPerson, "Question " + question + " of 6");
            youngPerson
                    .getByRole(
                            AriaRole.RADIO,
                            new Page.GetByRoleOptions().setName("Good").setExact(true))
                    .check();
        }
        next(youngPerson, "What is one thing that should change?");
        youngPerson
                .getByLabel("Your idea (you do not have to write one)")
                .fill("I waited a long time for my first appointment.");
        next(youngPerson, "Do you want a reply?");
        youngPerson
                .getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No, thank you"))
                .check();
        next(youngPerson, "Check your answers");
        screenshot(youngPerson, "02-check-answers");
        youngPerson
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my feedback"))
                .click();

        assertThat(youngPerson.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you. We have your feedback.")))
                .isVisible();
        Locator codeOnPage = youngPerson.getByText(REFERENCE_CODE);
        assertThat(codeOnPage).isVisible();
        String code = codeOnPage.textContent().strip();
        screenshot(youngPerson, "03-confirmation");

        // 2. A commissioner signs in, finds it in the inbox, links it to a plan action and replies.
        Page commissioner = newPerson();
        commissioner.navigate(url("/staff"));
        assertThat(commissioner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staff sign in")))
                .isVisible();
        assertAccessible(commissioner, "the sign-in page");
        commissioner.getByLabel("Username").fill(TestAccounts.CHILDRENS_COMMISSIONER);
        commissioner
                .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(TestAccounts.PASSWORD);
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(commissioner.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Chris Children")))
                .isVisible();
        commissioner
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback inbox"))
                .click();
        assertThat(commissioner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feedback inbox")))
                .isVisible();
        assertThat(commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)))
                .isVisible();
        assertAccessible(commissioner, "the inbox");
        screenshot(commissioner, "04-inbox");
        commissioner
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code))
                .click();

        assertThat(commissioner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feedback " + code)))
                .isVisible();
        assertThat(commissioner
                        .getByText("I waited a long time for my first appointment.")
                        .first())
                .isVisible();
        Locator actions = commissioner.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Delivery Plan actions this feedback informs"));
        actions.fill("4.1.1");
        commissioner
                .getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile("^4\\.1\\.1 .*\\(Children's delivery plan\\)$")))
                .click();
        actions.press("Escape");
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save links"))
                .click();
        assertThat(commissioner.getByText("Links to plan actions saved")).isVisible();
        assertThat(commissioner
                        .getByRole(AriaRole.LISTITEM)
                        .filter(new Locator.FilterOptions()
                                .setHasText(Pattern.compile("^4\\.1\\.1 .*\\(Children's delivery plan\\)$"))))
                .isVisible();

        commissioner
                .getByLabel("Your reply")
                .fill("Thank you for telling us. We are adding two therapists so first appointments come sooner.");
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview reply"))
                .click();
        assertThat(
                        commissioner
                                .getByRole(AriaRole.DIALOG)
                                .getByText(
                                        "Thank you for telling us. We are adding two therapists so first appointments come sooner."))
                .isVisible();
        commissioner
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send").setExact(true))
                .click();
        assertThat(commissioner.getByText("Reply sent")).isVisible();
        assertAccessible(commissioner, "a feedback item");
        screenshot(commissioner, "05-feedback-detail");

        // 3. The young person types their code and sees what happened.
        Page later = newPerson();
        later.navigate(url("/track"));
        assertThat(later.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("What happened to my feedback")))
                .isVisible();
        assertAccessible(later, "the 'what happened to my feedback' page");
        later.getByLabel("Your reference code").fill(code.toLowerCase());
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what happened"))
                .click();

        assertThat(later.getByText("Now: We have replied to you.")).isVisible();
        assertThat(later.getByText(
                        "Thank you for telling us. We are adding two therapists so first appointments come sooner."))
                .isVisible();
        // One tap each: did the reply make sense, has anything changed.
        later.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Did our reply make sense?"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes"))
                .click();
        assertThat(later.getByText("Thank you. We have saved your answer. You said: Yes"))
                .isVisible();
        later.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Has anything changed for you?"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Not yet"))
                .click();
        assertAccessible(later, "the feedback status with a reply");
        screenshot(later, "06-what-happened");
        Assertions.assertThat(jdbc.queryForMap(
                        "select reply_made_sense, something_changed from feedback where reference_code = ?", code))
                .containsEntry("reply_made_sense", "YES")
                .containsEntry("something_changed", "NOT_SURE");
    }

    private static void next(Page page, String nextPage) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Continue").setExact(true))
                .click();
        assertThat(page.getByText(nextPage).first()).isVisible();
    }
}
