package uk.coproduction.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A new installation has no staff at all, so nobody could sign in to create the first account. When
 * {@code portal.initial-admin.username} and {@code portal.initial-admin.password} are set (in production through
 * {@code PORTAL_INITIAL_ADMIN_USERNAME} / {@code PORTAL_INITIAL_ADMIN_PASSWORD}) and no administrator exists yet,
 * one is created at start, with the same password rules as every other account, and the audit log says so.
 * Once any administrator exists the settings do nothing, so leaving them set can never reset a password.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String username;
    private final String password;

    InitialAdministrator(
            StaffAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock,
            @Value("${portal.initial-admin.username:}") String username,
            @Value("${portal.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty()
                || accounts.findAll().stream().anyMatch(a -> a.getRoles().contains(Roles.ADMIN))) {
            return;
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalStateException("portal.initial-admin.username names an existing account that is not an"
                    + " administrator (" + username + "); choose another name for the first administrator.");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        PasswordRules.check(password, username, username, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "portal.initial-admin.password (PORTAL_INITIAL_ADMIN_PASSWORD) will not do: "
                            + problems.getFirst().messageKey() + ". Use at least " + PasswordRules.MIN_LENGTH
                            + " characters, not a common password and not the user name.");
        }
        StaffAccount admin = accounts.save(new StaffAccount(
                username,
                username,
                passwordEncoder.encode(password),
                null,
                null,
                Set.of(Roles.ADMIN),
                clock.instant()));
        audit.record("staff-account.initial-admin", "staff_account", admin.getId(), username);
        log.warn(
                "Created the first administrator account '{}' from portal.initial-admin.*; unset"
                        + " PORTAL_INITIAL_ADMIN_PASSWORD now that it exists.",
                username);
    }
}
