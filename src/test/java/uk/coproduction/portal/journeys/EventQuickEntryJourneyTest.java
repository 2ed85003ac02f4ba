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

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A commissioner records a school session and, with the keyboard only, enters five young people's charter answers
 * given there; each becomes feedback received at the event. axe-core checks every activity page. Prints how many
 * key presses each person took.
 */
@PortalTest
class EventQuickEntryJourneyTest extends BrowserJourney {

    private static final String TITLE = "Year 9 session on speech therapy";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerEntersFivePeoplesAnswersAtAnEventWithTheKeyboardOnly() {
        Page page = newPerson();
        page.navigate(url("/staff"));
        page.getByLabel("Username").fill(TestAccounts.CHILDRENS_COMMISSIONER);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        // 1. The list of activities, and recording a new one (a mistake first: nothing typed is lost).
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Activities").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coproduction activities")))
                .isVisible();
        assertAccessible(page, "the list of activities");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an activity"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record an activity")))
                .isVisible();
        assertAccessible(page, "recording an activity");
        page.getByLabel("Title").fill(TITLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the activity"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose what kind of activity it was")))
                .isVisible();
        assertThat(page.getByLabel("Title")).hasValue(TITLE);
        assertAccessible(page, "recording an activity, with mistakes");
        screenshot(page, "activity-01-form-errors");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("School or club session"))
                .check();
        Locator date = page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true));
        date.fill(LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        date.press("Enter");
        Locator service = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Main service"));
        service.fill("Speech");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Speech and Language Therapy"))
                .click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Review"))
                .check();
        page.getByLabel("A child or young person, 11 to 15: number of people").fill("5");
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Accessible materials, for example Easy Read"))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the activity"))
                .click();

        // 2. The activity's page.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE)))
                .isVisible();
        assertAccessible(page, "a new activity");
        String path = page.url().replaceFirst("^.*/staff/activities/", "");
        long activity = Long.parseLong(path.replaceAll("[^0-9].*$", ""));

        // 3. Five people, keyboard only. The first needs a group and an age band; the others keep them.
        Keyboard keys = new Keyboard(page);
        keys.tabTo(page.getByLabel("Person 1: group"));
        int before = keys.presses();
        choose(keys, page, "Person 1: group", "A child or young person");
        keys.press("Tab");
        choose(keys, page, "Person 1: age band", "11 to 15");
        keys.press("Tab");
        String[][] answers = {
            {"5", "4", "4", "3", "5", "n"},
            {"4", "4", "3", "3", "2", "3"},
            {"5", "5", "5", "4", "4", "4"},
            {"2", "3", "1", "2", "n", "2"},
            {"3", "3", "3", "3", "3", "3"}
        };
        List<Integer> perPerson = new ArrayList<>();
        for (int person = 1; person <= 5; person++) {
            assertThat(page.getByLabel("Person " + person + ": 1. Respect us & be kind"))
                    .isFocused();
            for (String answer : answers[person - 1]) {
                keys.press(answer);
            }
            assertThat(page.getByLabel("Person " + person + ": their words")).isFocused();
            if (person == 4) {
                keys.type("Too noisy");
            }
            keys.press("Enter");
            perPerson.add(keys.presses() - before);
            before = keys.presses();
        }
        assertThat(page.getByLabel("Person 6: 1. Respect us & be kind")).isFocused();
        screenshot(page, "activity-02-quick-entry");
        keys.press("Control+Enter");
        assertThat(page.getByText("Saved the answers of 5 people")).isVisible();
        assertThat(page.getByText("Answers of 5 people entered.")).isVisible();
        assertAccessible(page, "the activity with five people's answers");
        screenshot(page, "activity-03-saved");

        Assertions.assertThat(jdbc.queryForList("""
                select f.channel from activity_feedback af join feedback f on f.id = af.feedback_id
                where af.activity_id = ?""", String.class, activity))
                .hasSize(5)
                .containsOnly("EVENT");
        Assertions.assertThat(jdbc.queryForList("""
                select r.answer from activity_feedback af join feedback f on f.id = af.feedback_id
                join feedback_rating r on r.feedback_id = f.id where af.activity_id = ? and f.comment = 'Too noisy'
                """, String.class, activity))
                .containsExactlyInAnyOrder("BAD", "OK", "VERY_BAD", "BAD", "NOT_SURE", "BAD");

        // 4. The Lundy check and the service page.
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Space")))
                .getByText("Yes")
                .click();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Voice")))
                .getByText("Partly")
                .click();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Audience")))
                .getByText("Yes")
                .click();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Influence")))
                .getByText("No")
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the Lundy check"))
                .click();
        assertThat(page.getByText("Lundy check saved")).isVisible();
        assertAccessible(page, "the activity after its Lundy check");
        page.navigate(url("/staff/services/SPEECH_LANGUAGE_THERAPY"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)))
                .isVisible();
        assertThat(page.getByText("Space: yes, voice: partly, audience: yes, influence: no")
                        .first())
                .isVisible();

        String figures = "Event quick entry: key presses per person " + perPerson + " (the first includes choosing the"
                + " group and age band; person 4 includes typing 9 characters of their words)";
        System.out.println("Journey figures - " + figures);
    }

    /** Opens a select with Enter, arrows down to the choice, Enter to take it. */
    private static void choose(Keyboard keys, Page page, String field, String choice) {
        keys.press("Enter");
        Locator item = page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(choice).setExact(true));
        item.waitFor();
        for (int i = 0; i < 10 && !keys.hasFocus(item); i++) {
            keys.press("ArrowDown");
        }
        keys.press("Enter");
        assertThat(page.getByLabel(field)).containsText(choice);
    }
}
