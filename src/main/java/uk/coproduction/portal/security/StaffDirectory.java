package uk.coproduction.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts: who is signed in, their names, and creating accounts. */
@Service
public class StaffDirectory {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffDirectory(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The signed-in member of staff, if any. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StaffIdentity> currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).map(StaffAccount::toIdentity);
    }

    /** The signed-in member of staff; fails when nobody with an account is signed in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StaffIdentity requireCurrentStaff() {
        return currentStaff().orElseThrow(() -> new IllegalStateException("No staff account is signed in"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return accounts.findAllByIdIn(ids).stream()
                .collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName));
    }

    /** Creates a staff account. Administrators only. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public StaffIdentity createAccount(String username, String displayName, String rawPassword, Team team,
                                       Set<String> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{3,100}")) {
            throw new IllegalArgumentException("A username is 3 to 100 lower-case letters, digits, dots, dashes or underscores");
        }
        if (rawPassword == null || rawPassword.length() < 12) {
            throw new IllegalArgumentException("A password needs at least 12 characters");
        }
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Roles must be some of " + Roles.ALL);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("The username " + username + " is taken");
        }
        StaffAccount account = new StaffAccount(username, displayName, passwordEncoder.encode(rawPassword), null, team,
                roles, clock.instant());
        return accounts.save(account).toIdentity();
    }
}
