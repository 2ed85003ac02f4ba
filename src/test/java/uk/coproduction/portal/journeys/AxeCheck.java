package uk.coproduction.portal.journeys;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

import java.util.List;

/**
 * axe-core's WCAG rules on one page, the same engine and rules as {@link AxeBuilder}, run the cheap way (decision
 * 0033): the 560 kB script is read once per test run and put into each page once, not once per check, and the
 * result is worked out in the page itself. AxeBuilder's way (its run in parts, joined up in a new browser context
 * opened and closed for every check) exists for pages with frames; a page with frames still goes that way.
 */
final class AxeCheck {

    private static final String SOURCE = AxeBuilder.getAxeScript();
    private static final ObjectMapper JSON = new ObjectMapper();

    private AxeCheck() {}

    /** Every violation of the rules with these tags, with the nodes where it happens. */
    static List<Rule> violations(Page page, List<String> tags) {
        if (page.frames().size() > 1) {
            AxeResults results = new AxeBuilder(page).withTags(tags).analyze();
            if (results.getErrorMessage() != null) {
                throw new IllegalStateException("axe-core could not check the page: " + results.getErrorMessage());
            }
            return results.getViolations();
        }
        if (!(Boolean) page.evaluate("() => typeof window.axe?.run === 'function'")) {
            // As AxeBuilder does: the script as a function's body, so its strict mode and names stay inside.
            page.evaluate("() => {" + SOURCE + "}");
        }
        Object violations = page.evaluate(
                "(tags) => axe.run(document, { runOnly: { type: 'tag', values: tags },"
                        + " resultTypes: ['violations'] }).then(r => JSON.parse(JSON.stringify(r.violations)))",
                tags);
        return JSON.convertValue(violations, new TypeReference<List<Rule>>() {});
    }
}
