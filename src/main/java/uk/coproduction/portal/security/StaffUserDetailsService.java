package uk.coproduction.portal.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.OpenToAnyone;

/** Staff sign in with the accounts stored in the portal's own database. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    @OpenToAnyone("Spring Security calls it to sign someone in, before anyone is signed in")
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.rolesForPasswordSignIn().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList())
                .build();
    }
}
