package uk.coproduction.portal.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    TestAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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
            accounts.save(new StaffAccount(username, name, passwordEncoder.encode(PASSWORD), null, team, roles,
                    Instant.now()));
        }
    }
}
