package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Someone signed in with their organisation account is the member of staff whose portal username is their
 * {@code preferred_username} (Entra ID: the user principal name) or, failing that, their email. Their roles come
 * from the portal's staff account, unless {@link EntraGroupRoles} maps the identity provider's groups to roles: then
 * the account's roles are set from the person's groups at each sign-in (audited when they change), and someone in
 * no mapped group is refused. No (enabled) staff account, no entry.
 */
@Component
class StaffOidcUsers {

    static final String NO_STAFF_ACCOUNT = "no_staff_account";
    static final String NO_MAPPED_GROUP = "no_mapped_group";

    private final StaffAccountRepository accounts;
    private final EntraGroupRoles groupRoles;
    private final AuditLog audit;

    StaffOidcUsers(StaffAccountRepository accounts, EntraGroupRoles groupRoles, AuditLog audit) {
        this.accounts = accounts;
        this.groupRoles = groupRoles;
        this.audit = audit;
    }

    @Transactional
    OidcUser toStaffUser(OidcUser signedIn) {
        StaffAccount account = claimedUsernames(signedIn).stream()
                .map(accounts::findByUsername)
                .flatMap(Optional::stream)
                .filter(StaffAccount::isEnabled)
                .findFirst()
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        NO_STAFF_ACCOUNT, "No active staff account for this organisation account", null)));
        if (groupRoles.isEnabled()) {
            Set<String> roles = groupRoles.rolesOf(signedIn);
            if (roles.isEmpty()) {
                throw new OAuth2AuthenticationException(new OAuth2Error(
                        NO_MAPPED_GROUP, "None of this organisation account's groups gives a portal role", null));
            }
            if (!roles.equals(account.getRoles())) {
                audit.record(
                        "staff-account.roles-from-groups",
                        "staff_account",
                        account.getId(),
                        account.getUsername() + ": roles " + new TreeSet<>(account.getRoles()) + " -> " + roles
                                + " from the identity provider's groups");
                account.replaceRoles(roles);
            }
        }
        return new StaffOidcUser(signedIn, account);
    }

    private static List<String> claimedUsernames(OidcUser user) {
        return Stream.of(user.getPreferredUsername(), user.getEmail())
                .filter(name -> name != null && !name.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    /** The organisation's sign-in, named and authorised as the portal's staff account. */
    static final class StaffOidcUser extends DefaultOidcUser {

        private final String username;

        StaffOidcUser(OidcUser signedIn, StaffAccount account) {
            super(
                    account.getRoles().stream()
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .toList(),
                    signedIn.getIdToken(),
                    signedIn.getUserInfo());
            this.username = account.getUsername();
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof StaffOidcUser user && user.username.equals(username) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
