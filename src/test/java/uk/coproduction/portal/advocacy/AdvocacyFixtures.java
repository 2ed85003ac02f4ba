package uk.coproduction.portal.advocacy;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.StaffAccount;
import uk.coproduction.portal.security.StaffAccountRepository;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.OrganisationRepository;
import uk.coproduction.portal.services.ServiceCatalogue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Advocates with organisations, and what they send, for tests. */
@Component
public class AdvocacyFixtures {

    /** Jo, of the self-advocacy network; Robin, of the parent carer forum: two advocates who never see each other's work. */
    public static final String JO = "test.advocate.jo";

    public static final String ROBIN = "test.advocate.robin";

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final ServiceCatalogue catalogue;
    private final CharterService charter;

    AdvocacyFixtures(
            StaffAccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            ServiceCatalogue catalogue,
            CharterService charter) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.catalogue = catalogue;
        this.charter = charter;
    }

    @Transactional
    public void ensureAdvocates() {
        ensure(JO, "Jo Test-Advocate", "KENT_SELF_ADVOCACY");
        ensure(ROBIN, "Robin Forum", "KENT_PCF");
    }

    private void ensure(String username, String name, String organisationCode) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new StaffAccount(
                    username,
                    name,
                    passwordEncoder.encode(TestAccounts.PASSWORD),
                    organisations.findByCode(organisationCode).orElseThrow(),
                    null,
                    Set.of(Roles.ADVOCATE),
                    Instant.now()));
        }
    }

    public long serviceId(String name) {
        return catalogue.activeServices().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    public Map<Long, RatingAnswer> firstQuestionsAnswered(RatingAnswer... answers) {
        List<Expectation> expectations = charter.expectations();
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            ratings.put(expectations.get(i).id(), answers[i]);
        }
        return ratings;
    }

    /**
     * A resident with a learning disability told their advocate, in conversation and with pictures, what they think of
     * Occupational Therapy; they said yes themselves and agreed with the summary read back to them.
     */
    public OnBehalfSubmission verbalConsentAbout(String serviceName, String words) {
        return new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                serviceId(serviceName),
                null,
                RespondentGroup.LDA_ADULT,
                PersonsAge.AGE_19_25,
                Wording.EASY_READ,
                firstQuestionsAnswered(RatingAnswer.GOOD, RatingAnswer.BAD),
                words,
                WordsSource.OWN_WORDS,
                "See me at home, not at the clinic.",
                WordsSource.ADVOCATE_SUMMARY,
                ConsentBasis.OWN_VERBAL,
                null,
                false,
                false,
                Set.of(GatheringMethod.CONVERSATION, GatheringMethod.PICTURES),
                ReadBack.AGREED);
    }
}
