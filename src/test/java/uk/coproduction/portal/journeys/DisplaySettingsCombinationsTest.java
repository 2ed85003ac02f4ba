package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.coproduction.portal.PortalTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Display settings combine the way people need: every combination of larger text, high contrast and calm mode
 * passes axe-core and keeps body text and controls readable; where two settings disagree the one that serves
 * access wins (high contrast's white over calm's off-white); and the whole row of a setting toggles it.
 */
@PortalTest
class DisplaySettingsCombinationsTest extends BrowserJourney {

    private static final String CONTRAST = read("src/test/resources/journeys/contrast.js");
    private final Words words = Words.english();

    static Stream<Arguments> everyCombination() {
        return Stream.of(false, true)
                .flatMap(large -> Stream.of(false, true)
                        .flatMap(contrast -> Stream.of(false, true).map(calm -> Arguments.of(large, contrast, calm))));
    }

    @ParameterizedTest(name = "larger text {0}, high contrast {1}, calm {2}")
    @MethodSource("everyCombination")
    void everyCombinationIsAccessibleAndReadable(boolean largeText, boolean highContrast, boolean calm) {
        Page page = newPerson();
        page.navigate(url("/settings"));
        choose(page, "settings.largeText", largeText);
        choose(page, "settings.highContrast", highContrast);
        choose(page, "settings.calm", calm);
        String combination = "larger text " + largeText + ", high contrast " + highContrast + ", calm " + calm;

        for (String path : List.of("/settings", "/feedback")) {
            page.navigate(url(path));
            page.locator(path.equals("/settings") ? "vaadin-checkbox.setting" : "portal-read-aloud")
                    .first()
                    .waitFor();
            assertThat(
                            page.locator("html").getAttribute("class") == null
                                    ? ""
                                    : page.locator("html").getAttribute("class"))
                    .as("settings applied on %s", path)
                    .satisfies(classes -> {
                        assertThat(classes.contains("portal-large-text")).isEqualTo(largeText);
                        assertThat(classes.contains("portal-high-contrast")).isEqualTo(highContrast);
                        assertThat(classes.contains("portal-calm")).isEqualTo(calm);
                    });
            assertAccessible(page, path + " with " + combination);

            @SuppressWarnings("unchecked")
            Map<String, Object> contrast = (Map<String, Object>)
                    page.evaluate(CONTRAST, Map.of("text", highContrast ? 7.0 : 4.5, "nonText", 3.0));
            assertThat(((Number) contrast.get("checked")).intValue())
                    .as("elements checked")
                    .isGreaterThan(10);
            assertThat((List<?>) contrast.get("failures"))
                    .as("contrast on %s with %s", path, combination)
                    .isEmpty();

            if (highContrast) {
                // High contrast promises black words on white: calm's softer colours must not take any of it away.
                assertThat(
                                page.evaluate(
                                        "() => [getComputedStyle(document.documentElement).backgroundColor,"
                                                + " getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]"))
                        .isEqualTo(List.of("rgb(255, 255, 255)", "rgb(255, 255, 255)", "rgb(0, 0, 0)"));
            }
            if (largeText) {
                assertThat(page.evaluate("() => getComputedStyle(document.documentElement).fontSize"))
                        .isEqualTo("20px");
            }
            if (calm) {
                assertThat(page.evaluate("() => getComputedStyle(document.querySelector('vaadin-button'))"
                                + ".transitionDuration.split(',').every(d => parseFloat(d) === 0)"))
                        .isEqualTo(true);
            }
        }
        if (highContrast && calm) {
            page.navigate(url("/settings"));
            page.locator("vaadin-checkbox.setting").first().waitFor();
            screenshot(page, "settings-high-contrast-and-calm" + (largeText ? "-larger-text" : ""));
        }
    }

    @Test
    void theWholeRowOfEachSettingTogglesIt() {
        Page page = newPerson();
        page.navigate(url("/settings"));
        // Larger text last: it moves every row when it turns on.
        for (String setting :
                List.of("settings.highContrast", "settings.calm", "settings.speakOnFocus", "settings.largeText")) {
            Locator box = page.getByLabel(words.get(setting));
            Locator row = page.locator("vaadin-checkbox.setting")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.getByText(words.get(setting), new Page.GetByTextOptions().setExact(true))));
            BoundingBox area = row.boundingBox();
            assertThat(area.width).as("the row is as wide as the page's text").isGreaterThan(300);
            // Far right of the label's line, middle of the hint, far right of the hint: each press toggles once.
            double[][] points = {
                {area.width - 4, 12}, {area.width / 2, area.height - 8}, {area.width - 4, area.height - 4}
            };
            boolean expected = box.isChecked();
            for (double[] point : points) {
                expected = !expected;
                row.click(new Locator.ClickOptions().setPosition(point[0], point[1]));
                if (expected) {
                    assertThat(box).isChecked();
                } else {
                    assertThat(box).not().isChecked();
                }
            }
        }
        // And what the rows say is what is remembered: three presses each leaves every setting on.
        assertThat(page.locator("html"))
                .hasClass(Pattern.compile("(?=.*portal-large-text)(?=.*portal-high-contrast)(?=.*portal-calm).*"));
    }

    private void choose(Page page, String setting, boolean on) {
        Locator box = page.getByLabel(words.get(setting));
        if (on) {
            box.check();
        } else {
            box.uncheck();
        }
        // Remembered on the device once the portal has answered; only then is it safe to move on.
        page.waitForFunction(
                "([name, on]) => window.portalDisplay.get()[name] === on",
                List.of(setting.substring("settings.".length()), on));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
