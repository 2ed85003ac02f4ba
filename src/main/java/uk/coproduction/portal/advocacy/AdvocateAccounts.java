package uk.coproduction.portal.advocacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.PasswordRules;
import uk.coproduction.portal.security.StaffAccount;
import uk.coproduction.portal.security.StaffAccountRepository;
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.OrganisationRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Administrators create advocate accounts, each belonging to an advocacy service, voice partner, provider or school,
 * and deactivate them (a deactivated advocate cannot sign in; what they sent stays) and reactivate them.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class AdvocateAccounts {

    /** The kinds of organisation whose staff or volunteers advocate for people. */
    static final Set<String> ADVOCATE_ORGANISATION_KINDS = Set.of("ADVOCACY", "VOICE_PARTNER", "PROVIDER", "SCHOOL");

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,99}";

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;

    AdvocateAccounts(
            AuditLog audit,
            StaffAccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Every advocate account, active ones first, by name. */
    @Transactional(readOnly = true)
    public List<AdvocateAccount> advocates() {
        return accounts.findAll().stream()
                .filter(a -> a.getRoles().contains(Roles.ADVOCATE))
                .map(AdvocateAccounts::summary)
                .sorted(Comparator.comparing((AdvocateAccount a) -> !a.active())
                        .thenComparing(a -> a.displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The organisations an advocate can belong to, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisations() {
        return organisations.findAll().stream()
                .filter(o -> ADVOCATE_ORGANISATION_KINDS.contains(o.getKind()))
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getKind()))
                .sorted(Comparator.comparing(OrganisationChoice::name))
                .toList();
    }

    /**
     * Creates an advocate account that can sign in at once with the initial password (stored only as a BCrypt hash).
     *
     * @throws InvalidInputException naming each field that is wrong ("username", "displayName", "organisation",
     *                                  "password")
     */
    @Transactional
    public AdvocateAccount create(NewAdvocate advocate) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String username = TextInput.clean(advocate.username());
        username = username == null ? null : username.toLowerCase(Locale.ROOT);
        if (username == null) {
            problems.add(problem("username", "advocacy.error.username-required"));
        } else if (!username.matches(USERNAME)) {
            problems.add(problem("username", "advocacy.error.username-invalid"));
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.add(problem("username", "advocacy.error.username-taken"));
        }
        String displayName = TextInput.clean(advocate.displayName());
        if (displayName == null) {
            problems.add(problem("displayName", "advocacy.error.display-name-required"));
        } else if (displayName.length() > 200) {
            problems.add(problem("displayName", "advocacy.error.display-name-too-long"));
        }
        Organisation organisation = null;
        if (advocate.organisationId() == null) {
            problems.add(problem("organisation", "advocacy.error.organisation-required"));
        } else {
            organisation = organisations
                    .findById(advocate.organisationId())
                    .filter(o -> ADVOCATE_ORGANISATION_KINDS.contains(o.getKind()))
                    .orElse(null);
            if (organisation == null) {
                problems.add(problem("organisation", "advocacy.error.organisation-unknown"));
            }
        }
        PasswordRules.check(advocate.initialPassword(), username, displayName, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaffAccount account = accounts.save(new StaffAccount(
                username,
                displayName,
                passwordEncoder.encode(advocate.initialPassword()),
                organisation,
                null,
                Set.of(Roles.ADVOCATE),
                clock.instant()));
        audit.record("advocate.created", "staff-account", account.getId(), username);
        return summary(account);
    }

    /** The advocate can no longer sign in. */
    @Transactional
    public AdvocateAccount deactivate(long accountId) {
        StaffAccount account = advocate(accountId);
        account.deactivate();
        audit.record("advocate.deactivated", "staff-account", accountId, null);
        return summary(account);
    }

    @Transactional
    public AdvocateAccount reactivate(long accountId) {
        StaffAccount account = advocate(accountId);
        account.reactivate();
        audit.record("advocate.reactivated", "staff-account", accountId, null);
        return summary(account);
    }

    /** Only advocate accounts are managed here. */
    private StaffAccount advocate(long accountId) {
        return accounts.findById(accountId)
                .filter(a -> a.getRoles().contains(Roles.ADVOCATE))
                .orElseThrow(() -> new IllegalArgumentException("No advocate account " + accountId));
    }

    private static AdvocateAccount summary(StaffAccount account) {
        return new AdvocateAccount(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getOrganisation() == null
                        ? null
                        : account.getOrganisation().getName(),
                account.isEnabled());
    }

    private static InvalidInputException.Problem problem(String field, String key) {
        return new InvalidInputException.Problem(field, key);
    }
}
