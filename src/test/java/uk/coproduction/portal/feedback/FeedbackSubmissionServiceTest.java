package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.Team;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class FeedbackSubmissionServiceTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void youngPersonSendsFeedbackWithoutAnAccountAndGetsAReferenceCode() {
        var service = fixtures.serviceOf(Team.CHILDRENS);
        SubmissionReceipt receipt = submissions.submit(fixtures.youngPersonAbout(service, "The nurse was kind to me."));

        assertThat(receipt.referenceCode()).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        FeedbackProgress progress =
                submissions.progress(receipt.referenceCode()).orElseThrow();
        assertThat(progress.status()).isEqualTo(FeedbackStatus.NEW);
        assertThat(progress.serviceName()).isEqualTo(service.name());
        assertThat(progress.replies()).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback_rating r join feedback f on f.id = r.feedback_id
                where f.reference_code = ?""", Integer.class, receipt.referenceCode()))
                .isEqualTo(6);
    }

    @Test
    void sendingTheSameFormTwiceStoresOneEntry() {
        FeedbackSubmission submission = fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Double click");
        SubmissionReceipt first = submissions.submit(submission);
        SubmissionReceipt second = submissions.submit(submission);

        assertThat(second.referenceCode()).isEqualTo(first.referenceCode());
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where submission_key = ?",
                        Integer.class,
                        submission.submissionKey()))
                .isEqualTo(1);
        // The first answer may never have been seen: a new private code, and the first one stops working.
        String hash = jdbc.queryForObject(
                "select proof_secret_hash from feedback where submission_key = ?",
                String.class,
                submission.submissionKey());
        assertThat(ProofSecret.matches(second.secret(), hash)).isTrue();
        assertThat(ProofSecret.matches(first.secret(), hash)).isFalse();
    }

    @Test
    void someoneNotSureWhichServiceCanStillSendFeedback() {
        SubmissionReceipt receipt = submissions.submit(new FeedbackSubmission(
                UUID.randomUUID().toString(),
                null,
                null,
                RespondentGroup.PARENT_CARER,
                null,
                Map.of(),
                "I am not sure which team it was, but nobody rang back."));

        assertThat(submissions.progress(receipt.referenceCode()).orElseThrow().serviceName())
                .isNull();
    }

    @Test
    void feedbackWithoutWhoYouAreOrAnyAnswerIsRefusedWithMessagesThatSayHowToFixIt() {
        FeedbackSubmission empty =
                new FeedbackSubmission(UUID.randomUUID().toString(), null, null, null, null, Map.of(), "   ");

        assertThatThrownBy(() -> submissions.submit(empty))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        "feedback.error.group-required", "feedback.error.nothing-answered"));
    }

    @Test
    void anUnknownServiceOrAreaIsRefused() {
        FeedbackSubmission submission = new FeedbackSubmission(
                UUID.randomUUID().toString(),
                999_999L,
                999_999L,
                RespondentGroup.SOMEONE_ELSE,
                null,
                Map.of(),
                "Hello");

        assertThatThrownBy(() -> submissions.submit(submission))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("service", "area"));
    }

    @Test
    void wordsAreKeptAsWrittenButControlAndDirectionOverrideCharactersAreRemoved() {
        String words = "Great 😀 staff\u0000\u0007 \u202Egnp.exe\u202C <script>alert(1)</script> שלום";
        SubmissionReceipt receipt =
                submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), words));

        String stored = jdbc.queryForObject(
                "select comment from feedback where reference_code = ?", String.class, receipt.referenceCode());
        assertThat(stored).isEqualTo("Great 😀 staff gnp.exe <script>alert(1)</script> שלום");
    }

    @Test
    void wordsLongerThanTheLimitAreRefused() {
        FeedbackSubmission tooLong = fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "a".repeat(5001));

        assertThatThrownBy(() -> submissions.submit(tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("feedback.error.comment-too-long"));
    }

    @Test
    void aCodeTypedInLowerCaseWithoutTheDashStillFindsTheFeedback() {
        SubmissionReceipt receipt = submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.LDA), "Hi"));

        String typed = receipt.referenceCode().toLowerCase().replace("-", " ");
        assertThat(submissions.progress(typed)).isPresent();
        assertThat(submissions.progress("ZZZ-ZZZ")).isEmpty();
    }
}
