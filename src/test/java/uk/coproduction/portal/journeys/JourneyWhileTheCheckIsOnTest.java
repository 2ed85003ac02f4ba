package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.base.limits.Admission;
import uk.coproduction.portal.base.limits.Arrival;
import uk.coproduction.portal.base.limits.ArrivalLimits;
import uk.coproduction.portal.base.limits.BrowserCookie;
import uk.coproduction.portal.base.limits.Journey;
import uk.coproduction.portal.base.limits.ShippedLimits;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' journey with the keyboard alone while the low-friction check is on (issue 25, decision 0026): this
 * browser has used up its own limit, so pressing Start makes it do the small proof-of-work first. The person does
 * nothing more: the live region says what is happening, focus stays on Start, and the journey carries on by itself
 * to the end and its code. In English and in Easy Read.
 */
@ShippedLimits
class JourneyWhileTheCheckIsOnTest extends BrowserJourney {

    /** Records what the status region said, and where focus was a moment later, for as long as the page lives. */
    private static final String WATCH_THE_STATUS = """
            () => {
              window.arrivalLog = [];
              const deep = () => { let a = document.activeElement;
                  while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                  return a; };
              const gate = document.querySelector('.arrival-gate');
              new MutationObserver(() => {
                const text = gate.textContent.trim();
                if (text) {
                  setTimeout(() => { const a = deep(); const host = a && a.closest ? a.closest('vaadin-button') : null;
                    window.arrivalLog.push({ text, role: gate.getAttribute('role'), live: gate.getAttribute('aria-live'),
                      focus: host ? host.textContent.trim() : (a ? a.tagName : 'none') }); }, 30);
                }
              }).observe(gate, { childList: true, characterData: true, subtree: true });
            }""";

    @Autowired
    ArrivalLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYoungPersonFinishesWithTheKeyboardAloneWhileTheCheckIsOn() {
        Words words = Words.english();
        Page page = newPerson();
        page.navigate(url("/feedback"));
        Keyboard keys = new Keyboard(page);
        thisBrowserHasUsedItsLimit(page);

        startThroughTheCheck(page, words, keys);
        keys.tabTo(page.getByLabel(words.get("journey.service.search.label")));
        keys.type("speech");
        keys.choose(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Speech and Language Therapy")));
        continueOn(page, words, keys, words.get("journey.area.question"));
        keys.choose(radio(page, "East Kent"));
        continueOn(page, words, keys, words.get("journey.who.question"));
        keys.choose(radio(page, words.get("group.YOUNG_PERSON")));
        continueOn(page, words, keys, words.get("journey.age.question"));
        keys.choose(radio(page, words.get("age.AGE_11_15")));
        continueOn(page, words, keys, words.get("journey.progress.question", 1, 6));
        String code = questionsChangeAndSend(page, words, keys, "My therapist listens to me.");

        assertThat(jdbc.queryForObject("select count(*) from feedback where reference_code = ?", Integer.class, code))
                .isOne();
        System.out.println("Arrival figures - keyboard journey (English) while the check was on: " + keys.presses()
                + " key presses, code " + code);

        // On a slow phone the check takes a few seconds: the message stays, the page passes axe with it, focus
        // stays on Start, and the journey still goes on by itself.
        page.navigate(url("/feedback"));
        page.evaluate("() => { const work = window.portalProveWork;"
                + " window.portalProveWork = c => new Promise(r => setTimeout(() => r(work(c)), 10000)); }");
        Keyboard again = new Keyboard(page);
        again.activate(button(page, words.get("journey.start.button")));
        Locator status = page.locator(".arrival-gate");
        assertThat(status).hasText(words.get("limits.check.browser"));
        assertThat(again.hasFocus(button(page, words.get("journey.start.button"))))
                .as("focus stays on Start")
                .isTrue();
        screenshot(page, "check-running-1280");
        assertAccessible(page, "start page while the check runs");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.service.question"))
                                .setExact(true)))
                .isVisible();
    }

    @Test
    void anAdultUsingEasyReadFinishesWithTheKeyboardAloneWhileTheCheckIsOn() {
        Words words = Words.easyRead();
        Page page = newPerson();
        page.navigate(url("/feedback"));
        Keyboard keys = new Keyboard(page);
        Locator easyRead = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Easy Read").setExact(true));
        keys.tabTo(easyRead);
        page.waitForNavigation(() -> keys.pressToLeave("Enter"));
        page.waitForLoadState();
        assertThat(page.locator(".portal-shell.easy-read")).hasCount(1);
        thisBrowserHasUsedItsLimit(page);

        startThroughTheCheck(page, words, keys);
        keys.tabTo(page.getByLabel(words.get("journey.service.search.label")));
        keys.type("doctor");
        keys.choose(page.getByRole(
                AriaRole.RADIO, new Page.GetByRoleOptions().setName("Learning disability annual health checks")));
        continueOn(page, words, keys, words.get("journey.area.question"));
        keys.choose(radio(page, words.get("journey.area.rather-not-say")));
        continueOn(page, words, keys, words.get("journey.who.question"));
        keys.choose(radio(page, words.get("group.LDA_ADULT")));
        continueOn(page, words, keys, words.get("journey.progress.question", 1, 6));
        String code = questionsChangeAndSend(page, words, keys, "The nurse was kind.");

        assertThat(jdbc.queryForObject("select wording from feedback where reference_code = ?", String.class, code))
                .isEqualTo("EASY_READ");
        System.out.println("Arrival figures - keyboard journey (Easy Read) while the check was on: " + keys.presses()
                + " key presses, code " + code);
    }

    /** Twenty journeys from this browser in the last few minutes: its own limit, as shipped. */
    private void thisBrowserHasUsedItsLimit(Page page) {
        List<Cookie> cookies = page.context().cookies();
        String value = cookies.stream()
                .filter(c -> c.name.equals(BrowserCookie.NAME))
                .findFirst()
                .orElseThrow()
                .value;
        String browser = value.substring(0, value.indexOf('.'));
        Admission admission;
        int journeys = 0;
        do {
            admission =
                    limits.admit(Journey.RESIDENT_FEEDBACK, new Arrival("192.0.2.1", browser, Optional.empty(), null));
            journeys++;
        } while (admission.admitted() && journeys < 100);
        assertThat(admission.reason()).isEqualTo(Admission.Reason.BROWSER);
    }

    /** Enter on Start: the check runs, is announced politely, focus stays on Start, and the journey goes on. */
    private void startThroughTheCheck(Page page, Words words, Keyboard keys) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.start.title"))
                                .setExact(true)))
                .isVisible();
        assertAccessible(page, "start page before the check");
        page.evaluate(WATCH_THE_STATUS);
        keys.activate(button(page, words.get("journey.start.button")));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.service.question"))
                                .setExact(true)))
                .isVisible();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> said = (List<Map<String, Object>>) page.evaluate("() => window.arrivalLog");
        assertThat(said).as("what the status region said").isNotEmpty();
        assertThat(said.getFirst())
                .containsEntry("text", words.get("limits.check.browser"))
                .containsEntry("role", "status")
                .containsEntry("live", "polite")
                .containsEntry("focus", words.get("journey.start.button"));
        screenshot(page, "check-" + words.get("journey.start.button") + "-after");
    }

    /** Six questions (the first answered with words, the rest skipped), what to change, no reply, send. */
    private String questionsChangeAndSend(Page page, Words words, Keyboard keys, String tellUsMore) {
        keys.choose(page.getByRole(
                AriaRole.RADIO,
                new Page.GetByRoleOptions().setName(words.get("answer.GOOD")).setExact(true)));
        keys.tabTo(page.getByLabel(words.get("journey.question.tell-us-more")));
        keys.type(tellUsMore);
        continueOn(page, words, keys, words.get("journey.progress.question", 2, 6));
        for (int number = 2; number <= 6; number++) {
            keys.activate(button(page, words.get("journey.question.skip")));
            assertThat(page.getByText(
                                    number < 6
                                            ? words.get("journey.progress.question", number + 1, 6)
                                            : words.get("journey.change.question"))
                            .first())
                    .isVisible();
        }
        keys.tabTo(page.getByLabel(words.get("journey.change.label")));
        keys.type("Shorter waits.");
        continueOn(page, words, keys, words.get("journey.reply.question"));
        keys.choose(radio(page, words.get("reply-method.NONE")));
        continueOn(page, words, keys, words.get("journey.check.question"));
        keys.activate(button(page, words.get("journey.check.send")));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(words.get("journey.sent.title"))
                                .setExact(true)))
                .isVisible();
        return page.locator("#reference-code").textContent().strip();
    }

    private static void continueOn(Page page, Words words, Keyboard keys, String nextPageText) {
        keys.activate(button(page, words.get("journey.continue")));
        assertThat(page.getByText(nextPageText).first()).isVisible();
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static Locator radio(Page page, String text) {
        return page.getByRole(
                AriaRole.RADIO, new Page.GetByRoleOptions().setName(text).setExact(true));
    }
}
