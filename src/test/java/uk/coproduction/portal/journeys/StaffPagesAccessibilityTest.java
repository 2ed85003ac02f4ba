package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every page that no journey test walks through is still checked with axe-core, as each role sees it:
 * administrators' pages (themes, advocates, services with their reply settings, plans with editing, the audit log),
 * the outbox, the commissioners' lists (services, plans, replies to approve, activities, importing paper forms), each
 * person's own settings, and the
 * privacy notice and accessibility statement in plain English and Easy Read; the evidence pages as a board member
 * sees them, the outcome indicators' editing page and the provider's page.
 */
@PortalTest
class StaffPagesAccessibilityTest extends BrowserJourney {

    private static final String ADMIN = "test.pages.admin";

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Alex Admin", null, Set.of(Roles.ADMIN));
    }

    @Test
    void anAdministratorsPagesHaveNoAccessibilityViolations() {
        Page admin = signIn(ADMIN);
        check(
                admin,
                List.of(
                        new Stop("/staff/themes", "Themes"),
                        new Stop("/staff/advocates", null),
                        new Stop("/staff/services", "Services"),
                        new Stop("/staff/services/PORTAGE", "Portage (home learning for young disabled children)"),
                        new Stop("/staff/plans", "Plans"),
                        new Stop("/staff/audit", null),
                        new Stop("/staff/outbox", "Outbox"),
                        new Stop("/staff/settings", "Your settings")));
    }

    @Test
    void thePrivacyNoticeAndAccessibilityStatementHaveNoAccessibilityViolationsInPlainEnglishOrEasyRead() {
        Page anyone = newPerson();
        for (String path : List.of("/privacy", "/accessibility")) {
            anyone.navigate(url(path));
            assertThat(anyone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .isVisible();
            assertAccessible(anyone, path);
            anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Easy Read"))
                    .click();
            assertThat(anyone.locator("html.easy-read, .easy-read").first()).isAttached();
            assertAccessible(anyone, path + " in Easy Read");
            screenshot(anyone, "statement" + path.replace('/', '-') + "-easy-read");
            anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                    .click();
        }
    }

    @Test
    void aCommissionersListsAndToolsHaveNoAccessibilityViolations() {
        Page commissioner = signIn(TestAccounts.CHILDRENS_COMMISSIONER);
        check(
                commissioner,
                List.of(
                        new Stop("/staff", null),
                        new Stop("/staff/services", "Services"),
                        new Stop("/staff/plans", "Plans"),
                        new Stop("/staff/replies", null),
                        new Stop("/staff/activities", null),
                        new Stop("/staff/import", null),
                        new Stop("/staff/settings", "Your settings")));
    }

    @Test
    void aBoardMembersEvidencePagesHaveNoAccessibilityViolations() {
        accounts.ensureScopedAccounts();
        Page board = signIn(TestAccounts.BOARD);
        check(board, EVIDENCE_PAGES);
    }

    @Test
    void anAdministratorsEvidenceSettingsAndAProvidersPageHaveNoAccessibilityViolations() {
        accounts.ensureScopedAccounts();
        check(signIn(ADMIN), List.of(new Stop("/staff/outcomes/edit", null), new Stop("/staff/population", null)));
        check(signIn(TestAccounts.PROVIDER), List.of(new Stop("/staff", null), new Stop("/staff/provider", null)));
    }

    /** The aggregate pages board members, commissioners and administrators share (issue 6). */
    private static final List<Stop> EVIDENCE_PAGES = List.of(
            new Stop("/staff", null),
            new Stop("/staff/dashboard/services", null),
            new Stop("/staff/dashboard/outcomes", null),
            new Stop("/staff/dashboard/recommissioning", null),
            new Stop("/staff/export", null),
            new Stop("/staff/packs", null),
            new Stop("/staff/dashboard/representation", null));

    /** A page to open, and its heading when the test should wait for a known one. */
    private record Stop(String path, String heading) {}

    private void check(Page page, List<Stop> stops) {
        for (Stop stop : stops) {
            page.navigate(url(stop.path()));
            if (stop.heading() != null) {
                assertThat(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(stop.heading())
                                        .setExact(true)))
                        .isVisible();
            } else {
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .isVisible();
            }
            assertThat(page.locator(".staff-shell")).isVisible();
            assertAccessible(page, stop.path());
            screenshot(page, "staff-pages" + stop.path().replaceAll("[^a-zA-Z0-9]+", "-"));
        }
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
}
