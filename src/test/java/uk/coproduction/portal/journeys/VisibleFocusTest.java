package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Focus can be seen on everything Tab reaches (WCAG 2.4.7; decision 0023): on every page of a journey, the public
 * pages and every staff page, each focused element's pixels differ from its unfocused ones — radio buttons and
 * faces, checkboxes, text fields and areas, combo boxes, date pickers, grids, uploads, buttons and links — in
 * normal, larger-text, high-contrast and calm display modes.
 */
@PortalTest
class VisibleFocusTest extends BrowserJourney {

    private static final List<String> DISPLAY_MODES = List.of("largeText", "highContrast", "calm");
    private static final String MAIN = "#main-content";
    private static final String ADMIN = "test.focus.admin";

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    private final List<String> unchanged = new ArrayList<>();
    private int checked;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        accounts.ensure(ADMIN, "Alex Admin", null, Set.of(Roles.ADMIN));
    }

    @Test
    void focusShowsOnEveryPartOfEveryJourneyPageInEveryDisplayMode() {
        Words words = Words.english();
        Page page = newPerson();
        page.navigate(url("/feedback"));
        assertThat(heading(page, words.get("journey.start.title"))).isVisible();
        check(page, "body", "journey-start", null);
        click(page, words.get("journey.start.button"));

        assertThat(heading(page, words.get("journey.service.question"))).isVisible();
        page.getByLabel(words.get("journey.service.search.label")).fill("speech");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Speech and Language Therapy"))
                .check();
        check(page, MAIN, "journey-service", null);
        click(page, words.get("journey.continue"));

        assertThat(heading(page, words.get("journey.area.question"))).isVisible();
        check(page, MAIN, "journey-area", null);
        radio(page, "East Kent").check();
        click(page, words.get("journey.continue"));

        assertThat(heading(page, words.get("journey.who.question"))).isVisible();
        check(page, MAIN, "journey-who", null);
        radio(page, words.get("group.YOUNG_PERSON")).check();
        click(page, words.get("journey.continue"));

        assertThat(heading(page, words.get("journey.age.question"))).isVisible();
        check(page, MAIN, "journey-age", null);
        radio(page, words.get("age.AGE_11_15")).check();
        click(page, words.get("journey.continue"));

        for (int number = 1; number <= 6; number++) {
            assertThat(page.getByText(words.get("journey.progress.question", number, 6)))
                    .isVisible();
            if (number == 1) {
                // The faces and "Tell us more", in every display mode, with pictures of the focused parts kept.
                check(page, MAIN, "journey-question-1", "vaadin-radio-button");
                for (String mode : DISPLAY_MODES) {
                    page.evaluate("m => window.portalDisplay.set(m, true)", mode);
                    check(page, MAIN, "journey-question-1-" + mode, "vaadin-radio-button");
                    check(page, MAIN, "journey-question-1-" + mode, "vaadin-text-area");
                    page.evaluate("m => window.portalDisplay.set(m, false)", mode);
                }
                check(page, MAIN, "journey-question-1", "vaadin-text-area");
            }
            radio(page, words.get("answer.GOOD")).check();
            click(page, words.get("journey.continue"));
        }

        assertThat(heading(page, words.get("journey.change.question"))).isVisible();
        check(page, MAIN, "journey-change", null);
        click(page, words.get("journey.continue"));
        assertThat(heading(page, words.get("journey.reply.question"))).isVisible();
        radio(page, words.get("reply-method.EMAIL")).check();
        check(page, MAIN, "journey-reply", null);
        radio(page, words.get("reply-method.NONE")).check();
        click(page, words.get("journey.continue"));
        assertThat(heading(page, words.get("journey.check.question"))).isVisible();
        check(page, MAIN, "journey-check", null);
        click(page, words.get("journey.check.send"));
        assertThat(heading(page, words.get("journey.sent.title"))).isVisible();
        check(page, MAIN, "journey-sent", null);

        assertEveryFocusShows();
    }

    @Test
    void focusShowsOnEveryPublicPageAndTheSettingsCheckboxesInEveryDisplayMode() {
        Page page = newPerson();
        for (String path : List.of(
                "/",
                "/help",
                "/help/safe",
                "/track",
                "/you-said-we-did",
                "/privacy",
                "/accessibility",
                "/my-data",
                "/frontline",
                "/login")) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                            .first())
                    .isVisible();
            check(page, path.equals("/") || path.equals("/login") ? "body" : MAIN, "public" + path, null);
        }
        page.navigate(url("/settings"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        check(page, MAIN, "settings", "vaadin-checkbox");
        for (String mode : DISPLAY_MODES) {
            page.evaluate("m => window.portalDisplay.set(m, true)", mode);
            check(page, MAIN, "settings-" + mode, "vaadin-checkbox");
            page.evaluate("m => window.portalDisplay.set(m, false)", mode);
        }
        page.navigate(url("/feedback"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Easy Read").setExact(true))
                .first()
                .click();
        assertThat(page.locator(".easy-read")).hasCount(1);
        check(page, "body", "easy-read-start", null);

        assertEveryFocusShows();
    }

    @Test
    void focusShowsOnEveryStaffPageForEachRole() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Occupational Therapy"), "The therapist listened to me."))
                .referenceCode();
        assertThat(code).isNotBlank();

        Page commissioner = signIn(TestAccounts.CHILDRENS_COMMISSIONER);
        check(commissioner, "body", "staff-home", null);
        for (String path : List.of(
                "/staff/inbox",
                "/staff/replies",
                "/staff/import",
                "/staff/services",
                "/staff/services/PORTAGE",
                "/staff/plans",
                "/staff/dashboard",
                "/staff/dashboard/services",
                "/staff/dashboard/outcomes",
                "/staff/dashboard/recommissioning",
                "/staff/dashboard/representation",
                "/staff/export",
                "/staff/packs",
                "/staff/activities",
                "/staff/activities/new")) {
            staffPage(commissioner, path, path.equals("/staff/inbox") ? "vaadin-grid" : null);
        }
        commissioner.navigate(url("/staff/inbox"));
        commissioner.locator(".inbox-open-link").first().click();
        // The inbox's own heading is visible too: wait for the item's page itself before tabbing through it.
        commissioner.waitForURL(Pattern.compile(".*/staff/feedback/.*"));
        assertThat(commissioner.locator(".staff-shell h1")).isVisible();
        commissioner.waitForLoadState(LoadState.NETWORKIDLE);
        check(commissioner, MAIN, "staff-feedback-item", "vaadin-combo-box");
        for (String mode : DISPLAY_MODES) {
            commissioner.evaluate("m => window.portalDisplay.set(m, true)", mode);
            check(commissioner, MAIN, "staff-feedback-item-" + mode, "vaadin-text-area");
            commissioner.evaluate("m => window.portalDisplay.set(m, false)", mode);
        }

        Page admin = signIn(ADMIN);
        for (String path : List.of(
                "/staff/themes",
                "/staff/advocates",
                "/staff/audit",
                "/staff/erasure-requests",
                "/staff/outcomes/edit",
                "/staff/population")) {
            staffPage(admin, path, null);
        }
        Page advocate = signIn(TestAccounts.ADVOCATE);
        for (String path : List.of("/staff/advocacy", "/staff/advocacy/new")) {
            staffPage(advocate, path, null);
        }
        staffPage(signIn(TestAccounts.SAFEGUARDING_LEAD), "/staff/safeguarding", null);
        staffPage(signIn(TestAccounts.PROVIDER), "/staff/provider", null);
        staffPage(signIn(TestAccounts.BOARD), "/staff/dashboard", null);

        assertEveryFocusShows();
    }

    private void staffPage(Page page, String path, String keep) {
        page.navigate(url(path));
        assertThat(page.locator(".staff-shell h1").first()).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        theOpenPageIsMarkedInTheMenu(page, path);
        check(page, MAIN, "staff" + path.replaceAll("[^a-zA-Z0-9]+", "-"), keep);
    }

    /**
     * Where you are is seen, not only announced: the menu link of the open page carries aria-current="page" and
     * looks different from the other links (bold and a bar beneath), not by colour alone.
     */
    private static void theOpenPageIsMarkedInTheMenu(Page page, String path) {
        Object problem = page.evaluate(
                "path => {"
                        + " const links = [...document.querySelectorAll('.staff-shell .portal-nav a')];"
                        + " const here = links.filter(a => new URL(a.href).pathname === path);"
                        + " const marked = links.filter(a => a.getAttribute('aria-current') === 'page');"
                        + " if (marked.length > 1) { return marked.length + ' links marked as the open page'; }"
                        + " if (here.length === 0) { return null; }"
                        + " if (marked.length !== 1 || marked[0] !== here[0]) { return 'the open page is not marked'; }"
                        + " const other = links.find(a => a !== here[0]);"
                        + " const c = getComputedStyle(here[0]), o = getComputedStyle(other);"
                        + " return c.fontWeight !== o.fontWeight && parseFloat(c.borderBottomWidth) >= 2"
                        + "   ? null : 'the open page looks like the other links'; }",
                path);
        assertThat(problem).as("menu on %s", path).isNull();
    }

    private void check(Page page, String container, String what, String keepFocusedShotAs) {
        FocusPixels pixels = new FocusPixels(page, SCREENSHOTS.resolve("focus"));
        pixels.unchangedOnFocus(container, what, keepFocusedShotAs).forEach(e -> unchanged.add(what + ": " + e));
        checked += pixels.checked();
    }

    private void assertEveryFocusShows() {
        System.out.println("Visible focus - focused elements compared: " + checked);
        assertThat(checked).as("elements compared").isGreaterThan(20);
        assertThat(unchanged)
                .as("focused elements that look exactly as when not focused")
                .isEmpty();
    }

    private Page signIn(String username) {
        Page page = newPerson();
        page.navigate(url("/staff"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Welcome"))))
                .isVisible();
        return page;
    }

    private static Locator heading(Page page, String text) {
        return page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
    }

    private static Locator radio(Page page, String text) {
        return page.getByRole(
                AriaRole.RADIO, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }
}
