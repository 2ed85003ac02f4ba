package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The way into Easy Read works from every place it is offered: the header's language links and the "Use Easy
 * Read" link on the start of the journey, whether that page was loaded or reached from another page.
 */
@PortalTest
class EasyReadEntryLinkTest extends BrowserJourney {

    private final Words english = Words.english();
    private final Words easyRead = Words.easyRead();

    @Test
    void theHeadersEasyReadLinkOpensTheSamePageInEasyRead() {
        Page page = newPerson();
        page.navigate(url("/help"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(english.get("language.en-GB-easyread"))
                                .setExact(true))
                .click();
        assertInEasyRead(page, "/help");
    }

    @Test
    void theJourneyStartsEasyReadLinkOpensTheStartInEasyReadWhenThePageWasLoaded() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(english.get("journey.start.easy-read"))
                                .setExact(true))
                .click();
        assertInEasyRead(page, "/feedback");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(easyRead.get("journey.start.title"))
                                .setExact(true)))
                .isVisible();
    }

    @Test
    void theJourneyStartsEasyReadLinkOpensTheStartInEasyReadWhenReachedFromAnotherPage() {
        Page page = newPerson();
        page.navigate(url("/"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(english.get("nav.give-feedback"))
                                .setExact(true))
                .first()
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(english.get("journey.start.easy-read"))
                                .setExact(true))
                .click();
        assertInEasyRead(page, "/feedback");
    }

    private void assertInEasyRead(Page page, String path) {
        page.waitForURL(url(path));
        assertThat(page.locator(".portal-shell.easy-read")).hasCount(1);
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(easyRead.get("language.en-GB-easyread"))
                                .setExact(true)))
                .hasAttribute("aria-current", "true");
    }
}
