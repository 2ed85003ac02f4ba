package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Leave this site quickly" stays gone (decision 0023): after leaving from a journey page, by mouse or by pressing
 * Shift three times, Back (with the browser's back/forward cache on, as people have it) never shows the journey or
 * its return code again, and the device's storage stays empty of the draft and the return code.
 */
@PortalTest
class QuickExitTest extends BrowserJourney {

    private static final String ELSEWHERE = "https://www.bbc.co.uk/weather";
    private final Words words = Words.english();

    @Test
    void aPersonWhoLeavesByTheButtonCannotBeFollowedBackByAnyoneUsingBack() {
        leaveAndComeBack(page -> page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(words.get("leave.button"))
                                .setExact(true))
                .click());
    }

    @Test
    void aPersonWhoLeavesByPressingShiftThreeTimesCannotBeFollowedBackByAnyoneUsingBack() {
        leaveAndComeBack(page -> {
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("East Kent"))
                    .focus();
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
        });
    }

    @Test
    void theShortcutIsToldToScreenReaderUsersOnTheButton() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(words.get("leave.button"))
                                .setExact(true)))
                .hasAccessibleDescription(words.get("leave.shortcut"));
        assertThat(page.locator("#leave-announcement")).hasAttribute("aria-live", "assertive");
    }

    private void leaveAndComeBack(Consumer<Page> leave) {
        Page page = newPerson();
        page.context()
                .route(
                        "https://www.bbc.co.uk/**",
                        route -> route.fulfill(new Route.FulfillOptions()
                                .setStatus(200)
                                .setContentType("text/html")
                                .setBody(
                                        "<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>")));
        page.navigate(url("/"));
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.start.button"))
                                .setExact(true))
                .click();
        page.getByLabel(words.get("journey.service.search.label")).fill("speech");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Speech and Language Therapy"))
                .check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.continue"))
                                .setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.get("journey.area.question"))))
                .isVisible();
        // The question page shows the return code and keeps the journey's copy on this device.
        String code = page.locator(".return-code").textContent().strip();
        assertThat(code).isNotBlank();
        page.waitForFunction(
                "c => localStorage.getItem('portal.returnCode') === c" + " && !!localStorage.getItem('portal.draft')",
                code);

        leave.accept(page);
        page.waitForURL(ELSEWHERE);
        assertThat(storage(page, "portal.returnCode")).isNull();

        page.goBack();
        page.waitForURL(Pattern.compile(".*/feedback\\?left=1$"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(1000);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.start.title"))
                                .setExact(true)))
                .isVisible();
        assertThat(page.locator("body")).not().containsText(code);
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("journey.start.carry-on"))))
                .hasCount(0);
        assertThat(page.getByLabel(words.get("journey.start.return-code.label")))
                .hasValue("");
        assertNothingKept(page, "after Back");

        // Back once more: whatever the history holds before the journey, the journey does not come back.
        page.goBack();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(1000);
        assertThat(page.locator("body")).not().containsText(code);
        assertNothingKept(page, "after Back twice");
        screenshot(page, "quick-exit-after-back");

        // Starting again on purpose works as before: the device keeps the new journey's copy.
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.start.button"))
                                .setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.get("journey.service.question"))))
                .isVisible();
        page.waitForFunction("() => !!localStorage.getItem('portal.returnCode')");
        assertThat(storage(page, "portal.returnCode")).isNotEqualTo(code);
    }

    private static void assertNothingKept(Page page, String when) {
        assertThat(storage(page, "portal.returnCode"))
                .as("return code on the device %s", when)
                .isNull();
        assertThat(storage(page, "portal.draft"))
                .as("draft on the device %s", when)
                .isNull();
    }

    private static Object storage(Page page, String key) {
        return page.evaluate("k => localStorage.getItem(k)", key);
    }
}
