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

/**
 * Retention never touches a safeguarding record: the safeguarding lead keeps the person's words and how to reach
 * them, however old the item and however long it has been closed. An ordinary item in the same state loses them.
 */
@PortalTest
class RetentionKeepsSafeguardingRecordsTest {

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

    @Test
    void safeguardingLeadStillHasTheWordsAndContactOfOldClosedConcerns() {
        String asked = submissions
                .tellSomeone(
                        UUID.randomUUID().toString(),
                        "Please tell someone what happens",
                        new ContactRequest(ReplyMethod.EMAIL, "asked@example.org", null, null),
                        RespondentGroup.YOUNG_PERSON,
                        "en-GB")
                .referenceCode();
        String matched = send("He hits me when nobody is looking", "matched@example.org");
        String ordinary = send("The minibus was late again", "ordinary@example.org");
        assertThat(flagged(asked)).isTrue();
        assertThat(flagged(matched)).isTrue();
        assertThat(flagged(ordinary)).isFalse();
        for (String code : new String[] {asked, matched, ordinary}) {
            jdbc.update(
                    "update feedback set submitted_at = ?, status = 'CLOSED' where reference_code = ?",
                    Timestamp.from(NOW.atZone(ZoneOffset.UTC).minusYears(5).toInstant()),
                    code);
            jdbc.update(
                    "insert into feedback_status_change (feedback_id, from_status, to_status, changed_by,"
                            + " changed_at) select id, 'NEW', 'CLOSED', 'lead', ? from feedback where reference_code = ?",
                    Timestamp.from(NOW.minus(Duration.ofDays(400))),
                    code);
        }

        new RetentionJob(jdbc, audit, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(30), Period.ofYears(3))
                .applyRetention();

        assertThat(column(asked, "comment")).isEqualTo("Please tell someone what happens");
        assertThat(column(asked, "contact_email")).isEqualTo("asked@example.org");
        assertThat(column(matched, "comment")).isEqualTo("He hits me when nobody is looking");
        assertThat(column(matched, "change_wanted")).isEqualTo("Stop it");
        assertThat(column(matched, "contact_email")).isEqualTo("matched@example.org");
        assertThat(answerComments(matched)).isOne();
        // The same age and state without a safeguarding flag: the words and contact details go.
        assertThat(column(ordinary, "comment")).isNull();
        assertThat(column(ordinary, "change_wanted")).isNull();
        assertThat(column(ordinary, "contact_email")).isNull();
        assertThat(answerComments(ordinary)).isZero();
    }

    private String send(String words, String email) {
        long question = charter.expectations().getFirst().id();
        return submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceOf(Team.CHILDRENS).id(),
                        null,
                        RespondentGroup.YOUNG_PERSON,
                        null,
                        fixtures.allAnswered(RatingAnswer.BAD),
                        words,
                        Map.of(question, "More words"),
                        "Stop it",
                        Wording.YOUNG_PERSON,
                        "en-GB",
                        new ContactRequest(ReplyMethod.EMAIL, email, null, null)))
                .referenceCode();
    }

    private boolean flagged(String code) {
        return jdbc.queryForObject(
                "select safeguarding_flag from feedback where reference_code = ?", Boolean.class, code);
    }

    private String column(String code, String column) {
        return jdbc.queryForObject("select " + column + " from feedback where reference_code = ?", String.class, code);
    }

    private int answerComments(String code) {
        return jdbc.queryForObject(
                "select count(*) from feedback_answer_comment a join feedback f on f.id ="
                        + " a.feedback_id where f.reference_code = ?",
                Integer.class,
                code);
    }
}
