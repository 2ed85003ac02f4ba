package uk.coproduction.portal.safeguarding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.SafeguardingSource;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.security.TestAccounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failures 1 and 2: words that tell of harm, wherever they are written, reach a safeguarding lead at
 * once, on a clock that does not stop at night or at weekends, and "escalated" means someone was told.
 */
@PortalTest
class DisclosuresReachALeadTest {

    private static final String LEAD = "safeguarding.lead@example.org";
    private static final String SECOND = "duty.manager@example.org";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    SafeguardingService safeguarding;

    @Autowired
    SafeguardingFlags flags;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    AcknowledgeTimes times;

    @Autowired
    FeedbackItems feedbackItems;

    @Autowired
    SafeguardingActionRepository actions;

    @Autowired
    Outbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SafetyArrivals arrivals;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(
            username = TestAccounts.CHILDRENS_COMMISSIONER,
            roles = {Roles.COMMISSIONER, Roles.SAFEGUARDING_LEAD})
    void theIssuesSentencesInQuestionOnesTellUsMoreGoToALeadAtOnceOnTheRoundTheClockClock() {
        long questionOne = charter.expectations().getFirst().id();
        for (String words : List.of(
                "my mum's boyfriend punches me and I don't want to be alive any more",
                "Dad kicks me and locks me in my room. I am scared of him")) {
            long id = idOf(submit(null, Map.of(questionOne, words), null));

            assertThat(inbox()).doesNotContain(id);
            SafeguardingCase queued = safeguarding.open(id);
            assertThat(queued.source()).isEqualTo(SafeguardingSource.KEYWORD);
            assertThat(queued.words()).isEqualTo(words);
            // An hour from when it was checked, a moment after it was received: nights and weekends count.
            assertThat(queued.acknowledgeBy())
                    .isBetween(
                            queued.receivedAt().plus(Duration.ofHours(1)),
                            queued.receivedAt().plus(Duration.ofHours(1)).plusSeconds(5));
            assertThat(leadEmails(id))
                    .singleElement()
                    .asString()
                    .contains("/staff/safeguarding/" + id)
                    .doesNotContain(words);
            assertThat(queued.history())
                    .extracting(SafeguardingCase.Entry::kind)
                    .containsExactly(SafeguardingActionKind.ALERTED);
            assertThat(queued.history().getFirst().note()).contains(LEAD);
        }
    }

    @Test
    @WithMockUser(
            username = TestAccounts.CHILDRENS_COMMISSIONER,
            roles = {Roles.COMMISSIONER, Roles.SAFEGUARDING_LEAD})
    void everyBoxTheyWriteInIsChecked() {
        long fromComment = idOf(submit("Dad kicks me when he is angry", Map.of(), null));
        long fromChange = idOf(submit("The club is fine.", Map.of(), "I want them to stop my stepdad hitting me"));
        long fromPolish = idOf(submit(null, Map.of(charter.expectations().get(2).id(), "Nie chcę już żyć"), null));

        assertThat(inbox()).doesNotContain(fromComment, fromChange, fromPolish);
        assertThat(List.of(fromComment, fromChange, fromPolish)).allSatisfy(id -> {
            assertThat(safeguarding.open(id).source()).isEqualTo(SafeguardingSource.KEYWORD);
            assertThat(leadEmails(id)).hasSize(1);
        });
    }

    @Test
    @WithMockUser(
            username = TestAccounts.CHILDRENS_COMMISSIONER,
            roles = {Roles.COMMISSIONER, Roles.SAFEGUARDING_LEAD})
    void anOrdinaryComplaintWrittenOnlyUnderAQuestionStaysInTheInboxShowingItsWords() {
        long question = charter.expectations().get(1).id();
        long id = idOf(submit(null, Map.of(question, "We waited two hours and nobody told us why"), null));

        assertThat(triage.inbox(EnumSet.allOf(FeedbackStatus.class), 0, 10_000))
                .filteredOn(i -> i.id() == id)
                .singleElement()
                .extracting(InboxItem::comment)
                .isEqualTo("We waited two hours and nobody told us why");
    }

    @Test
    @WithMockUser(
            username = TestAccounts.CHILDRENS_COMMISSIONER,
            roles = {Roles.COMMISSIONER, Roles.SAFEGUARDING_LEAD})
    void wordsThatMayOrMayNotTellOfHarmAreAPossibleConcernReviewedWithinAWorkingDay() {
        long ordinary = idOf(submit("The waiting list is killing me", Map.of(), null));
        assertThat(inbox()).contains(ordinary);
        long id = idOf(submit("Nobody hits me at the club now, it is better", Map.of(), null));

        SafeguardingCase review = safeguarding.open(id);
        assertThat(review.source()).isEqualTo(SafeguardingSource.POSSIBLE_CONCERN);
        assertThat(review.acknowledgeBy())
                .isAfterOrEqualTo(times.addWorkingTime(review.receivedAt(), Duration.ofHours(8)))
                .isBefore(times.addWorkingTime(review.receivedAt(), Duration.ofHours(8))
                        .plusSeconds(5));
        assertThat(leadEmails(id)).hasSize(1);
    }

    @Test
    @WithMockUser(
            username = TestAccounts.CHILDRENS_COMMISSIONER,
            roles = {Roles.COMMISSIONER, Roles.SAFEGUARDING_LEAD})
    void aStaffFlagAlertsTheLeadsToo() {
        long id = idOf(submit("My support worker shouts and I dread the visits.", Map.of(), null));
        assertThat(leadEmails(id)).isEmpty();

        flags.flag(id, "Dreads the visits");

        assertThat(leadEmails(id)).hasSize(1);
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void scaredAtHomeTonightOnASaturdayMorningIsDueOnSaturdayAndEscalatedOnlyToSomeoneReal() {
        Instant saturday = LocalDateTime.parse("2026-11-21T09:30").atZone(UK).toInstant();
        long id = tellSomeone("I am scared at home tonight");
        jdbc.update("update feedback set submitted_at = ? where id = ?", Timestamp.from(saturday), id);

        SafeguardingCase concern = safeguarding.open(id);
        assertThat(concern.acknowledgeBy())
                .isEqualTo(LocalDateTime.parse("2026-11-21T10:30").atZone(UK).toInstant());
        assertThat(leadEmails(id)).hasSize(1);

        SafeguardingEscalation nobodyToTell =
                escalation(saturday, new SafeguardingContacts("", "", Duration.ofHours(1)));
        transaction.executeWithoutResult(s -> nobodyToTell.escalateOverdue(saturday.plus(Duration.ofHours(2))));
        assertThat(safeguarding.open(id).escalated()).isFalse();
        assertThat(kinds(id)).doesNotContain("ESCALATED");

        SafeguardingEscalation configured =
                escalation(saturday, new SafeguardingContacts(LEAD, SECOND, Duration.ofHours(1)));
        transaction.executeWithoutResult(s -> configured.escalateOverdue(saturday.plus(Duration.ofMinutes(61))));
        transaction.executeWithoutResult(s -> configured.escalateOverdue(saturday.plus(Duration.ofMinutes(150))));

        SafeguardingCase escalated = safeguarding.open(id);
        assertThat(escalated.escalated()).isTrue();
        assertThat(kinds(id)).containsExactly("ALERTED", "ESCALATED", "ESCALATED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_email where feedback_id = ? and to_address = ?",
                        Integer.class,
                        id,
                        SECOND))
                .isEqualTo(2);
        assertThat(escalated.history())
                .filteredOn(e -> e.kind() == SafeguardingActionKind.ESCALATED)
                .allSatisfy(e -> assertThat(e.note()).contains(SECOND));
    }

    private SafeguardingEscalation escalation(Instant at, SafeguardingContacts contacts) {
        return new SafeguardingEscalation(
                feedbackItems,
                actions,
                times,
                outbox,
                audit,
                Clock.fixed(at, ZoneOffset.UTC),
                contacts,
                "https://portal.example.org",
                arrivals);
    }

    private List<String> kinds(long id) {
        return jdbc.queryForList(
                "select kind from safeguarding_action where feedback_id = ? order by id", String.class, id);
    }

    private List<String> leadEmails(long id) {
        return jdbc.queryForList(
                "select body from outgoing_email where feedback_id = ? and to_address = ?", String.class, id, LEAD);
    }

    private String submit(String comment, Map<Long, String> tellUsMore, String changeWanted) {
        return submissions
                .submit(fixtures.youngPersonTelling(comment, tellUsMore, changeWanted))
                .referenceCode();
    }

    private long tellSomeone(String words) {
        return idOf(submissions
                .tellSomeone(UUID.randomUUID().toString(), words, ContactRequest.NONE, null, "en-GB")
                .referenceCode());
    }

    private List<Long> inbox() {
        return triage.inbox(EnumSet.allOf(FeedbackStatus.class), 0, 10_000).stream()
                .map(InboxItem::id)
                .toList();
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
