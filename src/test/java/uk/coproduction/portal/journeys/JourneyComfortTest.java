package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never losing what someone wrote, and the comforts around the journeys: the return code on another device,
 * reading aloud, display settings remembered, leaving quickly.
 */
@PortalTest
class JourneyComfortTest extends BrowserJourney {

    private final Words words = Words.english();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersKeptOnTheDeviceComeBackWhenTheServerHasLostTheDraft() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start").setExact(true))
                .click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(words.get("journey.service.not-sure")))
                .check();
        continueOn(page);
        continueOn(page);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(words.get("group.SOMEONE_ELSE")))
                .check();
        continueOn(page);
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Bad").setExact(true))
                .check();
        page.getByLabel(words.get("journey.question.tell-us-more")).fill("Nobody explained anything.");
        continueOn(page);
        assertThat(page.getByText("Question 2 of 6")).isVisible();
        String returnCode = page.locator(".return-code").textContent().strip();

        jdbc.update("delete from feedback_draft where return_code = ?", returnCode); // the server lost it

        Page later = page.context().newPage();
        later.navigate(url("/feedback"));
        later.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(words.get("journey.start.device-copy.button")))
                .click();
        assertThat(later.getByText("Question 2 of 6")).isVisible();
        assertThat(later.locator(".return-code")).hasText(returnCode);
        later.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.back"))
                                .setExact(true))
                .click();
        assertThat(later.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Bad").setExact(true)))
                .isChecked();
        assertThat(later.getByLabel(words.get("journey.question.tell-us-more"))).hasValue("Nobody explained anything.");
    }

    @Test
    void aDraftSurvivesANewBrowserWithItsReturnCode() {
        Page first = newPerson();
        first.navigate(url("/feedback"));
        first.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start").setExact(true))
                .click();
        first.getByLabel(words.get("journey.service.search.label")).fill("portage");
        first.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Portage")))
                .check();
        continueOn(first);
        first.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Medway and Swale"))
                .check();
        continueOn(first);
        first.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(words.get("group.PARENT_CARER")))
                .check();
        continueOn(first);
        first.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Really good"))
                .check();
        first.getByLabel(words.get("journey.question.tell-us-more")).fill("Our Portage worker is brilliant.");
        continueOn(first);
        assertThat(first.getByText("Question 2 of 6")).isVisible();
        String returnCode = first.locator(".return-code").textContent().strip();
        assertThat(returnCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        // The same device remembers the code even after the tab is closed.
        Page sameDevice = first.context().newPage();
        first.close();
        sameDevice.navigate(url("/feedback"));
        assertThat(sameDevice.getByLabel(words.get("journey.start.return-code.label")))
                .hasValue(returnCode);

        // Another browser, no session, no storage: the code alone brings everything back.
        Page elsewhere = newPerson();
        elsewhere.navigate(url("/feedback"));
        elsewhere
                .getByLabel(words.get("journey.start.return-code.label"))
                .fill(returnCode.toLowerCase().replace("-", ""));
        elsewhere
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(words.get("journey.start.return-code.button")))
                .click();
        assertThat(elsewhere.getByText("Question 2 of 6")).isVisible();
        elsewhere
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.back"))
                                .setExact(true))
                .click();
        assertThat(elsewhere.getByText("Question 1 of 6")).isVisible();
        assertThat(elsewhere.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Really good")))
                .isChecked();
        assertThat(elsewhere.getByLabel(words.get("journey.question.tell-us-more")))
                .hasValue("Our Portage worker is brilliant.");
        assertAccessible(elsewhere, "a restored draft");
    }

    @Test
    void readAloudSpeaksTheQuestionAndItsChoicesWithTheBrowsersOwnVoice() {
        // Record what would be spoken: the browser's speech synthesis, nothing sent anywhere.
        Page page = SpeechStub.voices("en-GB").installOn(newPerson());
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start").setExact(true))
                .click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(words.get("journey.service.not-sure")))
                .check();
        continueOn(page);
        continueOn(page);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(words.get("group.YOUNG_PERSON")))
                .check();
        continueOn(page);
        continueOn(page);
        assertThat(page.getByText("Question 1 of 6")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("read-aloud.question")))
                .click();
        page.waitForFunction("() => window.__speech.spoken.length > 0");
        Object spoken = page.evaluate("() => window.__speech.spoken.map(s => s.text).join(' | ')");
        assertThat((String) spoken)
                .contains(words.get("charter.1.question.young-person"))
                .contains("Really good")
                .contains("Really bad")
                .contains("Not sure");
    }

    @Test
    void displaySettingsAreRememberedOnTheDeviceAndApplyOnEveryPage() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(words.get("nav.settings")))
                .click();
        page.getByLabel(words.get("settings.highContrast")).check();
        page.getByLabel(words.get("settings.calm")).check();
        assertThat(page.locator("html")).hasClass(Pattern.compile("portal-high-contrast"));
        assertAccessible(page, "display settings with high contrast and calm mode");

        Page later = page.context().newPage();
        later.navigate(url("/track"));
        assertThat(later.locator("html"))
                .hasClass(Pattern.compile("portal-high-contrast.*portal-calm|portal-calm.*portal-high-contrast"));
        later.navigate(url("/settings"));
        assertThat(later.getByLabel(words.get("settings.highContrast"))).isChecked();
        assertThat(later.getByLabel(words.get("settings.largeText"))).not().isChecked();
    }

    @Test
    void leavingQuicklyReplacesThePageWithANeutralOneAndForgetsTheDraftOnTheDevice() {
        Page page = newPerson();
        page.context()
                .route(
                        "https://www.bbc.co.uk/**",
                        route -> route.fulfill(new Route.FulfillOptions()
                                .setContentType("text/html")
                                .setBody("<html lang=en><title>Weather</title><h1>Weather</h1></html>")));
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Start").setExact(true))
                .click();
        assertThat(page.getByText(words.get("journey.service.question")).first())
                .isVisible();
        assertThat(page.evaluate("() => localStorage.getItem('portal.returnCode')"))
                .isNotNull();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("leave.button")))
                .click();
        page.waitForURL("https://www.bbc.co.uk/weather");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Weather")))
                .isVisible();
        page.navigate(url("/track"));
        assertThat(page.evaluate("() => localStorage.getItem('portal.returnCode')"))
                .isNull();
    }

    @Test
    void someoneWhoDoesNotFeelSafeFindsHelpAndCanTellSomeone() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(words.get("nav.unsafe")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.get("safety.title"))))
                .isVisible();
        assertThat(page.getByText(words.get("safety.danger")).first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("0800 1111")))
                .isVisible();
        assertAccessible(page, "I don't feel safe");
        page.getByLabel(words.get("safety.words.label")).fill("I am scared to go home.");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(words.get("safety.contact-by.NONE")))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("safety.tell")))
                .click();
        assertThat(page.getByText(words.get("safety.told.title"))).isVisible();
        assertAccessible(page, "after telling someone");
    }

    private void continueOn(Page page) {
        String before = page.url();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.continue"))
                                .setExact(true))
                .click();
        page.waitForURL(u -> !u.equals(before));
    }
}
