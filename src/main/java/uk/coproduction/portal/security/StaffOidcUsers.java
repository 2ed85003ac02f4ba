package uk.coproduction.portal.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Someone signed in with their organisation account is the member of staff whose portal username is their
 * {@code preferred_username} (Entra ID: the user principal name) or, failing that, their email. Their roles come
 * from the portal's staff account, never from the identity provider; no (active) staff account, no entry.
 */
@Component
class StaffOidcUsers {

    static final String NO_STAFF_ACCOUNT = "no_staff_account";

    private final StaffAccountRepository accounts;

    StaffOidcUsers(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    OidcUser toStaffUser(OidcUser signedIn) {
        StaffAccount account = claimedUsernames(signedIn).stream()
                .map(accounts::findByUsername).flatMap(Optional::stream)
                .filter(StaffAccount::isEnabled)
                .findFirst()
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_STAFF_ACCOUNT,
                        "No active staff account for this organisation account", null)));
        return new StaffOidcUser(signedIn, account);
    }

    private static java.util.List<String> claimedUsernames(OidcUser user) {
        return java.util.stream.Stream.of(user.getPreferredUsername(), user.getEmail())
                .filter(name -> name != null && !name.isBlank()).map(String::strip).distinct().toList();
    }

    /** The organisation's sign-in, named and authorised as the portal's staff account. */
    static final class StaffOidcUser extends DefaultOidcUser {

        private final String username;

        StaffOidcUser(OidcUser signedIn, StaffAccount account) {
            super(account.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
                    signedIn.getIdToken(), signedIn.getUserInfo());
            this.username = account.getUsername();
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StaffOidcUser user && user.username.equals(username) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
