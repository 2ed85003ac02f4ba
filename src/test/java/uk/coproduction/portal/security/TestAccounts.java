package uk.coproduction.portal.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.services.OrganisationRepository;
import uk.coproduction.portal.services.Team;

import java.time.Instant;
import java.util.Set;

/** Staff accounts for tests, created once per database and reused by name. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-123";
    public static final String CHILDRENS_COMMISSIONER = "test.children";
    public static final String LDA_COMMISSIONER = "test.lda";
    /** A second commissioner of the children's team (approves replies the first one drafts). */
    public static final String SECOND_CHILDRENS_COMMISSIONER = "test.children.second";

    public static final String ADVOCATE = "test.advocate";
    public static final String SAFEGUARDING_LEAD = "test.safeguarding";
    /** Children's commissioners with an organisation: each sees only its own and jointly commissioned services. */
    public static final String KCC_CHILDRENS_COMMISSIONER = "test.children.kcc";

    public static final String NHS_CHILDRENS_COMMISSIONER = "test.children.nhs";
    /** Provider staff at KCHFT. */
    public static final String PROVIDER = "test.provider";
    /** Provider staff at KMPT (runs other services than KCHFT). */
    public static final String OTHER_PROVIDER = "test.provider.kmpt";

    public static final String BOARD = "test.board";
    public static final String ADMIN = "test.admin";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationRepository organisations;

    TestAccounts(
            StaffAccountRepository accounts, PasswordEncoder passwordEncoder, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
    }

    /** The accounts of decision 0009: organisation-scoped commissioners, provider staff, a board member. */
    @Transactional
    public void ensureScopedAccounts() {
        ensure(KCC_CHILDRENS_COMMISSIONER, "Kim Council", "KCC", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
        ensure(NHS_CHILDRENS_COMMISSIONER, "Nia Health", "NHS_KM", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
        ensure(PROVIDER, "Pat Provider", "KCHFT", null, Set.of(Roles.PROVIDER));
        ensure(OTHER_PROVIDER, "Max Partnership", "KMPT", null, Set.of(Roles.PROVIDER));
        ensure(BOARD, "Bo Board", null, null, Set.of(Roles.BOARD));
        ensure(ADMIN, "Ash Admin", null, null, Set.of(Roles.ADMIN));
    }

    @Transactional
    public void ensure(String username, String name, String organisationCode, Team team, Set<String> roles) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new StaffAccount(
                    username,
                    name,
                    passwordEncoder.encode(PASSWORD),
                    organisationCode == null
                            ? null
                            : organisations.findByCode(organisationCode).orElseThrow(),
                    team,
                    roles,
                    Instant.now()));
        }
    }

    @Transactional
    public void ensureStandardAccounts() {
        ensure(CHILDRENS_COMMISSIONER, "Chris Children", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
        ensure(LDA_COMMISSIONER, "Lee Lda", Team.LDA, Set.of(Roles.COMMISSIONER));
        ensure(SECOND_CHILDRENS_COMMISSIONER, "Casey Children", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
        ensure(ADVOCATE, "Ada Advocate", null, Set.of(Roles.ADVOCATE));
        ensure(SAFEGUARDING_LEAD, "Sasha Safe", null, Set.of(Roles.SAFEGUARDING_LEAD));
    }

    @Transactional
    public void ensure(String username, String name, Team team, Set<String> roles) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new StaffAccount(
                    username, name, passwordEncoder.encode(PASSWORD), null, team, roles, Instant.now()));
        }
    }
}
