package uk.coproduction.portal.security;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of staff administration (decision 0028), on the real database and over real HTTP sessions: what an
 * administrator changes is audited with who, what and when; disabling someone ends their open sessions at once; a
 * session whose account changed behind its back ends at its next request; a password reset leaves the person no
 * rights until they choose a new one; the last administrator cannot lock everyone out.
 */
@PortalTest
class StaffAdministrationTest {

    private static final String GOOD_PASSWORD = "lantern-orchard-basin-42";

    @LocalServerPort
    int port;

    @Autowired
    StaffAdministration administration;

    @Autowired
    OwnPassword ownPassword;

    @Autowired
    StaffUserDetailsService users;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void anAdministratorIsSignedIn() {
        testAccounts.ensureScopedAccounts();
        SignedIn.as(TestAccounts.ADMIN, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdministratorCreatesACommissionerInAnotherTeamWhoSignsInAndEveryChangeIsAuditedWithWhoWhatAndWhen()
            throws Exception {
        String username = unique("new.commissioner");
        StaffMember created = administration.create(
                new StaffAccountDetails(
                        username, "Nell Newcomer", "nell@example.org", null, Team.LDA, Set.of(Roles.COMMISSIONER)),
                GOOD_PASSWORD,
                false);
        assertThat(created.enabled()).isTrue();
        assertThat(created.team()).isEqualTo(Team.LDA);
        assertThat(created.lastSignedInAt()).as("never signed in yet").isNull();

        try (StaffBrowserOverHttp browser = new StaffBrowserOverHttp(port)) {
            assertThat(browser.signIn(username, GOOD_PASSWORD)).isTrue();
            assertThat(browser.isSignedIn()).isTrue();
        }
        assertThat(administration.member(created.id()).lastSignedInAt())
                .as("last sign-in shown to administrators")
                .isNotNull();

        administration.update(
                created.id(),
                new StaffAccountDetails(
                        username,
                        "Nell Newcomer",
                        "nell@example.org",
                        null,
                        Team.CHILDRENS,
                        Set.of(Roles.COMMISSIONER)));
        administration.requirePasswordChange(created.id(), "");
        administration.disable(created.id());
        administration.enable(created.id());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT actor, action, details, occurred_at FROM audit_event"
                        + " WHERE object_type = 'staff_account' AND object_id = ? ORDER BY id",
                String.valueOf(created.id()));
        assertThat(rows)
                .extracting(r -> r.get("action"))
                .containsSubsequence(
                        "staff-account.created",
                        "staff-account.changed",
                        "staff-account.password-reset",
                        "staff-account.disabled",
                        "staff-account.enabled");
        assertThat(rows)
                .filteredOn(r -> ((String) r.get("action")).startsWith("staff-account."))
                .allSatisfy(r -> {
                    assertThat(r.get("actor")).as("who").isEqualTo(TestAccounts.ADMIN);
                    assertThat(r.get("occurred_at")).as("when").isNotNull();
                });
        assertThat(rows)
                .filteredOn(r -> "staff-account.changed".equals(r.get("action")))
                .singleElement()
                .satisfies(r -> assertThat((String) r.get("details"))
                        .as("what changed")
                        .contains("team LDA")
                        .contains("-> ")
                        .contains("team CHILDRENS"));
    }

    @Test
    void badInputIsRefusedFieldByFieldWithNothingCreated() {
        String taken = TestAccounts.BOARD;
        assertThatThrownBy(() -> administration.create(
                        new StaffAccountDetails(
                                taken, " ", "not-an-address", null, null, Set.of(Roles.COMMISSIONER, Roles.PROVIDER)),
                        "short",
                        false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .contains(
                                        Tuple.tuple("username", "staff.accounts.error.username-taken"),
                                        Tuple.tuple("displayName", "staff.accounts.error.display-name-required"),
                                        Tuple.tuple("email", "staff.accounts.error.email-invalid"),
                                        Tuple.tuple("team", "staff.accounts.error.team-required"),
                                        Tuple.tuple("organisation", "staff.accounts.error.organisation-required"),
                                        Tuple.tuple("password", "advocacy.error.password-short")));
        assertThatThrownBy(() -> administration.create(
                        new StaffAccountDetails("Bad Name!", "Someone", null, null, null, Set.of()),
                        GOOD_PASSWORD,
                        false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("username", "roles"));
        assertThat(accounts.findByUsername("bad name!")).isEmpty();
    }

    @Test
    void disablingSomeoneEndsEveryOpenSessionOfTheirsAtOnceAndTheyCannotSignInAgain() throws Exception {
        String username = unique("leaver");
        StaffMember leaver = administration.create(
                new StaffAccountDetails(username, "Lou Leaver", null, null, Team.CHILDRENS, Set.of(Roles.COMMISSIONER)),
                GOOD_PASSWORD,
                false);
        try (StaffBrowserOverHttp desk = new StaffBrowserOverHttp(port);
                StaffBrowserOverHttp phone = new StaffBrowserOverHttp(port);
                StaffBrowserOverHttp colleague = new StaffBrowserOverHttp(port)) {
            assertThat(desk.signIn(username, GOOD_PASSWORD)).isTrue();
            assertThat(phone.signIn(username, GOOD_PASSWORD)).isTrue();
            assertThat(colleague.signIn(TestAccounts.BOARD, TestAccounts.PASSWORD))
                    .isTrue();
            assertThat(desk.isSignedIn() && phone.isSignedIn()).isTrue();

            administration.disable(leaver.id());

            assertThat(desk.isSignedIn()).as("the desk session").isFalse();
            assertThat(phone.isSignedIn()).as("the phone session").isFalse();
            assertThat(colleague.isSignedIn()).as("someone else's session").isTrue();
            assertThat(desk.signIn(username, GOOD_PASSWORD))
                    .as("signing in again")
                    .isFalse();
        }
        assertThat(jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE action = 'staff-account.sessions-ended'"
                                + " AND object_id = ?",
                        String.class,
                        String.valueOf(leaver.id())))
                .containsExactly("2 open session(s) of " + username + " ended: disabled");

        administration.enable(leaver.id());
        try (StaffBrowserOverHttp desk = new StaffBrowserOverHttp(port)) {
            assertThat(desk.signIn(username, GOOD_PASSWORD)).as("re-enabled").isTrue();
        }
    }

    @Test
    void aSessionWhoseAccountWasDisabledOrChangedElsewhereEndsAtItsNextRequest() throws Exception {
        // As another instance of the portal would, or someone editing the database: no session registry is told.
        String username = unique("elsewhere");
        StaffMember member = administration.create(
                new StaffAccountDetails(username, "Eli Elsewhere", null, null, Team.LDA, Set.of(Roles.COMMISSIONER)),
                GOOD_PASSWORD,
                false);
        try (StaffBrowserOverHttp browser = new StaffBrowserOverHttp(port)) {
            assertThat(browser.signIn(username, GOOD_PASSWORD)).isTrue();
            assertThat(browser.isSignedIn()).isTrue();
            jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE id = ?", member.id());
            assertThat(browser.isSignedIn()).isFalse();
        }
        jdbc.update("UPDATE staff_account SET enabled = TRUE WHERE id = ?", member.id());
        try (StaffBrowserOverHttp browser = new StaffBrowserOverHttp(port)) {
            assertThat(browser.signIn(username, GOOD_PASSWORD)).isTrue();
            jdbc.update("INSERT INTO staff_account_role (account_id, role) VALUES (?, ?)", member.id(), Roles.BOARD);
            assertThat(browser.isSignedIn()).as("roles changed since sign-in").isFalse();
        }
    }

    @Test
    void aForcedPasswordResetLeavesNoRightsUntilTheyChooseANewPasswordThemselves() throws Exception {
        String username = unique("forgetful");
        StaffMember member = administration.create(
                new StaffAccountDetails(
                        username, "Fran Forgetful", null, null, Team.CHILDRENS, Set.of(Roles.COMMISSIONER)),
                GOOD_PASSWORD,
                false);
        try (StaffBrowserOverHttp browser = new StaffBrowserOverHttp(port)) {
            assertThat(browser.signIn(username, GOOD_PASSWORD)).isTrue();
            administration.requirePasswordChange(member.id(), "");
            assertThat(browser.isSignedIn()).as("the open session ended").isFalse();
        }
        assertThat(administration.member(member.id()).mustChangePassword()).isTrue();

        // Signing in with the old password gives only the right to choose a new one.
        UserDetails signingIn = users.loadUserByUsername(username);
        assertThat(signingIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_" + Roles.NEW_PASSWORD_NEEDED);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(username, "n/a", signingIn.getAuthorities()));
        assertThatThrownBy(() -> administration.members()).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> ownPassword.change(username, "not-my-password", GOOD_PASSWORD, GOOD_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("currentPassword", "password"));
        String chosen = "harbour-meadow-violet-77";
        assertThatThrownBy(() -> ownPassword.change(username, GOOD_PASSWORD, chosen, chosen + "x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("confirmPassword"));
        ownPassword.change(username, GOOD_PASSWORD, chosen, chosen);

        assertThat(users.loadUserByUsername(username).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_" + Roles.COMMISSIONER);
        try (StaffBrowserOverHttp browser = new StaffBrowserOverHttp(port)) {
            assertThat(browser.signIn(username, GOOD_PASSWORD))
                    .as("the old password")
                    .isFalse();
            assertThat(browser.signIn(username, chosen)).as("the new password").isTrue();
        }
        assertThat(jdbc.queryForList(
                        "SELECT actor FROM audit_event WHERE action = 'staff-account.password-changed'"
                                + " AND object_id = ?",
                        String.class,
                        String.valueOf(member.id())))
                .containsExactly(username);
    }

    @Test
    void aTemporaryPasswordReplacesAForgottenOneAndMustFollowThePasswordRules() throws Exception {
        String username = unique("temporary");
        StaffMember member = administration.create(
                new StaffAccountDetails(username, "Tia Temporary", null, null, null, Set.of(Roles.BOARD)),
                GOOD_PASSWORD,
                false);
        assertThatThrownBy(() -> administration.requirePasswordChange(member.id(), "password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("password"));
        assertThat(administration.member(member.id()).mustChangePassword())
                .as("nothing changed")
                .isFalse();

        administration.requirePasswordChange(member.id(), "copper-kettle-island-9");
        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, account.getPasswordHash()))
                .isFalse();
        assertThat(passwordEncoder.matches("copper-kettle-island-9", account.getPasswordHash()))
                .isTrue();
        assertThat(account.mustChangePassword()).isTrue();
    }

    @Test
    void theLastAdministratorCannotDisableThemselvesNorDropTheirOwnAdministratorRole() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // Only test.admin is left as an enabled administrator (rolled back at the end).
            jdbc.update(
                    "UPDATE staff_account SET enabled = FALSE WHERE username <> ? AND id IN"
                            + " (SELECT account_id FROM staff_account_role WHERE role = ?)",
                    TestAccounts.ADMIN,
                    Roles.ADMIN);
            long me = accounts.findByUsername(TestAccounts.ADMIN).orElseThrow().getId();

            assertThatThrownBy(() -> administration.disable(me))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidInputException.Problem::messageKey)
                                    .containsExactly("staff.accounts.error.last-admin-disable"));
            assertThatThrownBy(() -> administration.update(
                            me,
                            new StaffAccountDetails(
                                    TestAccounts.ADMIN, "Ash Admin", null, null, null, Set.of(Roles.BOARD))))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(
                                            InvalidInputException.Problem::field,
                                            InvalidInputException.Problem::messageKey)
                                    .containsExactly(Tuple.tuple("roles", "staff.accounts.error.last-admin-role")));
            assertThat(accounts.findById(me).orElseThrow().isEnabled()).isTrue();
            assertThat(accounts.findById(me).orElseThrow().getRoles()).contains(Roles.ADMIN);

            // With a second administrator, the first may step down.
            StaffMember second = administration.create(
                    new StaffAccountDetails(
                            unique("second.admin"), "Sol Second", null, null, null, Set.of(Roles.ADMIN)),
                    GOOD_PASSWORD,
                    false);
            administration.update(
                    me,
                    new StaffAccountDetails(
                            TestAccounts.ADMIN, "Ash Admin", null, null, null, Set.of(Roles.ADMIN, Roles.BOARD)));
            assertThat(administration.disable(me).enabled()).isFalse();
            // ... and now the second is the last one.
            assertThatThrownBy(() -> administration.disable(second.id())).isInstanceOf(InvalidInputException.class);
        });
        assertThat(accounts.findByUsername(TestAccounts.ADMIN).orElseThrow().isEnabled())
                .isTrue();
    }

    @Test
    void onlyAdministratorsAdministerStaff() {
        SignedIn.as(TestAccounts.BOARD, Roles.BOARD);
        assertThatThrownBy(() -> administration.members()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.disable(1L)).isInstanceOf(AccessDeniedException.class);
    }

    private static String unique(String prefix) {
        return "test." + prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
