package uk.coproduction.portal.journeys;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quicker way the browser tests run axe-core (decision 0033) finds exactly what axe-core's own AxeBuilder finds:
 * on a portal page with faults put in, in the page itself and inside a component's shadow root, the same rules
 * fail on the same elements.
 */
@PortalTest
class AxeCheckTest extends BrowserJourney {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Test
    void theQuickCheckFindsWhatAxeBuilderFindsOnAPortalPageWithFaultsPutIn() {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        page.locator("portal-read-aloud").first().waitFor();
        assertThat(violatedWhere(AxeCheck.violations(page, WCAG_A_AA)))
                .as("the page as it is")
                .isEmpty();

        page.evaluate(
                "() => { const main = document.querySelector('main') || document.body;"
                        + " main.insertAdjacentHTML('beforeend', '<img src=\"/icons/icon.png\">"
                        + "<input type=\"text\"><p style=\"color:#bbb;background:#fff\">Hard to read</p>');"
                        + " const button = document.querySelector('vaadin-button');"
                        + " button.shadowRoot.append(Object.assign(document.createElement('img'), { src: '/icons/icon.png' })); }");

        Map<String, List<String>> quick = violatedWhere(AxeCheck.violations(page, WCAG_A_AA));
        Map<String, List<String>> builder =
                violatedWhere(new AxeBuilder(page).withTags(WCAG_A_AA).analyze().getViolations());
        assertThat(quick).containsKeys("image-alt", "label", "color-contrast");
        assertThat(quick.get("image-alt")).hasSize(2);
        assertThat(quick).isEqualTo(builder);
    }

    /** Each violated rule with the elements it failed on. */
    private static Map<String, List<String>> violatedWhere(List<Rule> violations) {
        Map<String, List<String>> where = new TreeMap<>();
        for (Rule rule : violations) {
            where.put(
                    rule.getId(),
                    rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget()))
                            .sorted()
                            .toList());
        }
        return where;
    }
}
