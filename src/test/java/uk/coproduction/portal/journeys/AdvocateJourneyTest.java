package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An advocate signs in and sends a resident's views on their behalf with the keyboard alone: consent, how the views
 * were gathered, three charter questions, the person's words and the advocate's summary; reads the Easy Read summary
 * back (and checks it prints without the page around it), records that the person agreed, sends, and finds the item
 * in their caseload. axe-core checks every page; the key presses are counted.
 */
@PortalTest
class AdvocateJourneyTest extends BrowserJourney {

    private static final String WORDS = "I like the swimming. The therapist is kind.";
    private static final String CHANGE = "Sessions after college, not in the morning.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    AdvocacyFixtures advocates;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        advocates.ensureAdvocates();
    }

    @Test
    void advocateSubmitsOnSomeonesBehalfWithTheKeyboardAlone() throws IOException {
        Page page = newPerson();
        Keyboard keys = new Keyboard(page);

        // 1. Sign in.
        page.navigate(url("/staff"));
        keys.tabTo(page.getByLabel("Username"));
        keys.type(AdvocacyFixtures.JO);
        keys.tabTo(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)));
        keys.type(TestAccounts.PASSWORD);
        page.waitForNavigation(() -> keys.pressToLeave("Enter"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Jo Test-Advocate")))
                .isVisible();
        assertAccessible(page, "an advocate's staff home");
        int signIn = keys.presses();

        // 2. The form.
        keys.tabTo(page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Send on someone's behalf").setExact(true)));
        keys.pressToLeave("Enter");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Send feedback on someone's behalf")))
                .isVisible();
        assertAccessible(page, "the on-behalf form");
        screenshot(page, "advocate-01-form");

        keys.choose(radio(page, "How old is the person?", "19 to 25"));
        Locator service = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Service"));
        keys.tabTo(service);
        keys.type("occupational");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Occupational Therapy"))
                .waitFor();
        keys.press("ArrowDown");
        keys.press("Enter");
        assertThat(service).hasValue("Occupational Therapy");

        keys.choose(radio(page, "Area they live in", "East Kent"));
        keys.choose(radio(page, "Who the person is", "An adult with a learning disability, or an autistic adult"));
        keys.choose(radio(page, "How was consent to share their views given?", "The person's own verbal consent"));
        tick(keys, page, "Conversation");
        tick(keys, page, "Pictures or Talking Mats");
        keys.choose(radio(page, "Were people kind to you?", "Really good"));
        keys.choose(radio(page, "Did people make you feel welcome?", "Good"));
        keys.choose(radio(page, "Did people listen to you?", "Bad"));

        keys.tabTo(page.getByLabel("What they said about the service"));
        keys.type(WORDS);
        keys.choose(radio(page, "Whose words are \"what they said about the service\"?", "The person's own words"));
        keys.tabTo(page.getByLabel("The one thing they would change"));
        keys.type(CHANGE);
        keys.choose(radio(page, "Whose words are \"the one thing they would change\"?", "The advocate's summary"));
        keys.activate(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and read back")));
        int form = keys.presses() - signIn;

        // 3. The Easy Read summary, read back; it prints without the page around it.
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Read this back to the person")))
                .isVisible();
        assertThat(page.getByText("This is about Occupational Therapy.")).isVisible();
        assertThat(page.getByText("Did people listen to you? You said: Bad.")).isVisible();
        assertThat(page.getByText("You said: " + WORDS)).isVisible();
        assertThat(page.getByText("Jo Test-Advocate wrote down what you want to change: " + CHANGE))
                .isVisible();
        assertAccessible(page, "the Easy Read read-back");
        screenshot(page, "advocate-02-read-back");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.getByText("This is about Occupational Therapy.")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send").setExact(true)))
                .isHidden();
        assertThat(page.locator(".portal-header")).isHidden();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        keys.choose(
                radio(page, "Did you read this back to the person?", "Yes, I read it back and they agreed with it"));
        keys.tabTo(page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)));
        keys.pressToLeave("Enter");

        // 4. The caseload, with the code.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your caseload")))
                .isVisible();
        Map<String, Object> stored = jdbc.queryForMap("""
                select f.reference_code, f.channel, a.consent, a.comment_source, a.change_source, a.read_back
                from feedback f join feedback_advocacy a on a.feedback_id = f.id where f.comment = ?
                order by f.id desc limit 1""", WORDS);
        String code = (String) stored.get("reference_code");
        assertThat(page.locator(".advocacy-sent .reference-code")).hasText(code);
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(code)))
                .isVisible();
        assertAccessible(page, "the caseload");
        screenshot(page, "advocate-03-caseload");
        Assertions.assertThat(stored)
                .containsEntry("channel", "ADVOCATE")
                .containsEntry("consent", "OWN_VERBAL")
                .containsEntry("comment_source", "OWN_WORDS")
                .containsEntry("change_source", "ADVOCATE_SUMMARY")
                .containsEntry("read_back", "AGREED");
        Assertions.assertThat(jdbc.queryForList("""
                select g.method from feedback_advocacy_gathering g join feedback f on f.id = g.feedback_id
                where f.reference_code = ? order by g.method""", String.class, code)).containsExactly("CONVERSATION", "PICTURES");

        String line = "Advocate on someone's behalf: " + keys.presses() + " key presses in all (" + signIn
                + " to sign in, " + form + " for the form with " + (WORDS.length() + CHANGE.length())
                + " characters typed, " + (keys.presses() - signIn - form) + " to read back and send)";
        System.out.println("Journey figures - " + line);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("advocate-journey-figures.txt"), List.of(line));
    }

    /** A choice inside the group with this label. */
    private static Locator radio(Page page, String groupLabel, String choice) {
        return page.getByRole(
                        AriaRole.RADIOGROUP,
                        new Page.GetByRoleOptions().setName(groupLabel).setExact(true))
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(choice).setExact(true));
    }

    private static void tick(Keyboard keys, Page page, String label) {
        Locator box = page.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
        keys.tabTo(box);
        keys.press("Space");
        assertThat(box).isChecked();
    }
}
