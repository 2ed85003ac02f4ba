package uk.coproduction.portal.advocacy;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.OrganisationRepository;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = "test.admin", roles = Roles.ADMIN)
class AdvocateAccountsTest {

    private static final String GOOD_PASSWORD = "orchard lantern biscuit";

    @Autowired
    AdvocateAccounts accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void adminCreatesAnAdvocateForAParentCarerForumWhoCanSignIn() {
        String username = uniqueUsername();

        AdvocateAccount created =
                accounts.create(new NewAdvocate(username, "Morgan Forum", organisation("KENT_PCF"), GOOD_PASSWORD));

        assertThat(created.active()).isTrue();
        assertThat(created.organisationName()).isEqualTo("Kent parent carer forum");
        assertThat(accounts.advocates()).contains(created);
        assertThat(jdbc.queryForObject(
                        "select password_hash from staff_account where username = ?", String.class, username))
                .as("stored as a BCrypt hash, never as typed")
                .startsWith("{bcrypt}$2")
                .doesNotContain(GOOD_PASSWORD);
        Authentication signedIn = signIn(username, GOOD_PASSWORD);
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADVOCATE")
                .doesNotContain("ROLE_ADMIN", "ROLE_COMMISSIONER");
    }

    @Test
    void adminCreatesAnAdvocateWithAWeakPasswordAndIsRefused() {
        String username = uniqueUsername();
        assertPasswordRefused(username, "short pass", "advocacy.error.password-short");
        assertPasswordRefused(username, "password12345678", "advocacy.error.password-common");
        assertPasswordRefused(username, "Quentin Blake 1957", "advocacy.error.password-personal");
        assertPasswordRefused(username, username + "-garden", "advocacy.error.password-personal");
        assertPasswordRefused(username, "ababababababab", "advocacy.error.password-repetitive");
        assertPasswordRefused(username, "", "advocacy.error.password-required");

        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_account where username = ?", Integer.class, username))
                .as("no account was created")
                .isZero();
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        assertThatThrownBy(
                        () -> accounts.create(new NewAdvocate("No Spaces!", " ", organisation("KCC"), GOOD_PASSWORD)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(
                        new InvalidInputException.Problem("username", "advocacy.error.username-invalid"),
                        new InvalidInputException.Problem("displayName", "advocacy.error.display-name-required"),
                        new InvalidInputException.Problem("organisation", "advocacy.error.organisation-unknown"));
        String taken = uniqueUsername();
        accounts.create(new NewAdvocate(taken, "First Person", organisation("HEALTHWATCH_KENT"), GOOD_PASSWORD));
        assertThatThrownBy(() -> accounts.create(new NewAdvocate(
                        taken.toUpperCase(), "Second Person", organisation("HEALTHWATCH_KENT"), GOOD_PASSWORD)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> ((InvalidInputException) e).problems().getFirst().messageKey())
                .isEqualTo("advocacy.error.username-taken");
    }

    @Test
    void advocatesBelongToAdvocacyServicesVoicePartnersProvidersAndSchools() {
        assertThat(accounts.organisations())
                .extracting(OrganisationChoice::name)
                .contains(
                        "Kent self-advocacy network",
                        "Kent parent carer forum",
                        "Healthwatch Kent",
                        "Kent independent advocacy service",
                        "Kent special schools network",
                        "Kent Community Health NHS Foundation Trust")
                .doesNotContain("Kent County Council", "NHS Kent and Medway");
    }

    @Test
    void deactivatedAdvocateCannotSignInUntilReactivated() {
        String username = uniqueUsername();
        AdvocateAccount created = accounts.create(
                new NewAdvocate(username, "Dee Activated", organisation("KENT_SELF_ADVOCACY"), GOOD_PASSWORD));

        AdvocateAccount deactivated = accounts.deactivate(created.id());

        assertThat(deactivated.active()).isFalse();
        assertThatThrownBy(() -> signIn(username, GOOD_PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(accounts.reactivate(created.id()).active()).isTrue();
        assertThat(signIn(username, GOOD_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void onlyAdvocateAccountsAreManagedHere() {
        testAccounts.ensureStandardAccounts();
        long commissioner = jdbc.queryForObject(
                "select id from staff_account where username = ?", Long.class, TestAccounts.CHILDRENS_COMMISSIONER);

        assertThatThrownBy(() -> accounts.deactivate(commissioner)).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.advocates())
                .extracting(AdvocateAccount::username)
                .doesNotContain(TestAccounts.CHILDRENS_COMMISSIONER);
    }

    @Test
    @WithMockUser(username = "test.advocate", roles = Roles.ADVOCATE)
    void onlyAdministratorsCreateAdvocates() {
        assertThatThrownBy(() -> accounts.create(new NewAdvocate(
                        uniqueUsername(), "Self Made", organisation("KENT_SELF_ADVOCACY"), GOOD_PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertPasswordRefused(String username, String password, String expectedKey) {
        assertThatThrownBy(() -> accounts.create(
                        new NewAdvocate(username, "Quentin Blake", organisation("KENT_SELF_ADVOCACY"), password)))
                .as(password)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new InvalidInputException.Problem("password", expectedKey));
    }

    /** Signs in the way the login form does: the stored account, its password hash and whether it is enabled. */
    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private long organisation(String code) {
        return organisations.findByCode(code).orElseThrow().getId();
    }

    private static String uniqueUsername() {
        return "adv." + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }
}
