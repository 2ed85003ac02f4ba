package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Optional roles from Entra ID groups (decision 0028): set by properties, applied at each single sign-on, audited
 * when they change; the portal's account must still exist and be enabled.
 */
@PortalTest
class EntraGroupRolesTest {

    private static final String COMMISSIONERS_GROUP = "2f6c0b1e-1111-4a4a-9c9c-000000000001";
    private static final String BOARD_GROUP = "2f6c0b1e-2222-4a4a-9c9c-000000000002";

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    EntraGroupRoles configured;

    @Test
    void theMappingComesFromPropertiesAndIsOffUnlessSet() {
        assertThat(configured.isEnabled()).as("nothing set in the test profile").isFalse();
        EntraGroupRoles bound = bind(Map.of(
                "portal.sso.group-roles[" + COMMISSIONERS_GROUP + "]", "COMMISSIONER",
                "portal.sso.group-roles[" + BOARD_GROUP + "]", "BOARD,SAFEGUARDING_LEAD"));
        assertThat(bound.isEnabled()).isTrue();
        assertThat(bound.groupsClaim()).isEqualTo("groups");
        assertThat(bound.rolesOf(signedIn("someone@council.example", List.of(BOARD_GROUP, "unmapped"))))
                .containsExactly(Roles.BOARD, Roles.SAFEGUARDING_LEAD);
    }

    @Test
    void aMistypedRoleStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("portal.sso.group-roles[" + BOARD_GROUP + "]", "BORAD")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("portal.sso.group-roles[" + BOARD_GROUP + "]");
    }

    @Test
    void eachSingleSignOnSetsTheAccountsRolesFromTheirGroupsAndAuditsTheChange() {
        String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
        long id = accounts.save(new StaffAccount(
                        username,
                        "Gil Groups",
                        passwordEncoder.encode(UUID.randomUUID().toString()),
                        null,
                        Team.LDA,
                        Set.of(Roles.BOARD),
                        clock.instant()))
                .getId();
        StaffOidcUsers users = new StaffOidcUsers(
                accounts,
                new EntraGroupRoles(
                        Map.of(COMMISSIONERS_GROUP, List.of(Roles.COMMISSIONER), BOARD_GROUP, List.of(Roles.BOARD)),
                        null),
                audit);

        OidcUser staff = transactions.execute(s -> users.toStaffUser(signedIn(username, List.of(COMMISSIONERS_GROUP))));

        assertThat(staff.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_" + Roles.COMMISSIONER);
        assertThat(accounts.findById(id).orElseThrow().getRoles()).containsExactly(Roles.COMMISSIONER);
        assertThat(jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE action = 'staff-account.roles-from-groups'"
                                + " AND object_id = ?",
                        String.class,
                        String.valueOf(id)))
                .singleElement()
                .asString()
                .contains("[BOARD] -> [COMMISSIONER]");

        assertThatThrownBy(() -> transactions.execute(s -> users.toStaffUser(signedIn(username, List.of("unmapped")))))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(StaffOidcUsers.NO_MAPPED_GROUP));

        transactions.executeWithoutResult(
                s -> accounts.findById(id).orElseThrow().deactivate());
        assertThatThrownBy(() ->
                        transactions.execute(s -> users.toStaffUser(signedIn(username, List.of(COMMISSIONERS_GROUP)))))
                .as("disabled in the portal, whatever the groups")
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(StaffOidcUsers.NO_STAFF_ACCOUNT));
    }

    private static EntraGroupRoles bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("portal.sso", EntraGroupRoles.class)
                .get();
    }

    private static OidcUser signedIn(String username, List<String> groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "entra-subject-" + username);
        claims.put("iss", "https://login.microsoftonline.com/tenant/v2.0");
        claims.put("preferred_username", username);
        claims.put("groups", groups);
        return new DefaultOidcUser(
                List.of(), new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), claims));
    }
}
