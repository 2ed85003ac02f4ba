package uk.coproduction.portal.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.services.Team;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data is kept no longer than needed: contact details after closing, the person's words after 3 years. */
@PortalTest
class RetentionJobTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    private RetentionJob job() {
        return new RetentionJob(jdbc, audit, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(30), Period.ofYears(3));
    }

    @Test
    void contactDetailsGoWhenTheItemHasBeenClosedForMoreThan30Days() {
        String closedLongAgo = sendWithEmail("closed31@example.org");
        String closedRecently = sendWithEmail("closed29@example.org");
        String stillOpen = sendWithEmail("open@example.org");
        close(closedLongAgo, NOW.minus(Duration.ofDays(31)));
        close(closedRecently, NOW.minus(Duration.ofDays(29)));
        setSubmitted(stillOpen, NOW.minus(Duration.ofDays(400)));

        int auditLinesBefore = retentionAuditLines();

        RetentionJob.RetentionResult result = job().applyRetention();

        assertThat(result.contactDetailsRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(email(closedLongAgo)).isNull();
        assertThat(email(closedRecently)).isEqualTo("closed29@example.org");
        assertThat(email(stillOpen)).isEqualTo("open@example.org");
        assertThat(words(closedLongAgo)).isEqualTo("My words stay for now");
        assertThat(retentionAuditLines()).isEqualTo(auditLinesBefore + 1);
    }

    @Test
    void wordsGoAfterThreeYearsButTheRatingsStayForTheFigures() {
        String old = sendWithEmail("old@example.org");
        String notQuiteOld = sendWithEmail("notquite@example.org");
        Instant threeYearsAgo = NOW.atZone(ZoneOffset.UTC).minusYears(3).toInstant();
        setSubmitted(old, threeYearsAgo.minus(Duration.ofDays(1)));
        setSubmitted(notQuiteOld, threeYearsAgo.plus(Duration.ofDays(1)));
        int ratingsBefore = ratings(old);

        RetentionJob.RetentionResult result = job().applyRetention();

        assertThat(result.wordsRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(words(old)).isNull();
        assertThat(jdbc.queryForObject(
                        "select change_wanted from feedback where reference_code = ?", String.class, old))
                .isNull();
        assertThat(answerComments(old)).isZero();
        assertThat(ratings(old)).isEqualTo(ratingsBefore).isPositive();
        assertThat(jdbc.queryForObject(
                        "select respondent_group from feedback where reference_code = ?", String.class, old))
                .isEqualTo("YOUNG_PERSON");
        assertThat(words(notQuiteOld)).isEqualTo("My words stay for now");
        assertThat(answerComments(notQuiteOld)).isOne();
    }

    @Test
    void aSecondRunFindsNothingMoreToRemove() {
        String old = sendWithEmail("again@example.org");
        close(old, NOW.minus(Duration.ofDays(60)));
        setSubmitted(old, NOW.atZone(ZoneOffset.UTC).minusYears(4).toInstant());
        job().applyRetention();

        assertThat(job().applyRetention()).isEqualTo(new RetentionJob.RetentionResult(0, 0));
    }

    private String sendWithEmail(String email) {
        long question = charter.expectations().getFirst().id();
        FeedbackSubmission submission = new FeedbackSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceOf(Team.CHILDRENS).id(),
                null,
                RespondentGroup.YOUNG_PERSON,
                null,
                fixtures.allAnswered(RatingAnswer.OK),
                "My words stay for now",
                Map.of(question, "More words"),
                "Change this please",
                Wording.YOUNG_PERSON,
                "en-GB",
                new ContactRequest(ReplyMethod.EMAIL, email, null, null));
        return submissions.submit(submission).referenceCode();
    }

    private void setSubmitted(String code, Instant at) {
        jdbc.update("update feedback set submitted_at = ? where reference_code = ?", Timestamp.from(at), code);
    }

    private void close(String code, Instant at) {
        setSubmitted(code, at.minus(Duration.ofDays(10)));
        jdbc.update("update feedback set status = 'CLOSED' where reference_code = ?", code);
        jdbc.update(
                "insert into feedback_status_change (feedback_id, from_status, to_status, changed_by, changed_at)"
                        + " select id, 'NEW', 'CLOSED', 'commissioner', ? from feedback where reference_code = ?",
                Timestamp.from(at),
                code);
    }

    private int retentionAuditLines() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'retention.applied'"
                        + " and actor = 'system' and details like 'contact details removed from %'",
                Integer.class);
    }

    private String email(String code) {
        return jdbc.queryForObject("select contact_email from feedback where reference_code = ?", String.class, code);
    }

    private String words(String code) {
        return jdbc.queryForObject("select comment from feedback where reference_code = ?", String.class, code);
    }

    private int answerComments(String code) {
        return jdbc.queryForObject(
                "select count(*) from feedback_answer_comment a join feedback f on f.id ="
                        + " a.feedback_id where f.reference_code = ?",
                Integer.class,
                code);
    }

    private int ratings(String code) {
        return jdbc.queryForObject(
                "select count(*) from feedback_rating r join feedback f on f.id = r.feedback_id"
                        + " where f.reference_code = ?",
                Integer.class,
                code);
    }
}
