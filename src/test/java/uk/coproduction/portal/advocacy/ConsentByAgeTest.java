package uk.coproduction.portal.advocacy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.TestAccounts;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The person's age decides which consent an advocate can record: no self-consent under 13, self-consent at 13 to
 * 15 only as a Gillick-competent young person the advocate confirmed, presumed capacity from 16 (Mental Capacity Act
 * 2005), checked by the service and by the database (decision 0039).
 */
@PortalTest
@WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
class ConsentByAgeTest {

    private static final String OT = "Occupational Therapy";

    @Autowired
    AdvocacyService advocacy;

    @Autowired
    AdvocacyFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        fixtures.ensureAdvocates();
    }

    @Test
    void anAdvocateCannotRecordSelfConsentForASevenYearOld() {
        for (ConsentBasis own :
                Set.of(ConsentBasis.OWN_VERBAL, ConsentBasis.OWN_WRITTEN, ConsentBasis.GILLICK_COMPETENT)) {
            OnBehalfSubmission sevenYearOld = child(PersonsAge.UNDER_11, own, true);

            assertThatThrownBy(() -> advocacy.readBack(sevenYearOld))
                    .as(own.name())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(new InvalidInputException.Problem(
                                            "consent", "advocacy.error.consent-under-13")));
            assertThatThrownBy(() -> advocacy.submit(sevenYearOld)).isInstanceOf(InvalidInputException.class);
            assertThat(stored(sevenYearOld)).as("nothing is sent").isZero();
        }
    }

    @Test
    void anAdvocateCanRecordASevenYearOldsViewsWithAParentOrCarersConsent() {
        OnBehalfSubmission withParent = child(PersonsAge.UNDER_11, ConsentBasis.PARENT_FOR_YOUNG_CHILD, false);

        String code = advocacy.submit(withParent).referenceCode();

        assertThat(jdbc.queryForMap("""
                select f.age_band, a.persons_age, a.consent from feedback f join feedback_advocacy a
                on a.feedback_id = f.id where f.reference_code = ?""", code))
                .containsEntry("age_band", "UNDER_11")
                .containsEntry("persons_age", "UNDER_11")
                .containsEntry("consent", "PARENT_FOR_YOUNG_CHILD");
    }

    @Test
    void aFourteenYearOldSelfConsentsOnlyWithTheAdvocatesGillickConfirmation() {
        assertThatThrownBy(() -> advocacy.submit(child(PersonsAge.AGE_13_15, ConsentBasis.OWN_VERBAL, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "consent", "advocacy.error.consent-13-15-own")));
        OnBehalfSubmission unconfirmed = child(PersonsAge.AGE_13_15, ConsentBasis.GILLICK_COMPETENT, false);
        assertThatThrownBy(() -> advocacy.submit(unconfirmed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "gillickConfirmed", "advocacy.error.gillick-confirm-required")));
        assertThat(stored(unconfirmed)).isZero();

        String code = advocacy.submit(child(PersonsAge.AGE_13_15, ConsentBasis.GILLICK_COMPETENT, true))
                .referenceCode();

        assertThat(jdbc.queryForMap("""
                select f.age_band, a.persons_age, a.consent, a.gillick_confirmed from feedback f
                join feedback_advocacy a on a.feedback_id = f.id where f.reference_code = ?""", code))
                .containsEntry("age_band", "AGE_11_15")
                .containsEntry("persons_age", "AGE_13_15")
                .containsEntry("consent", "GILLICK_COMPETENT")
                .containsEntry("gillick_confirmed", true);
        assertThat(advocacy.submit(child(PersonsAge.AGE_13_15, ConsentBasis.PARENT_FOR_YOUNG_CHILD, false))
                        .referenceCode())
                .as("or a parent or carer consents")
                .isNotBlank();
    }

    @Test
    void fromSixteenCapacityIsPresumedAndABestInterestsDecisionNeedsAFindingThatTheyLackIt() {
        assertThatThrownBy(() -> advocacy.submit(adult(ConsentBasis.PARENT_FOR_YOUNG_CHILD, null, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "consent", "advocacy.error.consent-16-parent")));
        assertThatThrownBy(() -> advocacy.submit(adult(ConsentBasis.GILLICK_COMPETENT, null, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "consent", "advocacy.error.consent-16-gillick")));
        assertThatThrownBy(() -> advocacy.submit(adult(ConsentBasis.BEST_INTERESTS, "Sam Patel, social worker", false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "lacksCapacityConfirmed", "advocacy.error.lacks-capacity-confirm-required")));

        assertThat(advocacy.submit(adult(ConsentBasis.OWN_WRITTEN, null, false)).referenceCode())
                .isNotBlank();
        String code = advocacy.submit(adult(ConsentBasis.BEST_INTERESTS, "Sam Patel, social worker", true))
                .referenceCode();
        assertThat(jdbc.queryForObject("""
                select a.lacks_capacity_confirmed from feedback_advocacy a join feedback f on f.id = a.feedback_id
                where f.reference_code = ?""", Boolean.class, code)).isTrue();
    }

    @Test
    void theAgeIsAskedForFirst() {
        OnBehalfSubmission noAge = new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceId(OT),
                null,
                RespondentGroup.YOUNG_PERSON,
                null,
                Wording.YOUNG_PERSON,
                fixtures.firstQuestionsAnswered(RatingAnswer.GOOD),
                null,
                null,
                null,
                null,
                ConsentBasis.OWN_VERBAL,
                null,
                false,
                false,
                Set.of(GatheringMethod.CONVERSATION),
                ReadBack.AGREED);

        assertThatThrownBy(() -> advocacy.submit(noAge))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "personsAge", "advocacy.error.age-required")));
    }

    @Test
    void theDatabaseRefusesSelfConsentForAYoungChildWhateverWritesIt() {
        String code = advocacy.submit(child(PersonsAge.UNDER_11, ConsentBasis.PARENT_FOR_YOUNG_CHILD, false))
                .referenceCode();

        assertThatThrownBy(() -> jdbc.update("""
                update feedback_advocacy a join feedback f on f.id = a.feedback_id set a.consent = 'OWN_VERBAL'
                where f.reference_code = ?""", code)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                update feedback_advocacy a join feedback f on f.id = a.feedback_id
                set a.persons_age = 'AGE_13_15', a.consent = 'GILLICK_COMPETENT', a.gillick_confirmed = FALSE
                where f.reference_code = ?""", code)).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** A child's views about Occupational Therapy, gathered in conversation and read back. */
    private OnBehalfSubmission child(PersonsAge age, ConsentBasis consent, boolean gillickConfirmed) {
        return new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceId(OT),
                null,
                RespondentGroup.YOUNG_PERSON,
                age,
                Wording.YOUNG_PERSON,
                fixtures.firstQuestionsAnswered(RatingAnswer.GOOD),
                "The therapist lets me pick the game.",
                WordsSource.OWN_WORDS,
                null,
                null,
                consent,
                null,
                gillickConfirmed,
                false,
                Set.of(GatheringMethod.CONVERSATION),
                ReadBack.AGREED);
    }

    private OnBehalfSubmission adult(ConsentBasis consent, String bestInterestsBy, boolean lacksCapacity) {
        return new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceId(OT),
                null,
                RespondentGroup.LDA_ADULT,
                PersonsAge.OVER_25,
                Wording.EASY_READ,
                fixtures.firstQuestionsAnswered(RatingAnswer.OK),
                null,
                null,
                null,
                null,
                consent,
                bestInterestsBy,
                false,
                lacksCapacity,
                Set.of(GatheringMethod.OBSERVATION),
                ReadBack.NOT_READ_BACK);
    }

    private int stored(OnBehalfSubmission submission) {
        return jdbc.queryForObject(
                "select count(*) from feedback where submission_key = ?", Integer.class, submission.submissionKey());
    }
}
