package uk.coproduction.portal.activities;

import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.TriageState;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.ServiceSummary;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers typed up after an event are the event's voices: they count in the event's quarter on the dashboard,
 * while their reply-by date counts from when they reached the portal (decision 0039).
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class EventAnswersDatedByTheEventTest {

    private static final String PORTAGE = "Portage (home learning for young disabled children)";

    @Autowired
    ActivityService activities;

    @Autowired
    EventAnswersService answers;

    @Autowired
    ActivityFixtures fixtures;

    @Autowired
    FeedbackFixtures feedbackFixtures;

    @Autowired
    ServiceDashboard dashboard;

    @Autowired
    FeedbackTriageService triage;

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
    void anEventsAnswersTypedInALaterQuarterForAMarchEventCountInTheMarchQuarterAndTheirReplyByStartsAtReceipt() {
        LocalDate today = LocalDate.now(WorkingDays.UK);
        // A March event whose answers are typed up in a later quarter (April at the earliest, today at the latest).
        LocalDate marchEvent =
                LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, Month.MARCH, 14);
        Quarter march = Quarter.of(marchEvent);
        Quarter typedIn = Quarter.of(today);
        ServiceSummary service = feedbackFixtures.serviceNamed(PORTAGE);
        String code =
                jdbc.queryForObject("select code from commissioned_service where id = ?", String.class, service.id());
        EvidenceFilter filter = EvidenceFilter.forService(code).withQuarters(march, typedIn);
        Map<String, Long> before = answeredPerQuarter(filter);

        long activity = activities.record(new NewActivity(
                "Stay and play in March " + UUID.randomUUID(),
                ActivityKind.SCHOOL_OR_CLUB_SESSION,
                marchEvent,
                service.id(),
                Set.of(),
                Set.of(),
                Set.of(),
                CycleStage.REVIEW,
                List.of(new ParticipantCount(RespondentGroup.PARENT_CARER, null, 6)),
                false,
                false,
                false,
                null));
        List<PersonsAnswers> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(fixtures.person(RespondentGroup.PARENT_CARER, null, RatingAnswer.GOOD, null));
        }
        Instant typing = Instant.now();
        answers.save(activity, rows);

        Map<String, Long> after = answeredPerQuarter(filter);
        assertThat(after.getOrDefault(key(march), 0L) - before.getOrDefault(key(march), 0L))
                .as("the six people's answers count in the event's quarter")
                .isEqualTo(6);
        assertThat(after.getOrDefault(key(typedIn), 0L))
                .as("and not in the quarter they were typed in")
                .isEqualTo(before.getOrDefault(key(typedIn), 0L));

        List<Map<String, Object>> stored = jdbc.queryForList("""
                select f.id, f.submitted_at, f.received_at, f.reply_by, s.reply_within_days
                from activity_feedback af join feedback f on f.id = af.feedback_id
                join commissioned_service s on s.id = f.service_id where af.activity_id = ?""", activity);
        assertThat(stored).hasSize(6).allSatisfy(row -> {
            assertThat(((Timestamp) row.get("submitted_at")).toLocalDateTime().toLocalDate())
                    .as("given on the event's day")
                    .isEqualTo(marchEvent);
            assertThat(((Timestamp) row.get("received_at")).toInstant())
                    .as("received when typed")
                    .isCloseTo(typing, new TemporalUnitWithinOffset(5, ChronoUnit.MINUTES));
            assertThat(((Date) row.get("reply_by")).toLocalDate())
                    .as("reply-by counts from receipt")
                    .isEqualTo(workingDays.after(today, ((Number) row.get("reply_within_days")).intValue()));
        });
        TriageState state = triage.triageState(((Number) stored.getFirst().get("id")).longValue());
        assertThat(state.overdue())
                .as("nine months after the event, but not overdue: it just reached us")
                .isFalse();
        assertThat(state.receivedLate()).isTrue();
    }

    @Test
    void answersForAnEventRecordedWithALaterDateAreNeverDatedInTheFuture() {
        ServiceSummary service = feedbackFixtures.serviceNamed(PORTAGE);
        LocalDate nextMonth = LocalDate.now(WorkingDays.UK).plusMonths(1);
        long activity = activities.record(new NewActivity(
                "Planned session " + UUID.randomUUID(),
                ActivityKind.SCHOOL_OR_CLUB_SESSION,
                nextMonth,
                service.id(),
                Set.of(),
                Set.of(),
                Set.of(),
                CycleStage.PLAN,
                List.of(),
                false,
                false,
                false,
                null));

        answers.save(
                activity,
                List.of(fixtures.person(RespondentGroup.YOUNG_PERSON, AgeBand.UNDER_11, RatingAnswer.OK, null)));

        Timestamp given = jdbc.queryForObject("""
                select f.submitted_at from activity_feedback af join feedback f on f.id = af.feedback_id
                where af.activity_id = ?""", Timestamp.class, activity);
        assertThat(given.toInstant()).isBeforeOrEqualTo(Instant.now());
    }

    private Map<String, Long> answeredPerQuarter(EvidenceFilter filter) {
        Map<String, Long> answered = new HashMap<>();
        for (CharterScores.Score score : dashboard.scores(filter, CharterScores.Dimension.QUARTER)) {
            if (score.position() == 1) {
                answered.put(score.key(), score.answered().value());
            }
        }
        return answered;
    }

    private static String key(Quarter quarter) {
        return quarter.year() + "-Q" + quarter.number();
    }
}
