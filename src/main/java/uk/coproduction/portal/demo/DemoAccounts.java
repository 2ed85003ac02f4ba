package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.StaffAccount;
import uk.coproduction.portal.security.StaffAccountRepository;
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.OrganisationRepository;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * One demo account per role, and a council and an NHS commissioner in each team (each sees only their own
 * organisation's services and the jointly commissioned ones: decision 0009); the README lists them. They exist only
 * in the demo profile.
 */
@Component
@Profile("demo")
class DemoAccounts {

    static final String PASSWORD = "demo-password";
    static final String ADMIN = "admin";
    static final String CHILDRENS_COMMISSIONER = "commissioner.children";
    static final String LDA_COMMISSIONER = "commissioner.lda";
    static final String ADVOCATE = "advocate";
    /** A second children's commissioner (NHS): approves replies to jointly commissioned services. */
    static final String NHS_CHILDRENS_COMMISSIONER = "commissioner.children.nhs";
    /** The council side of learning disability and autism (supported living, home care, care homes). */
    static final String KCC_LDA_COMMISSIONER = "commissioner.lda.kcc";
    /** Provider staff at KCHFT: moderated feedback about KCHFT's services, and draft replies. */
    static final String PROVIDER = "provider";
    /** A Joint Commissioning Board member: aggregates and packs only. */
    static final String BOARD = "board";

    private record Demo(String username, String name, String organisation, Team team, Set<String> roles) {}

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo(CHILDRENS_COMMISSIONER, "Priya Shah", "KCC", Team.CHILDRENS, Set.of(Roles.COMMISSIONER)),
            // The NHS side of jointly commissioned children's services: approves Priya's replies about them.
            new Demo(NHS_CHILDRENS_COMMISSIONER, "Grace Adeyemi", "NHS_KM", Team.CHILDRENS, Set.of(Roles.COMMISSIONER)),
            new Demo(LDA_COMMISSIONER, "Tom Evans", "NHS_KM", Team.LDA, Set.of(Roles.COMMISSIONER)),
            new Demo(KCC_LDA_COMMISSIONER, "Ruth Clarke", "KCC", Team.LDA, Set.of(Roles.COMMISSIONER)),
            new Demo(PROVIDER, "Kim Patel", "KCHFT", null, Set.of(Roles.PROVIDER)),
            new Demo(BOARD, "Chris Lee", null, null, Set.of(Roles.BOARD)),
            new Demo(ADVOCATE, "Jo Bright", "KENT_SELF_ADVOCACY", null, Set.of(Roles.ADVOCATE)),
            new Demo("safeguarding", "Sam Okafor", "KCC", null, Set.of(Roles.SAFEGUARDING_LEAD)),
            new Demo(ADMIN, "Alex Morgan", "KCC", null, Set.of(Roles.ADMIN)));

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(
            StaffAccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    static int count() {
        return ACCOUNTS.size();
    }

    void create() {
        String hash = passwordEncoder.encode(PASSWORD);
        for (Demo demo : ACCOUNTS) {
            Organisation organisation = demo.organisation() == null
                    ? null
                    : organisations.findByCode(demo.organisation()).orElse(null);
            accounts.save(new StaffAccount(
                    demo.username(), demo.name(), hash, organisation, demo.team(), demo.roles(), clock.instant()));
        }
    }
}
