package uk.coproduction.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Staff accounts: who is signed in, and staff names to show beside their work. */
@Service
public class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in member of staff, if any. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<StaffIdentity> currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).map(StaffAccount::toIdentity);
    }

    /** The signed-in member of staff; fails when nobody with an account is signed in. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public StaffIdentity requireCurrentStaff() {
        return currentStaff().orElseThrow(() -> new IllegalStateException("No staff account is signed in"));
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return accounts.findAllByIdIn(ids).stream()
                .collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName));
    }
}
