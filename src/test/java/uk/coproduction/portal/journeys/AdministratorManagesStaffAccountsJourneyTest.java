package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 15's staff administration in a real browser: an administrator creates a commissioner in the learning
 * disability and autism team (a mistake is refused with a clear message and nothing typed is lost); the new
 * commissioner signs in on another device and sees only that team's feedback; the administrator disables the account
 * and the commissioner's open page goes to the sign-in page at their next action. axe-core checks each page.
 */
@PortalTest
class AdministratorManagesStaffAccountsJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "willow-granite-harbour-58";

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @BeforeEach
    void anAdministratorExists() {
        accounts.ensureScopedAccounts();
    }

    @Test
    void administratorCreatesACommissionerInAnotherTeamWhoSeesOnlyThatTeamsItemsUntilDisabled() {
        String marker = "Quillon" + UUID.randomUUID().toString().substring(0, 6);
        String ldaCode = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceOf(Team.LDA), marker + " said the support worker always listens to me."))
                .referenceCode();
        String childrensCode = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceOf(Team.CHILDRENS), marker + " said the waiting room was too loud."))
                .referenceCode();
        String username = "nell." + UUID.randomUUID().toString().substring(0, 6);

        // 1. The administrator adds the account; a missing team is refused and what was typed stays.
        Page admin = newPerson();
        signIn(admin, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff accounts"))
                .click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staff accounts")))
                .isVisible();
        assertAccessible(admin, "the staff accounts list");
        screenshot(admin, "staff-admin-01-accounts");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a staff account"))
                .click();
        admin.getByLabel("Username").fill(username);
        admin.getByLabel("Full name").fill("Nell Newcomer");
        admin.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Commissioner"))
                .check();
        admin.getByLabel("Initial password").fill(PASSWORD);
        admin.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions()
                                .setName("Ask them to choose their own password when they first sign in"))
                .uncheck();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(admin.getByText("Choose a team: a commissioner sees their team's feedback.")
                        .first())
                .isVisible();
        assertThat(admin.getByLabel("Username")).hasValue(username);
        assertThat(admin.getByLabel("Full name")).hasValue("Nell Newcomer");
        assertThat(admin.getByLabel("Initial password")).hasValue(PASSWORD);
        assertAccessible(admin, "the new account form with a mistake");
        screenshot(admin, "staff-admin-02-refused");
        admin.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Learning disability and autism"))
                .check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(admin.getByText(Pattern.compile("Account created for Nell Newcomer")))
                .isVisible();
        assertThat(admin.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staff account: Nell Newcomer")))
                .isVisible();
        assertThat(admin.getByText("Has never signed in.")).isVisible();

        // 2. The commissioner signs in on their own device and sees their team's item, not the other team's.
        Page commissioner = newPerson();
        signIn(commissioner, username, PASSWORD);
        commissioner.navigate(url("/staff/inbox"));
        commissioner.getByLabel("Search their words").fill(marker);
        commissioner.getByLabel("Search their words").press("Enter");
        assertThat(commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ldaCode)))
                .isVisible();
        assertThat(commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(childrensCode)))
                .hasCount(0);
        assertThat(commissioner.getByText("waiting room was too loud")).hasCount(0);
        screenshot(commissioner, "staff-admin-03-commissioner-inbox");

        // 3. The administrator disables the account: the history shows who did what and when.
        admin.reload();
        assertThat(admin.getByText(Pattern.compile("^Last signed in "))).isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable account"))
                .click();
        assertThat(admin.getByText("Nell Newcomer is disabled and has been signed out."))
                .isVisible();
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-enable account")))
                .isVisible();
        assertThat(admin.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(username + " disabled")))
                .isVisible();
        assertThat(admin.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("1 open session(s) of " + username + " ended: disabled")))
                .isVisible();
        assertAccessible(admin, "a disabled account with its history");
        screenshot(admin, "staff-admin-04-disabled");

        // 4. The commissioner's next action, on the page still open, lands on the sign-in page.
        commissioner.getByLabel("Search their words").fill(marker + " again");
        commissioner.getByLabel("Search their words").press("Enter");
        commissioner.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(commissioner.getByLabel("Username")).isVisible();
        assertThat(commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ldaCode)))
                .hasCount(0);
        screenshot(commissioner, "staff-admin-05-commissioner-signed-out");
        // And signing in again is refused.
        signIn(commissioner, username, PASSWORD);
        assertThat(commissioner).hasURL(Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void administratorMakesSomeoneChooseANewPasswordWhichIsAllTheyCanDoUntilTheyHave() {
        String username = "rita." + UUID.randomUUID().toString().substring(0, 6);
        accounts.ensure(username, "Rita Reset", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
        Page person = newPerson();
        signIn(person, username, TestAccounts.PASSWORD);
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Rita Reset")))
                .isVisible();

        Page admin = newPerson();
        signIn(admin, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        admin.navigate(url("/staff/accounts"));
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the account of Rita Reset"))
                .click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make them choose a new password"))
                .click();
        assertThat(admin.getByText("Rita Reset was signed out and must choose a new password at their next sign-in."))
                .isVisible();

        // Signed out at once; signing in with the old password leads only to choosing a new one.
        person.reload();
        person.waitForURL(Pattern.compile(".*/login.*"));
        signIn(person, username, TestAccounts.PASSWORD);
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
                .isVisible();
        assertThat(person.getByText(
                        "Your administrator has asked you to choose a new password.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        person.navigate(url("/staff/inbox"));
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
                .isVisible();
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feedback inbox")))
                .hasCount(0);

        String chosen = "meadow-lantern-copper-31";
        person.getByLabel("Your current password").fill(TestAccounts.PASSWORD);
        person.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill(chosen);
        person.getByLabel("New password again").fill(chosen + "!");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password"))
                .click();
        assertThat(person.getByText("The two new passwords are different. Type the same new password in both boxes.")
                        .first())
                .isVisible();
        assertThat(person.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(chosen);
        assertAccessible(person, "choosing a new password, with a mistake");
        screenshot(person, "staff-admin-06-choose-new-password");
        person.getByLabel("New password again").fill(chosen);
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password"))
                .click();
        assertThat(person.getByText("Your new password is saved. Sign in with it."))
                .isVisible();

        signIn(person, username, chosen);
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Rita Reset")))
                .isVisible();
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url -> !url.endsWith("/login"));
    }
}
