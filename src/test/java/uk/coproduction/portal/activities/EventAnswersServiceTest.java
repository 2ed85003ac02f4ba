package uk.coproduction.portal.activities;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class EventAnswersServiceTest {

    @Autowired
    ActivityService activities;

    @Autowired
    EventAnswersService answers;

    @Autowired
    ActivityFixtures fixtures;

    @Autowired
    FeedbackFixtures feedbackFixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void quickEntryOfTwentyPeopleAtAnEventCreatesTwentyEventFeedbackItemsTiedToTheActivity() {
        ServiceSummary speech = feedbackFixtures.serviceNamed("Speech and Language Therapy");
        long activity = activities.record(fixtures.schoolSessionAbout(speech, "Year 8 session on speech therapy"));
        RatingAnswer[] scale = RatingAnswer.values();
        List<PersonsAnswers> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(fixtures.person(
                    i % 4 == 0 ? RespondentGroup.PARENT_CARER : RespondentGroup.YOUNG_PERSON,
                    i % 4 == 0 ? null : AgeBand.AGE_11_15,
                    scale[i % scale.length],
                    i == 7 ? "The therapist was kind" : null));
        }
        rows.add(new PersonsAnswers(UUID.randomUUID().toString(), RespondentGroup.YOUNG_PERSON, null, Map.of(), " "));

        AnswersSaved result = answers.save(activity, rows);

        assertThat(result).isEqualTo(new AnswersSaved(20, 0, 1));
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select f.id, f.channel, f.service_id, f.respondent_group, f.age_band, f.comment, f.reply_by,
                    f.submitted_at, f.status, (select count(*) from feedback_rating r where r.feedback_id = f.id) ratings
                from activity_feedback af join feedback f on f.id = af.feedback_id where af.activity_id = ? order by f.id
                """, activity);
        assertThat(stored).hasSize(20);
        assertThat(stored).extracting(r -> r.get("channel")).containsOnly("EVENT");
        assertThat(stored)
                .extracting(r -> ((Number) r.get("service_id")).longValue())
                .containsOnly(speech.id());
        assertThat(stored)
                .extracting(r -> ((Number) r.get("ratings")).intValue())
                .containsOnly(6);
        assertThat(stored).extracting(r -> r.get("status")).containsOnly("NEW");
        assertThat(stored)
                .filteredOn(r -> "PARENT_CARER".equals(r.get("respondent_group")))
                .hasSize(5)
                .extracting(r -> r.get("age_band"))
                .containsOnlyNulls();
        assertThat(stored).extracting(r -> r.get("comment")).containsOnlyOnce("The therapist was kind");
        LocalDate today = LocalDate.now(WorkingDays.UK);
        assertThat(stored)
                .extracting(r -> ((Date) r.get("reply_by")).toLocalDate())
                .containsOnly(workingDays.after(today, 20));
        long firstId = ((Number) stored.getFirst().get("id")).longValue();
        long eighth = ((Number) stored.get(7).get("id")).longValue();
        assertThat(jdbc.queryForList("select answer from feedback_rating where feedback_id = ?", String.class, firstId))
                .containsOnly(scale[0].name());
        assertThat(jdbc.queryForList("select answer from feedback_rating where feedback_id = ?", String.class, eighth))
                .containsOnly(scale[7 % scale.length].name());

        ActivityPage page = activities.page(activity).orElseThrow();
        assertThat(page.answers()).hasSize(20);
        assertThat(page.people()).isEqualTo(15);
    }

    @Test
    void aRowWithoutAGroupIsRefusedByItsRowNumberAndNothingIsSaved() {
        long activity = activities.record(fixtures.schoolSessionAbout(
                feedbackFixtures.serviceNamed("Occupational Therapy"), "Parents' coffee morning"));
        List<PersonsAnswers> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(fixtures.person(RespondentGroup.PARENT_CARER, null, RatingAnswer.OK, null));
        }
        rows.set(2, fixtures.person(null, null, RatingAnswer.BAD, "Nobody rang me back"));
        rows.set(
                4,
                new PersonsAnswers(
                        rows.get(4).rowKey(),
                        RespondentGroup.PARENT_CARER,
                        null,
                        Map.of(999_999L, RatingAnswer.GOOD),
                        null));

        assertThatThrownBy(() -> answers.save(activity, rows))
                .isInstanceOfSatisfying(
                        AnswerRowsRejected.class,
                        e -> assertThat(e.rowProblems())
                                .containsExactly(
                                        new AnswerRowsRejected.RowProblem(
                                                3, "group", "activity.quick.error.group-needed"),
                                        new AnswerRowsRejected.RowProblem(
                                                5, "answers", "activity.quick.error.question-unknown")));

        assertThat(jdbc.queryForObject(
                        "select count(*) from activity_feedback where activity_id = ?", Long.class, activity))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where submission_key = ?",
                        Long.class,
                        rows.getFirst().rowKey()))
                .isZero();
    }

    @Test
    void savingTheSameRowsTwiceStoresThemOnce() {
        long activity = activities.record(fixtures.schoolSessionAbout(
                feedbackFixtures.serviceNamed("Short Breaks holiday clubs"), "Holiday club circle time"));
        List<PersonsAnswers> rows = List.of(
                fixtures.person(RespondentGroup.YOUNG_PERSON, AgeBand.UNDER_11, RatingAnswer.VERY_GOOD, "Fun"),
                fixtures.person(RespondentGroup.YOUNG_PERSON, AgeBand.UNDER_11, RatingAnswer.GOOD, null));

        assertThat(answers.save(activity, rows)).isEqualTo(new AnswersSaved(2, 0, 0));
        List<PersonsAnswers> withOneMore = new ArrayList<>(rows);
        withOneMore.add(fixtures.person(RespondentGroup.PARENT_CARER, null, RatingAnswer.NOT_SURE, null));
        assertThat(answers.save(activity, withOneMore)).isEqualTo(new AnswersSaved(1, 2, 0));
        assertThat(answers.save(activity, withOneMore)).isEqualTo(new AnswersSaved(0, 3, 0));

        assertThat(jdbc.queryForObject(
                        "select count(*) from activity_feedback where activity_id = ?", Long.class, activity))
                .isEqualTo(3);
    }

    @Test
    void answersFlaggedForSafeguardingAreNeverShownOrCountedWithTheActivity() {
        long activity = activities.record(fixtures.schoolSessionAbout(
                feedbackFixtures.serviceNamed("Speech and Language Therapy"), "Drop-in at the library"));
        answers.save(
                activity,
                List.of(
                        fixtures.person(RespondentGroup.YOUNG_PERSON, AgeBand.AGE_16_18, RatingAnswer.GOOD, null),
                        fixtures.person(
                                RespondentGroup.YOUNG_PERSON,
                                AgeBand.AGE_16_18,
                                RatingAnswer.VERY_BAD,
                                "Something private")));
        jdbc.update("""
                update feedback set safeguarding_flag = TRUE, safeguarding_source = 'PERSON'
                where comment = 'Something private' and id in (select feedback_id from activity_feedback where activity_id = ?)
                """, activity);

        assertThat(activities.page(activity).orElseThrow().answers()).hasSize(1);
        assertThat(activities.activities())
                .filteredOn(a -> a.id() == activity)
                .singleElement()
                .extracting(ActivityListItem::answers)
                .isEqualTo(1L);
    }
}
