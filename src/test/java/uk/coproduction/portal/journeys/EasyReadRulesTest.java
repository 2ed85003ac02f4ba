package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.security.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Easy Read promises as rules a test checks (decision 0023): every piece of text on an Easy Read page is at
 * least 14 pt (18.7 px), field labels included; and a keyboard user reaches the inbox's results in a few key
 * presses.
 */
@PortalTest
class EasyReadRulesTest extends BrowserJourney {

    /** 14 pt in CSS pixels, less rounding. */
    private static final double FOURTEEN_POINT = 18.66;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void everyEasyReadTextOnEveryJourneyPageIsAtLeastFourteenPoint() {
        Words words = Words.easyRead();
        Page page = newPerson();
        page.navigate(url("/language?to=en-GB-easyread&back=/feedback"));
        assertThat(page.locator(".portal-shell.easy-read")).hasCount(1);
        List<String> small = new ArrayList<>();
        List<String> withoutPicture = new ArrayList<>();
        pictureless = withoutPicture;
        small.addAll(smallText(page, "start"));
        click(page, words.get("journey.start.button"));
        assertThat(heading(page, words.get("journey.service.question"))).isVisible();
        page.getByLabel(words.get("journey.service.search.label")).fill("doctor");
        small.addAll(smallText(page, "service"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Learning disability annual health checks"))
                .check();
        click(page, words.get("journey.continue"));
        assertThat(heading(page, words.get("journey.area.question"))).isVisible();
        small.addAll(smallText(page, "area"));
        radio(page, words.get("journey.area.rather-not-say"));
        click(page, words.get("journey.continue"));
        assertThat(heading(page, words.get("journey.who.question"))).isVisible();
        small.addAll(smallText(page, "who"));
        radio(page, words.get("group.LDA_ADULT"));
        click(page, words.get("journey.continue"));
        assertThat(page.getByText(words.get("journey.progress.question", 1, 6))).isVisible();
        small.addAll(smallText(page, "question 1"));
        for (int number = 1; number <= 6; number++) {
            assertThat(page.getByText(words.get("journey.progress.question", number, 6)))
                    .isVisible();
            radio(page, words.get("answer.GOOD"));
            click(page, words.get("journey.continue"));
        }
        assertThat(heading(page, words.get("journey.change.question"))).isVisible();
        small.addAll(smallText(page, "change"));
        click(page, words.get("journey.continue"));
        assertThat(heading(page, words.get("journey.reply.question"))).isVisible();
        radio(page, words.get("reply-method.ADVOCATE"));
        small.addAll(smallText(page, "reply"));
        page.getByLabel(words.get("journey.reply.advocate")).fill("Jo");
        click(page, words.get("journey.continue"));
        assertThat(heading(page, words.get("journey.check.question"))).isVisible();
        small.addAll(smallText(page, "check"));

        assertThat(small).as("Easy Read text under 14 pt (18.7 px)").isEmpty();
        assertThat(withoutPicture)
                .as(
                        "Easy Read sentences without a picture beside them and without a reason in %s",
                        SentencesWithoutPictures.FILE)
                .isEmpty();
    }

    /**
     * Each key sentence on an Easy Read page has a picture beside it (a picture in the same row: a sentence,
     * a heading, a choice), or its key is in the rule file with the reason why not.
     */
    private static List<String> sentencesWithoutPicture(Page page, String pageName) {
        @SuppressWarnings("unchecked")
        List<String> blocks = (List<String>) page.evaluate("() => {"
                + " const out = [];"
                + " const shown = (img) => { const b = img.getBoundingClientRect(); return b.width > 0 && b.height > 0; };"
                + " for (const el of document.querySelectorAll('#main-content p, #main-content li, #main-content h2')) {"
                + "   const text = el.textContent.replace(/\\s+/g, ' ').trim();"
                + "   if (!text || el.closest('.visually-hidden, .error-summary, vaadin-radio-button, vaadin-button, a')) { continue; }"
                + "   const b = el.getBoundingClientRect(); if (b.width === 0 || b.height === 0) { continue; }"
                + "   let row = el.parentElement; let found = false;"
                + "   for (let i = 0; i < 2 && row && !found; i++, row = row.parentElement) {"
                + "     if (row.id === 'main-content' || row.matches('.page')) { break; }"
                + "     found = [...row.children].some(c => c.matches('img.picture') && shown(c));"
                + "   }"
                + "   if (!found) { out.push(text); }"
                + " }"
                + " return out; }");
        SentencesWithoutPictures reasons = SentencesWithoutPictures.load();
        return blocks.stream()
                .filter(text -> !reasons.explains(text))
                .map(text -> pageName + ": " + text)
                .toList();
    }

    @Test
    void aCommissionerReachesTheInboxResultsInAFewKeyPresses() {
        Page page = newPerson();
        page.navigate(url("/staff"));
        page.getByLabel("Username").fill(TestAccounts.CHILDRENS_COMMISSIONER);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Welcome"))))
                .isVisible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(Words.english().get("nav.inbox"))
                                .setExact(true))
                .click();
        assertThat(heading(page, Words.english().get("inbox.title"))).isVisible();
        page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'H1'");

        Keyboard keys = new Keyboard(page);
        keys.activate(page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Words.english().get("inbox.skip-to-results"))));
        page.waitForFunction("() => { const g = document.getElementById('inbox-results');"
                + " return g && (g === document.activeElement || g.contains(document.activeElement)); }");
        System.out.println("Inbox results reached in " + keys.presses() + " key presses");
        assertThat(keys.presses())
                .as("key presses from the heading to the results")
                .isLessThanOrEqualTo(3);
    }

    /**
     * Every visible piece of text, in the page and in the shadow parts of fields, under 14 pt. Left out: Vaadin's
     * connection indicator (shown only when the server cannot be reached), and the read-aloud button, whose
     * element is being rewritten under issue 26 (its own style sets 1rem; the rewrite must meet this rule).
     */
    private List<String> pictureless = new ArrayList<>();

    private List<String> smallText(Page page, String pageName) {
        pictureless.addAll(sentencesWithoutPicture(page, pageName));
        return smallTextOn(page, pageName);
    }

    private static List<String> smallTextOn(Page page, String pageName) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(
                "min => {"
                        + " const small = [];"
                        + " const EXEMPT = ['vaadin-connection-indicator', 'portal-read-aloud'];"
                        + " const hostOf = (el) => { let h = el; while (h.getRootNode().host) { h = h.getRootNode().host; } return h; };"
                        + " const visit = (root) => {"
                        + "   const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                        + "   let n; while ((n = walker.nextNode())) {"
                        + "     const text = n.textContent.trim(); const el = n.parentElement;"
                        + "     if (!text || !el || el.closest('.visually-hidden, .skip-link, style, script, svg, .honeypot')) { continue; }"
                        + "     if (EXEMPT.some(x => hostOf(el).closest(x))) { continue; }"
                        + "     const box = el.getBoundingClientRect(); const s = getComputedStyle(el);"
                        + "     if (box.width === 0 || box.height === 0 || s.visibility === 'hidden') { continue; }"
                        + "     const size = parseFloat(s.fontSize);"
                        + "     if (size < min) { small.push('\"' + text.slice(0, 40) + '\" ' + size + 'px'); }"
                        + "   }"
                        + "   for (const e of root.querySelectorAll('*')) { if (e.shadowRoot) { visit(e.shadowRoot); } }"
                        + " };"
                        + " visit(document.body); return small; }",
                FOURTEEN_POINT);
        return found.stream().map(f -> pageName + ": " + f).toList();
    }

    private static Locator heading(Page page, String text) {
        return page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
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
