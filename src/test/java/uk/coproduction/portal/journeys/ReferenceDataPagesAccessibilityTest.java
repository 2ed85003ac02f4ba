package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrators' reference data pages in a real browser, checked with axe-core: the services register (reached
 * from the staff menu), its form with every problem shown, organisations and areas, and the plans page with the new
 * plan year form (decision 0029).
 */
@PortalTest
class ReferenceDataPagesAccessibilityTest extends BrowserJourney {

    private static final String ADMIN = "test.reference.admin";

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensure(ADMIN, "Rey Admin", null, Set.of(Roles.ADMIN));
    }

    @Test
    void theRegisterItsFormWithProblemsOrganisationsAndPlansHaveNoAccessibilityViolations() {
        Page page = newPerson();
        page.navigate(url("/staff"));
        page.getByLabel("Username").fill(ADMIN);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Welcome"))))
                .isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Services register").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Services register").setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.ROWHEADER,
                        new Page.GetByRoleOptions()
                                .setName("Portage (home learning for" + " young disabled children)")))
                .isVisible();
        assertAccessible(page, "services register");
        screenshot(page, "reference-data-register");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add a service").setExact(true))
                .click();
        page.getByLabel("Service name").fill("A service with most fields missing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the service"))
                .click();
        assertThat(page.getByText("Enter what the service does").first()).isVisible();
        assertThat(page.getByLabel("Service name")).hasValue("A service with most fields missing");
        assertAccessible(page, "add a service, with problems");
        screenshot(page, "reference-data-add-service-problems");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();

        page.navigate(url("/staff/admin/organisations"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisations and areas")))
                .isVisible();
        assertAccessible(page, "organisations and areas");
        screenshot(page, "reference-data-organisations");

        page.navigate(url("/staff/plans"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Start a new plan year")))
                .isVisible();
        assertAccessible(page, "plans with the new plan year form");
        screenshot(page, "reference-data-plans");
    }
}
