package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The chain from a voice to a change, in a real browser: a commissioner finds a new item by its words, tags it,
 * proposes a quote (redacted, waiting for a second commissioner), links it to a Delivery Plan action, replies in plain English and Easy Read after a preview,
 * records the change the feedback led to and publishes it; the service and plan pages show it, and anyone sees it on
 * the public "You said, we did" page, in plain English and in Easy Read. axe-core checks every page.
 */
@PortalTest
class CommissionerWorkspaceJourneyTest extends BrowserJourney {

    private static final String WORDS =
            "My name is Jordan. I waited ages for my first appointment and nobody told me why.";
    private static final String CHANGE = "Families now hear from a therapist within ten working days of a referral.";
    private static final String CHANGE_EASY_READ =
            "You told us you waited too long. Now a therapist calls you within 2 weeks.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerTakesANewItemAllTheWayToAPublishedYouSaidWeDidEntry() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceNamed("Occupational Therapy"), WORDS))
                .referenceCode();

        // 1. The inbox: find it by the person's words.
        Page commissioner = newPerson();
        commissioner.navigate(url("/staff"));
        commissioner.getByLabel("Username").fill(TestAccounts.CHILDRENS_COMMISSIONER);
        commissioner
                .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(TestAccounts.PASSWORD);
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        commissioner
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback inbox"))
                .click();
        assertThat(commissioner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feedback inbox")))
                .isVisible();
        commissioner.getByLabel("Search their words").fill("waited ages Jordan");
        commissioner.getByLabel("Search their words").press("Enter");
        assertThat(commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)))
                .isVisible();
        assertAccessible(commissioner, "the filtered inbox");
        screenshot(commissioner, "workspace-01-inbox");
        commissioner
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code))
                .click();

        // 2. The item: a theme from the suggestion, a moderated quote, a link to a plan action.
        assertThat(commissioner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feedback " + code)))
                .isVisible();
        assertAccessible(commissioner, "a new feedback item");
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Waiting times"))
                .click();
        assertThat(commissioner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Waiting times")))
                .isVisible();

        Locator quote = commissioner.getByLabel("Words to quote");
        assertThat(quote).isEmpty();
        quote.fill("My name is Ellie. I waited ages for my first appointment and nobody told me why.");
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose as a quote"))
                .click();
        assertThat(commissioner.getByText(
                        "My name is [name]. I waited ages for my first appointment and nobody told me why."))
                .isVisible();
        assertThat(commissioner.getByText(Pattern.compile("another commissioner must approve it")))
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

        // 3. The reply, in both versions, checked in the preview before it goes.
        commissioner
                .getByLabel("Your reply")
                .fill(
                        "Thank you for telling us. From next month a therapist will call every family within ten working days.");
        commissioner.getByLabel("Easy Read version").fill("Thank you for telling us. A therapist will call you soon.");
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview reply"))
                .click();
        Locator preview = commissioner.getByRole(AriaRole.DIALOG);
        assertThat(preview.getByText("A therapist will call you soon.", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertAccessible(commissioner, "the reply preview");
        screenshot(commissioner, "workspace-02-reply-preview");
        preview.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Send").setExact(true))
                .click();
        assertThat(commissioner.getByText("Reply sent")).isVisible();

        // 4. The change it led to, recorded on the action and published with an Easy Read summary.
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a change"))
                .click();
        Locator record = commissioner.getByRole(AriaRole.DIALOG);
        record.getByLabel("What was done").fill(CHANGE);
        record.getByLabel("When").fill(LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        record.getByLabel("When").press("Enter");
        record.getByLabel("Who made the change").fill("KCHFT Occupational Therapy team");
        assertAccessible(commissioner, "recording a change");
        record.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the change"))
                .click();
        assertThat(commissioner.getByText("Change recorded")).isVisible();
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish on You said, we did"))
                .click();
        Locator publish = commissioner.getByRole(AriaRole.DIALOG);
        publish.getByLabel("Easy Read summary").fill(CHANGE_EASY_READ);
        publish.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Publish").setExact(true))
                .click();
        assertThat(commissioner.getByText("Change published")).isVisible();
        assertThat(commissioner.getByText(Pattern.compile("Change made"))).not().hasCount(0);
        assertAccessible(commissioner, "the item after the change");
        screenshot(commissioner, "workspace-03-item-after-change");

        // 5. The service page and the plan page show the chain.
        commissioner.navigate(url("/staff/services/OCCUPATIONAL_THERAPY"));
        assertThat(commissioner.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Occupational Therapy")))
                .isVisible();
        assertThat(commissioner
                        .getByText(CHANGE, new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertAccessible(commissioner, "a service page");
        screenshot(commissioner, "workspace-04-service");
        commissioner.navigate(url("/staff/plans/JCDP_2020_21"));
        // The plan page draws every action with its voices: give a busy machine time to draw it.
        assertThat(commissioner.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^4\\.1\\.1 "))))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        // The quote was only proposed: until a second commissioner approves it, it is nowhere outside the item.
        assertThat(commissioner.getByText(
                        "My name is [name]. I waited ages for my first appointment and nobody told me why."))
                .hasCount(0);
        assertThat(commissioner.getByText(WORDS)).hasCount(0);
        assertAccessible(commissioner, "a plan page");
        screenshot(commissioner, "workspace-05-plan");

        // 6. Anyone sees it on "You said, we did", without the person's name, in plain English and Easy Read.
        Page anyone = newPerson();
        anyone.navigate(url("/"));
        anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("You said, we did: see what changed"))
                .click();
        assertAccessible(anyone, "the list of services on You said, we did");
        anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Occupational Therapy"))
                .click();
        assertThat(anyone.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Occupational Therapy: you said, we did")))
                .isVisible();
        assertThat(anyone.getByText(CHANGE)).isVisible();
        assertThat(anyone.getByText("Jordan")).hasCount(0);
        assertAccessible(anyone, "a service's You said, we did page");
        screenshot(anyone, "workspace-06-you-said-we-did");
        anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Easy Read"))
                .click();
        assertThat(anyone.getByText(CHANGE_EASY_READ)).isVisible();
        assertAccessible(anyone, "You said, we did in Easy Read");
        screenshot(anyone, "workspace-07-you-said-we-did-easy-read");

        // 7. The person sees the reply with their code; the database holds the evidence trail.
        Page person = newPerson();
        person.navigate(url("/track"));
        person.getByLabel("Your reference code").fill(code);
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what happened"))
                .click();
        assertThat(
                        person.getByText(
                                "Thank you for telling us. From next month a therapist will call every family within ten working days."))
                .isVisible();
        Assertions.assertThat(jdbc.queryForList("""
                select c.to_status from feedback_status_change c join feedback f on f.id = c.feedback_id
                where f.reference_code = ? order by c.id
                """, String.class, code))
                .containsSubsequence("READ", "LINKED", "REPLIED", "CHANGE_MADE");
    }
}
