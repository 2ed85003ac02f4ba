package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.ScreenshotAnimations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a keyboard user sees: tabs through a page and, for every element Tab reaches, compares a screenshot of it
 * (with room around it for a ring drawn outside) while focused with one of the same place once blurred. Identical
 * pixels mean focus cannot be seen there (WCAG 2.4.7). Chromium keeps its sequential-focus starting point on a
 * blurred element, so the next Tab carries on from there.
 */
final class FocusPixels {

    private static final int MAX_STOPS = 90;
    private static final int ROOM = 8;

    /** The element that really has focus, inside shadow roots too. */
    private static final String DEEP_ACTIVE = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                    return a; }""";

    /** The component that shows focus for the focused element: a Vaadin host around it, or the element itself. */
    private static final String SHOWN_BY = "(a) => { let h = a; const root = a.getRootNode();"
            + " if (root && root.host) { h = root.host; }"
            + " const c = h.closest && h.closest('vaadin-radio-button, vaadin-checkbox, vaadin-text-field,"
            + " vaadin-text-area, vaadin-email-field, vaadin-password-field, vaadin-integer-field, vaadin-number-field,"
            + " vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-time-picker, vaadin-select,"
            + " vaadin-button, vaadin-upload-button, vaadin-details-summary, vaadin-tab, vaadin-grid');"
            + " return c || h; }";

    /**
     * One round trip per Tab stop (decision 0033): where focus went, whether it is still inside the container,
     * what shows it, and where that is, once the browser has drawn two frames with the focus in place.
     */
    private static final String STOP = "(sel) => new Promise(done => requestAnimationFrame(() =>"
            + " requestAnimationFrame(() => {"
            + " const start = document.getElementById('focus-pixels-start'); if (start) { start.remove(); }"
            + " const a = (" + DEEP_ACTIVE + ")(); if (!a) { done(null); return; }"
            + " const c = document.querySelector(sel);"
            + " let h = a; while (h && h.getRootNode().host) { h = h.getRootNode().host; }"
            + " const s = (" + SHOWN_BY + ")(a);"
            + " const description = s.tagName.toLowerCase() + ' \"' + (s.getAttribute('aria-label') || s.textContent"
            + " || s.getAttribute('label') || '').replace(/\\s+/g, ' ').trim().slice(0, 50) + '\"';"
            + " if (!a.dataset.focusPixels) { a.dataset.focusPixels = String(Math.random()); }"
            + " const b = s.getBoundingClientRect();"
            + " done({ inside: a !== document.body && c.contains(h), description, key: a.dataset.focusPixels,"
            + "   box: [b.x, b.y, b.width, b.height], viewport: [window.innerWidth, window.innerHeight] });"
            + " })))";

    /** Takes focus away from the focused element and waits until the browser has drawn it without. */
    private static final String BLUR = "() => new Promise(done => { const a = (" + DEEP_ACTIVE
            + ")(); if (a) { a.blur(); }" + " requestAnimationFrame(() => requestAnimationFrame(() => done(true))); })";

    private final Page page;
    private final Path screenshots;
    private int checked;

    FocusPixels(Page page, Path screenshots) {
        this.page = page;
        this.screenshots = screenshots;
    }

    int checked() {
        return checked;
    }

    /**
     * Tabs from the start of the given container (the whole page when it is "body") until focus leaves it or comes
     * round again; returns a description of every element whose focused and unfocused pixels are identical.
     */
    List<String> unchangedOnFocus(String container, String what, String keepFocusedShotAs) {
        List<String> unchanged = new ArrayList<>();
        page.evaluate(
                "(sel) => { const c = document.querySelector(sel); const s = document.createElement('span');"
                        + " s.id = 'focus-pixels-start'; s.tabIndex = -1; c.prepend(s); s.focus(); }",
                container);
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < MAX_STOPS; i++) {
            page.keyboard().press("Tab");
            Map<?, ?> stop = (Map<?, ?>) page.evaluate(STOP, container);
            if (stop == null || !Boolean.TRUE.equals(stop.get("inside"))) {
                break;
            }
            String description = (String) stop.get("description");
            Object key = stop.get("key");
            if (seen.contains(key)) {
                break;
            }
            seen.add(key);
            List<?> box = (List<?>) stop.get("box");
            double width = number(box, 2);
            double height = number(box, 3);
            if (width == 0 || height == 0) {
                continue;
            }
            Clip clip = clip(number(box, 0), number(box, 1), width, height, (List<?>) stop.get("viewport"));
            if (clip == null) {
                unchanged.add(description + " is off screen when focused");
                continue;
            }
            byte[] focused = shot(clip);
            page.evaluate(BLUR);
            byte[] blurred = shot(clip);
            checked++;
            if (Arrays.equals(focused, blurred)) {
                unchanged.add(description);
                save(what + "-" + checked + "-unchanged", focused);
            } else if (keepFocusedShotAs != null && description.startsWith(keepFocusedShotAs)) {
                save(what + "-" + description.replaceAll("[^a-zA-Z]+", "-"), focused);
            }
        }
        return unchanged;
    }

    private static double number(List<?> values, int index) {
        return ((Number) values.get(index)).doubleValue();
    }

    private Clip clip(double boxX, double boxY, double boxWidth, double boxHeight, List<?> viewport) {
        double width = number(viewport, 0);
        double height = number(viewport, 1);
        double x = Math.max(0, boxX - ROOM);
        double y = Math.max(0, boxY - ROOM);
        double right = Math.min(width, boxX + boxWidth + ROOM);
        double bottom = Math.min(height, boxY + boxHeight + ROOM);
        if (right - x < 4 || bottom - y < 4) {
            return null;
        }
        return new Clip(x, y, right - x, bottom - y);
    }

    private byte[] shot(Clip clip) {
        return page.screenshot(new Page.ScreenshotOptions().setClip(clip).setAnimations(ScreenshotAnimations.DISABLED));
    }

    private void save(String name, byte[] png) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
