package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read aloud tells the truth on every device: a person who presses it either hears the words, in a voice for the
 * page's language, or is told — on screen and by their screen reader — that this device cannot read aloud and how to
 * turn reading aloud on. The button keeps its name; whether it is reading is its pressed state. Each test plays one
 * kind of device with a stand-in for the browser's speech synthesis (SpeechStub).
 */
@PortalTest
class ReadAloudOnEveryDeviceTest extends BrowserJourney {

    private static final LocatorAssertions.HasTextOptions PATIENTLY =
            new LocatorAssertions.HasTextOptions().setTimeout(8_000);

    @Test
    void aDeviceWithNoVoicesSaysItCannotReadAloudAndHowToTurnItOn() {
        Words words = Words.english();
        Page page = SpeechStub.noVoices().installOn(newPerson());
        page.navigate(url("/feedback"));
        Locator read = readButton(page, words);

        read.click();

        assertThat(status(page)).hasText(words.get("read-aloud.no-voices") + words.get("read-aloud.how-to"), PATIENTLY);
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertMessageIsInThePageForScreenReaders(page, words.get("read-aloud.no-voices"));
        assertThat(spokenCount(page)).isZero();
        assertThat(page.locator("portal-read-aloud .read-aloud-message img")).isHidden(); // pictures: Easy Read only
        screenshot(page, "read-aloud-no-voices-english");
        assertAccessible(page, "the start page saying this device cannot read aloud");
    }

    @Test
    void easyReadSaysItWithAPicture() {
        Words words = Words.easyRead();
        Page page = SpeechStub.noVoices().installOn(newPerson());
        page.navigate(url("/language?to=en-GB-easyread&back=/feedback"));
        Locator read = readButton(page, words);

        read.click();

        assertThat(status(page)).hasText(words.get("read-aloud.no-voices") + words.get("read-aloud.how-to"), PATIENTLY);
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("portal-read-aloud .read-aloud-message img")).isVisible();
        screenshot(page, "read-aloud-no-voices-easy-read");
        assertAccessible(page, "Easy Read start page saying this device cannot read aloud");
    }

    @Test
    void aVoiceListThatArrivesLateIsWaitedForAndReads() {
        Words words = Words.english();
        Page page = SpeechStub.voices("en-GB").arrivingAfter(1_500).installOn(newPerson());
        page.navigate(url("/feedback"));
        Locator read = readButton(page, words);

        read.click();

        assertThat(read).hasAttribute("aria-pressed", "true");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("read-aloud.pause"))))
                .isVisible();
        assertThat(spokenVoice(page)).isEqualTo("voice en-GB");
        assertThat(status(page)).hasText("");
        assertThat(read).hasAttribute("aria-pressed", "true");
    }

    @Test
    void speakingThatErrorsResetsTheButtonAndSaysSo() {
        Words words = Words.english();
        Page page = SpeechStub.voices("en-GB").failingToSpeak().installOn(newPerson());
        page.navigate(url("/feedback"));
        Locator read = readButton(page, words);

        read.click();

        assertThat(status(page)).hasText(words.get("read-aloud.failed") + words.get("read-aloud.how-to"));
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertMessageIsInThePageForScreenReaders(page, words.get("read-aloud.failed"));
        assertThat(page.locator("portal-read-aloud .read-aloud-words")).isHidden();
    }

    @Test
    void speakingThatNeverStartsIsGivenUpWithinSecondsAndSaysSo() {
        Words words = Words.english();
        Page page = SpeechStub.voices("en-GB").neverStarting().installOn(newPerson());
        page.navigate(url("/feedback"));
        Locator read = readButton(page, words);

        read.click();
        assertThat(read).hasAttribute("aria-pressed", "true"); // it tried

        assertThat(status(page)).hasText(words.get("read-aloud.failed") + words.get("read-aloud.how-to"), PATIENTLY);
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertThat(page.evaluate("() => window.__speech.pending"))
                .as("the stuck words are cancelled")
                .isEqualTo(false);
    }

    @Test
    void aNormalReadMarksTheSentenceBeingReadAndPausesResumesAndStopsByKeyboard() {
        Words words = Words.english();
        Page page = SpeechStub.voices("en-GB", "pl-PL").installOn(newPerson());
        page.navigate(url("/feedback"));
        Locator read = readButton(page, words);
        Locator pause =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("read-aloud.pause")));
        Locator stop =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("read-aloud.stop")));

        read.focus();
        page.keyboard().press("Enter");
        assertThat(read).hasAttribute("aria-pressed", "true");
        assertThat(spokenVoice(page)).isEqualTo("voice en-GB");
        Locator reading = page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(words.get("read-aloud.now-reading")));
        assertThat(reading).isVisible();
        assertThat(reading).containsText(words.get("journey.start.time"));

        // The browser reports it has reached the first word of "You do not need an account."
        String text = read(page);
        page.evaluate("i => window.__speech.boundary(i)", text.indexOf(words.get("journey.start.no-account")));
        Locator current = page.locator("portal-read-aloud .read-aloud-current");
        assertThat(current).hasCount(1);
        String marked = current.textContent();
        assertThat(marked).isNotBlank();
        assertThat(words.get("journey.start.no-account")).startsWith(marked);
        screenshot(page, "read-aloud-highlighted-sentence");
        assertAccessible(page, "the start page while it is read aloud");

        page.keyboard().press("Tab");
        assertThat(pause).isFocused();
        page.keyboard().press("Enter");
        assertThat(pause).hasAttribute("aria-pressed", "true");
        assertThat(page.evaluate("() => window.__speech.paused")).isEqualTo(true);
        page.keyboard().press("Space");
        assertThat(pause).hasAttribute("aria-pressed", "false");
        assertThat(page.evaluate("() => window.__speech.paused")).isEqualTo(false);

        page.keyboard().press("Tab");
        assertThat(stop).isFocused();
        page.keyboard().press("Enter");
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertThat(read).isFocused(); // Stop went away; focus did not fall off the page
        assertThat(stop).isHidden();
        assertThat(reading).isHidden();

        // Escape stops too; and a read that comes to its end puts the button back up with nothing to report.
        page.keyboard().press("Enter");
        assertThat(read).hasAttribute("aria-pressed", "true");
        page.keyboard().press("Escape");
        assertThat(read).hasAttribute("aria-pressed", "false");
        page.keyboard().press("Enter");
        assertThat(read).hasAttribute("aria-pressed", "true");
        page.waitForFunction("() => window.__speech.speaking");
        page.evaluate("() => window.__speech.end()");
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertThat(status(page)).hasText("");
    }

    @Test
    void aPolishPageWithNoPolishVoiceSaysSoInPolishAndIsNotReadInAnEnglishVoice() {
        Words words = Words.polish();
        Page page = SpeechStub.voices("en-GB", "en-US").installOn(newPerson());
        page.navigate(url("/language?to=pl-PL&back=/feedback"));
        Locator read = readButton(page, words);

        read.click();

        assertThat(status(page))
                .hasText(words.get("read-aloud.no-language-voice") + words.get("read-aloud.how-to"), PATIENTLY);
        assertThat(read).hasAttribute("aria-pressed", "false");
        assertThat(spokenCount(page)).isZero();
        screenshot(page, "read-aloud-no-polish-voice");
        assertAccessible(page, "Polish start page saying there is no Polish voice");
    }

    @Test
    void polishIsReadInAPolishVoiceAndEasyReadInAnEnglishOne() {
        Page polish = SpeechStub.voices("en-GB", "pl_PL").installOn(newPerson());
        polish.navigate(url("/language?to=pl-PL&back=/feedback"));
        readButton(polish, Words.polish()).click();
        assertThat(spokenVoice(polish)).isEqualTo("voice pl_PL");

        Page easyRead = SpeechStub.voices("pl-PL", "en-US", "en-GB").installOn(newPerson());
        easyRead.navigate(url("/language?to=en-GB-easyread&back=/feedback"));
        readButton(easyRead, Words.easyRead()).click();
        assertThat(spokenVoice(easyRead)).isEqualTo("voice en-GB");
    }

    private static Locator readButton(Page page, Words words) {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName(words.get("read-aloud.page"))
                        .setExact(true));
    }

    /** What a screen reader announces: the read-aloud element's status region. */
    private static Locator status(Page page) {
        return page.locator("portal-read-aloud").getByRole(AriaRole.STATUS);
    }

    /** The message is in the page itself (not hidden in a shadow root) and in a polite live region. */
    private static void assertMessageIsInThePageForScreenReaders(Page page, String message) {
        Object inLightDom = page.evaluate("() => { const s = document.querySelector("
                + "'portal-read-aloud > [role=status][aria-live=polite]'); return s ? s.textContent : null; }");
        assertThat((String) inLightDom).contains(message);
    }

    private static String read(Page page) {
        return page.locator("portal-read-aloud").getAttribute("text");
    }

    private static int spokenCount(Page page) {
        return ((Number) page.evaluate("() => window.__speech.spoken.length")).intValue();
    }

    private static String spokenVoice(Page page) {
        page.waitForFunction("() => window.__speech.spoken.length > 0");
        return (String) page.evaluate("() => window.__speech.spoken[0].voice");
    }
}
