package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.OrganisationRepository;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Administrators create, change, disable and re-enable every kind of staff account, and can make someone choose a
 * new password at their next sign-in (decision 0028). Every change is written to the audit log (who, when, what),
 * and a change to what someone may do ends their open sessions at once, so no session keeps rights the account has
 * lost. A change that would leave no enabled administrator is refused.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class StaffAdministration {

    private static final String USERNAME = "[a-z0-9][a-z0-9._@-]{2,99}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** Roles whose work is about one organisation's services, so the account must name it. */
    private static final Set<String> NEED_ORGANISATION = Set.of(Roles.PROVIDER, Roles.ADVOCATE);

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final StaffSessions sessions;
    private final StaffDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    StaffAdministration(
            StaffAccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            StaffSessions sessions,
            StaffDirectory directory,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every staff account: enabled ones first, then by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> members() {
        return accounts.findAll().stream()
                .map(StaffAdministration::member)
                .sorted(Comparator.comparing((StaffMember m) -> !m.enabled())
                        .thenComparing(m -> m.displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Transactional(readOnly = true)
    public StaffMember member(long accountId) {
        return member(account(accountId));
    }

    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        return organisations.findAll().stream()
                .map(o -> new OrganisationOption(o.getId(), o.getName()))
                .sorted(Comparator.comparing(OrganisationOption::name))
                .toList();
    }

    /**
     * A new account that can sign in at once with {@code initialPassword}; with {@code mustChangePassword} the
     * person has no rights until they have chosen their own.
     *
     * @throws InvalidInputException naming each field that is wrong ("username", "displayName", "email", "roles",
     *                                  "team", "organisation", "password")
     */
    @Transactional
    public StaffMember create(StaffAccountDetails details, String initialPassword, boolean mustChangePassword) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String username = TextInput.clean(details.username());
        username = username == null ? null : username.toLowerCase(Locale.ROOT);
        if (username == null) {
            problems.add(problem("username", "staff.accounts.error.username-required"));
        } else if (!username.matches(USERNAME)) {
            problems.add(problem("username", "staff.accounts.error.username-invalid"));
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.add(problem("username", "staff.accounts.error.username-taken"));
        }
        Checked checked = check(details, problems);
        PasswordRules.check(initialPassword, username, checked.displayName(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // both were checked above: a missing or invalid one is a problem, and problems were thrown
        StaffAccount account = new StaffAccount(
                Objects.requireNonNull(username),
                Objects.requireNonNull(checked.displayName()),
                passwordEncoder.encode(initialPassword),
                checked.organisation(),
                details.team(),
                checked.roles(),
                clock.instant());
        account.setEmail(checked.email());
        if (mustChangePassword) {
            account.requirePasswordChange();
        }
        account = accounts.save(account);
        audit.record(
                "staff-account.created",
                "staff_account",
                account.getId(),
                "Created " + username + ": " + describe(account)
                        + (mustChangePassword ? "; must choose a new password at first sign-in" : ""));
        return member(account);
    }

    /**
     * Changes name, e-mail, roles, team and organisation. When roles, team or organisation change, the person's open
     * sessions end so they sign in again with exactly the new rights.
     */
    @Transactional
    public StaffMember update(long accountId, StaffAccountDetails details) {
        StaffAccount account = account(accountId);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Checked checked = check(details, problems);
        if (!checked.roles().contains(Roles.ADMIN)
                && account.getRoles().contains(Roles.ADMIN)
                && account.isEnabled()
                && isLastEnabledAdministrator(account)) {
            problems.add(problem("roles", "staff.accounts.error.last-admin-role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = describe(account);
        boolean rightsChange = !account.getRoles().equals(checked.roles())
                || account.getTeam() != details.team()
                || !Objects.equals(organisationId(account.getOrganisation()), organisationId(checked.organisation()));
        account.changeDetails(
                Objects.requireNonNull(checked.displayName()),
                checked.email(),
                checked.organisation(),
                details.team(),
                checked.roles());
        String after = describe(account);
        audit.record(
                "staff-account.changed",
                "staff_account",
                accountId,
                account.getUsername() + ": " + before + " -> " + after);
        if (rightsChange) {
            endSessions(account, "rights changed");
        }
        return member(account);
    }

    /** They can no longer sign in, and every session they have open ends now. What they did stays, under their name. */
    @Transactional
    public StaffMember disable(long accountId) {
        StaffAccount account = account(accountId);
        if (!account.isEnabled()) {
            return member(account);
        }
        if (account.getRoles().contains(Roles.ADMIN) && isLastEnabledAdministrator(account)) {
            throw InvalidInputException.of("enabled", "staff.accounts.error.last-admin-disable");
        }
        account.deactivate();
        audit.record("staff-account.disabled", "staff_account", accountId, account.getUsername() + " disabled");
        endSessions(account, "disabled");
        return member(account);
    }

    @Transactional
    public StaffMember enable(long accountId) {
        StaffAccount account = account(accountId);
        if (account.isEnabled()) {
            return member(account);
        }
        account.reactivate();
        audit.record("staff-account.enabled", "staff_account", accountId, account.getUsername() + " re-enabled");
        return member(account);
    }

    /**
     * At their next sign-in the person must choose a new password before they can do anything else; their open
     * sessions end now. With a {@code temporaryPassword} (for someone who has forgotten theirs) it replaces the old
     * one; blank keeps the old one for that one sign-in.
     *
     * @throws InvalidInputException for a temporary password the password rules refuse ("password")
     */
    @Transactional
    public StaffMember requirePasswordChange(long accountId, String temporaryPassword) {
        StaffAccount account = account(accountId);
        boolean newTemporary = temporaryPassword != null && !temporaryPassword.isEmpty();
        if (newTemporary) {
            List<InvalidInputException.Problem> problems = new ArrayList<>();
            PasswordRules.check(temporaryPassword, account.getUsername(), account.getDisplayName(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            account.setPassword(passwordEncoder.encode(temporaryPassword), true);
        } else {
            account.requirePasswordChange();
        }
        audit.record(
                "staff-account.password-reset",
                "staff_account",
                accountId,
                account.getUsername() + " must choose a new password at next sign-in"
                        + (newTemporary ? " (temporary password set)" : ""));
        endSessions(account, "password reset");
        return member(account);
    }

    private void endSessions(StaffAccount account, String why) {
        int ended = sessions.endSessionsOf(account.getUsername(), ownSessionIdIf(account));
        if (ended > 0) {
            audit.record(
                    "staff-account.sessions-ended",
                    "staff_account",
                    account.getId(),
                    ended + " open session(s) of " + account.getUsername() + " ended: " + why);
        }
    }

    /**
     * An administrator changing their own account keeps the session they are using (the screen tells them to sign
     * in again); their other sessions end like anyone's.
     */
    private @Nullable String ownSessionIdIf(StaffAccount account) {
        boolean self =
                directory.currentStaff().map(me -> me.id() == account.getId()).orElse(false);
        return self ? StaffSessions.currentSessionId() : null;
    }

    private boolean isLastEnabledAdministrator(StaffAccount account) {
        return accounts.findAll().stream()
                .noneMatch(other -> !other.getId().equals(account.getId())
                        && other.isEnabled()
                        && other.getRoles().contains(Roles.ADMIN));
    }

    private record Checked(
            @Nullable String displayName,
            @Nullable String email,
            @Nullable Organisation organisation,
            Set<String> roles) {}

    private Checked check(StaffAccountDetails details, List<InvalidInputException.Problem> problems) {
        String displayName = TextInput.clean(details.displayName());
        if (displayName == null) {
            problems.add(problem("displayName", "staff.accounts.error.display-name-required"));
        } else if (displayName.length() > 200) {
            problems.add(problem("displayName", "staff.accounts.error.display-name-too-long"));
        }
        String email = TextInput.clean(details.email());
        if (email != null && (email.length() > 254 || !email.matches(EMAIL))) {
            problems.add(problem("email", "staff.accounts.error.email-invalid"));
        }
        Set<String> roles = new TreeSet<>(details.roles() == null ? Set.of() : details.roles());
        if (roles.isEmpty()) {
            problems.add(problem("roles", "staff.accounts.error.roles-required"));
        } else if (!Roles.ALL.containsAll(roles)) {
            problems.add(problem("roles", "staff.accounts.error.roles-unknown"));
        }
        if (roles.contains(Roles.COMMISSIONER) && details.team() == null) {
            problems.add(problem("team", "staff.accounts.error.team-required"));
        }
        Organisation organisation = null;
        if (details.organisationId() != null) {
            organisation = organisations.findById(details.organisationId()).orElse(null);
            if (organisation == null) {
                problems.add(problem("organisation", "staff.accounts.error.organisation-unknown"));
            }
        } else if (roles.stream().anyMatch(NEED_ORGANISATION::contains)) {
            problems.add(problem("organisation", "staff.accounts.error.organisation-required"));
        }
        return new Checked(displayName, email, organisation, roles);
    }

    private StaffAccount account(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No staff account " + accountId));
    }

    private static @Nullable Long organisationId(@Nullable Organisation organisation) {
        return organisation == null ? null : organisation.getId();
    }

    private static String describe(StaffAccount account) {
        Team team = account.getTeam();
        return "name " + account.getDisplayName() + ", roles " + new TreeSet<>(account.getRoles()) + ", team "
                + (team == null ? "none" : team.name()) + ", organisation "
                + (account.getOrganisation() == null
                        ? "none"
                        : account.getOrganisation().getCode())
                + ", e-mail " + (account.getEmail() == null ? "none" : account.getEmail());
    }

    private static StaffMember member(StaffAccount account) {
        Organisation organisation = account.getOrganisation();
        return new StaffMember(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                organisationId(organisation),
                organisation == null ? null : organisation.getName(),
                account.getTeam(),
                Set.copyOf(account.getRoles()),
                account.isEnabled(),
                account.mustChangePassword(),
                account.getLastSignedInAt());
    }

    private static InvalidInputException.Problem problem(String field, String key) {
        return new InvalidInputException.Problem(field, key);
    }
}
