package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.security.TestAccounts;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Focus follows the person (WCAG 2.4.3, 4.1.3; decision 0023): on every move to another page inside the portal,
 * focus lands on the new page's main heading and its title is said in a live region; after Send, the heading that
 * takes focus carries the reference code. On public and staff pages alike.
 */
@PortalTest
class FocusFollowsThePersonTest extends BrowserJourney {

    private final Words words = Words.english();

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void focusMovesToTheHeadingAndTheTitleIsSaidOnEachPublicPageChange() {
        Page page = newPerson();
        page.navigate(url("/"));
        follow(page, words.get("nav.unsafe"), words.get("safety.title"));
        follow(page, words.get("nav.settings"), words.get("settings.title"));
        follow(page, words.get("nav.give-feedback"), words.get("journey.start.title"));
        follow(page, words.get("nav.help"), null);
    }

    @Test
    void afterSendFocusIsOnTheHeadingThatCarriesTheReferenceCode() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        click(page, words.get("journey.start.button"));
        assertHeadingHasFocus(page, words.get("journey.service.question"));
        page.getByLabel(words.get("journey.service.search.label")).fill("speech");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Speech and Language Therapy"))
                .check();
        click(page, words.get("journey.continue"));
        assertHeadingHasFocus(page, words.get("journey.area.question"));
        radio(page, "East Kent");
        click(page, words.get("journey.continue"));
        radio(page, words.get("group.PARENT_CARER"));
        click(page, words.get("journey.continue"));
        for (int number = 1; number <= 6; number++) {
            assertThat(page.getByText(words.get("journey.progress.question", number, 6)))
                    .isVisible();
            radio(page, words.get("answer.GOOD"));
            click(page, words.get("journey.continue"));
        }
        assertHeadingHasFocus(page, words.get("journey.change.question"));
        click(page, words.get("journey.continue"));
        radio(page, words.get("reply-method.NONE"));
        click(page, words.get("journey.continue"));
        assertHeadingHasFocus(page, words.get("journey.check.question"));
        click(page, words.get("journey.check.send"));

        assertHeadingHasFocus(page, words.get("journey.sent.title"));
        String code = page.locator("#reference-code").textContent().strip();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasAccessibleDescription(Pattern.compile(code));
        assertAnnounced(page, words.get("journey.page-title", words.get("journey.sent.title")));
    }

    @Test
    void focusMovesToTheHeadingOnEachStaffPageChange() {
        Page page = newPerson();
        page.navigate(url("/staff"));
        page.getByLabel("Username").fill(TestAccounts.CHILDRENS_COMMISSIONER);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Welcome"))))
                .isVisible();
        follow(page, words.get("nav.inbox"), words.get("inbox.title"));
        follow(page, words.get("nav.workspace.services"), null);
        follow(page, words.get("nav.evidence.dashboard"), null);
    }

    /** Clicks a link, then checks where focus went and what was said. */
    private void follow(Page page, String link, String heading) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true))
                .first()
                .click();
        if (heading != null) {
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(heading).setLevel(1)))
                    .isVisible();
        }
        try {
            page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'H1'");
        } catch (RuntimeException notThere) {
            throw new AssertionError(
                    "focus is not on the heading after following " + link + " but on "
                            + page.evaluate("() => (document.activeElement.outerHTML || '').slice(0, 200)"),
                    notThere);
        }
        String focused = (String) page.evaluate("() => document.activeElement.textContent.trim()");
        if (heading != null) {
            assertThat(focused).isEqualTo(heading);
        }
        page.waitForFunction("() => document.getElementById('page-announcer').textContent === document.title"
                + " && document.title.length > 0");
    }

    private void assertHeadingHasFocus(Page page, String heading) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(heading)
                                .setExact(true)
                                .setLevel(1)))
                .isVisible();
        page.waitForFunction(
                "h => document.activeElement && document.activeElement.tagName === 'H1'"
                        + " && document.activeElement.textContent.trim() === h",
                heading);
    }

    private void assertAnnounced(Page page, String title) {
        page.waitForFunction("t => document.getElementById('page-announcer').textContent === t", title);
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    private static void radio(Page page, String name) {
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true))
                .check();
    }
}
