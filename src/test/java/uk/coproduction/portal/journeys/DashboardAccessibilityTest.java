package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The evidence dashboard and the all-services overview, with charts and figures on them, checked with axe-core. */
@PortalTest
class DashboardAccessibilityTest extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceFixtures fixtures;

    private String service;

    @BeforeEach
    void feedbackToShow() {
        accounts.ensureStandardAccounts();
        service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 7, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-06 10:00:00", 5, "BAD");
        fixtures.answers(service, "WEST_KENT", "2026-07-05 10:00:00", 6, "VERY_GOOD");
    }

    @Test
    void commissionerReadsTheDashboardAndTheOverviewWithoutAccessibilityViolations() {
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
                        new Page.GetByRoleOptions().setName("Dashboard").setExact(true))
                .click();
        page.navigate(url("/staff/dashboard?service=" + service + "&to=2026-Q4"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Evidence dashboard")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Most positive: 1\\."))))
                .isVisible();
        page.getByText("Show the figures as a table").first().click();
        assertThat(page.getByRole(
                        AriaRole.TABLE, new Page.GetByRoleOptions().setName("Charter scores for each expectation")))
                .isVisible();
        assertAccessible(page, "/staff/dashboard");
        screenshot(page, "dashboard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See all services side by side"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("All services").setLevel(1)))
                .isVisible();
        assertAccessible(page, "/staff/dashboard/services");
        screenshot(page, "dashboard-services");
    }
}
