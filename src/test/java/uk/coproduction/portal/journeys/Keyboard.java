package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A person using only the keyboard: Tab to move, arrows within a group of choices, Space to choose, Enter to go
 * on. Counts every key press, and after each one checks that the focused thing shows it has focus and is on
 * screen (WCAG 2.4.7, 2.4.11).
 */
final class Keyboard {

    private static final int MAX_TABS = 60;

    /** The element that really has focus, inside shadow roots too. */
    private static final String DEEP_ACTIVE = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                    return a; }""";

    private final Page page;
    private int presses;

    Keyboard(Page page) {
        this.page = page;
    }

    int presses() {
        return presses;
    }

    void press(String key) {
        page.keyboard().press(key);
        presses++;
        focusIsVisible(key);
    }

    /** A key that loads another page: nothing on this page to check afterwards. */
    void pressToLeave(String key) {
        page.keyboard().press(key);
        presses++;
    }

    void type(String text) {
        page.keyboard().type(text);
        presses += text.length();
    }

    /** Presses Tab until the target has focus. */
    void tabTo(Locator target) {
        target.first().waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            press("Tab");
            if (hasFocus(target)) {
                return;
            }
        }
        fail("Tab never reached " + target);
    }

    /** Tab into a group of choices, then arrows to the one wanted; arrows choose it as they go. */
    void choose(Locator radio) {
        radio.waitFor();
        Locator group = radio.locator("xpath=ancestor::vaadin-radio-group");
        for (int i = 0; i < MAX_TABS; i++) {
            press("Tab");
            if (focusIsIn(group)) {
                break;
            }
            if (i == MAX_TABS - 1) {
                fail("Tab never reached the choices around " + radio);
            }
        }
        for (int i = 0; i < 20 && !hasFocus(radio); i++) {
            press("ArrowDown");
        }
        assertThat(hasFocus(radio)).as("arrows reach %s", radio).isTrue();
        if (!radio.isChecked()) {
            press("Space");
        }
        assertThat(radio.isChecked()).as("%s is chosen", radio).isTrue();
    }

    /** Tab to a button or link and press Enter. */
    void activate(Locator target) {
        tabTo(target);
        press("Enter");
    }

    boolean hasFocus(Locator target) {
        return (Boolean) target.first()
                .evaluate("(el) => { const a = (" + DEEP_ACTIVE + ")();"
                        + " return !!a && !!(el === a || el.contains(a) || a.getRootNode().host === el"
                        + " || (a.getRootNode().host && el.contains(a.getRootNode().host))); }");
    }

    private boolean focusIsIn(Locator container) {
        return (Boolean)
                container
                        .first()
                        .evaluate(
                                "(el) => { const a = (" + DEEP_ACTIVE + ")();"
                                        + " return !!a && !!(el.contains(a) || (a.getRootNode().host && el.contains(a.getRootNode().host))); }");
    }

    /**
     * The focused element, or the component around it, shows a focus indicator, and is on screen, once the page has
     * settled: a key that moves focus to a new page's heading is answered in a server round trip, and on a busy
     * machine the heading can hold focus a moment before that page's styles apply. A person sees the settled page;
     * a focus that never shows still fails, after two seconds. A new page's heading (or main) that took focus on
     * arrival is where reading starts, not a control, and shows no ring by design (decision 0023, as GOV.UK): it
     * only has to be on screen. Whether the check sees the old page's button or the new heading depends on how fast
     * the server answered, so both must pass.
     */
    private void focusIsVisible(String afterKey) {
        String problemNow = "() => { const a = (" + DEEP_ACTIVE + ")();"
                + " if (!a || a === document.body) { return null; }"
                + " const chain = [a]; let h = a.getRootNode().host; while (h) { chain.push(h); h = h.getRootNode().host; }"
                + " const c = a.closest && a.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox,"
                + "   vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-password-field, vaadin-combo-box');"
                + " if (c) { chain.push(c); }"
                + " const startingPoint = a.matches && a.matches('h1[tabindex=\"-1\"], main[tabindex=\"-1\"]');"
                + " const shows = startingPoint || chain.some(e => { const s = getComputedStyle(e);"
                + "   return e.hasAttribute('focus-ring') || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                + "     || s.boxShadow !== 'none'; });"
                + " const box = (c || a).getBoundingClientRect();"
                + " const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0"
                + "   && box.top < window.innerHeight && box.left < window.innerWidth;"
                + " if (shows && onScreen) { return null; }"
                + " return (a.outerHTML || '').slice(0, 160) + (shows ? ' is off screen' : ' shows no focus'); }";
        try {
            page.waitForFunction(
                    "() => (" + problemNow + ")() === null", null, new Page.WaitForFunctionOptions().setTimeout(2_000));
        } catch (TimeoutError stillHidden) {
            // Reported below with what the person would see.
        }
        Object problem = page.evaluate(problemNow);
        assertThat(problem).as("focus after pressing %s", afterKey).isNull();
    }
}
