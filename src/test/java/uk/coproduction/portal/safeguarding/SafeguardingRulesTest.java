package uk.coproduction.portal.safeguarding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
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
import uk.coproduction.portal.frontline.FrontlineSubmission;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safeguarding rules: worrying words and staff flags take an item out of every ordinary view into the queue,
 * each has a time to be acknowledged by, and an item nobody acknowledges in time is escalated once.
 */
@PortalTest
class SafeguardingRulesTest {

    private static final String SECOND_CONTACT = "duty.manager@example.org";

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
    FrontlineViewsService frontline;

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
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void englishWordsThatMatchGoStraightToTheQueueAndNeverReachTheInbox() {
        String code = submit("The club is fine.", Map.of(), "Please make him stop. He HITS me when I get home.");
        String ordinary = submit("The white meat at lunch was cold.", Map.of(), null);

        assertThat(inbox()).contains(ordinary).doesNotContain(code);
        assertThatThrownBy(() -> triage.open(idOf(code))).isInstanceOf(IllegalArgumentException.class);
        SafeguardingCase queued = asLead(() -> safeguarding.open(idOf(code)));
        assertThat(queued.source()).isEqualTo(SafeguardingSource.KEYWORD);
        assertThat(queued.matchedWords()).isEqualTo("hits me");
        assertThat(queued.words()).contains("The club is fine.", "He HITS me when I get home.");
        assertThat(asLead(() -> safeguarding.queue()).stream().map(SafeguardingCase::referenceCode))
                .contains(code)
                .doesNotContain(ordinary);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void polishWordsInATellUsMoreBoxAreCaughtToo() {
        long question = charter.expectations().getFirst().id();
        String code = submit(null, Map.of(question, "Tata BIJE MNIE, gdy pije."), null);

        assertThat(inbox()).doesNotContain(code);
        SafeguardingCase queued = asLead(() -> safeguarding.open(idOf(code)));
        assertThat(queued.source()).isEqualTo(SafeguardingSource.KEYWORD);
        assertThat(queued.matchedWords()).isEqualTo("bije mnie");
    }

    @Test
    void wordsSentByOtherRoutesAreCaughtTooHereAFrontlineView() {
        String code = frontline
                .submit(new FrontlineSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceOf(Team.CHILDRENS).id(),
                        "Youth worker",
                        null,
                        Map.of(),
                        "A boy at drop-in said he is scared to go home at weekends"))
                .referenceCode();

        assertThat(jdbc.queryForMap(
                        "select safeguarding_flag, safeguarding_source, safeguarding_matched from feedback"
                                + " where reference_code = ?",
                        code))
                .containsEntry("safeguarding_flag", true)
                .containsEntry("safeguarding_source", "KEYWORD")
                .containsEntry("safeguarding_matched", "scared to go home");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerFlagsAnItemSayingWhyAndItLeavesTheirInbox() {
        String code = submit("My support worker shouts and I dread the visits.", Map.of(), null);
        long id = idOf(code);
        assertThat(inbox()).contains(code);

        flags.flag(id, "  Dreads the visits: possible emotional abuse by a worker  ");

        assertThat(inbox()).doesNotContain(code);
        assertThatThrownBy(() -> triage.open(id)).isInstanceOf(IllegalArgumentException.class);
        SafeguardingCase queued = asLead(() -> safeguarding.open(id));
        assertThat(queued.source()).isEqualTo(SafeguardingSource.STAFF);
        assertThat(queued.flaggedBy()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(queued.flagReason()).isEqualTo("Dreads the visits: possible emotional abuse by a worker");
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where action = 'safeguarding.flagged-by-staff' "
                                + "and object_id = ?",
                        String.class,
                        String.valueOf(id)))
                .containsExactly(TestAccounts.CHILDRENS_COMMISSIONER);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void flaggingNeedsAReasonAndOnlyWorksOnItemsTheCommissionerCanSee() {
        String code = submit("Nobody answers the phone.", Map.of(), null);
        assertThatThrownBy(() -> flags.flag(idOf(code), "   "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("safeguarding.flag.error.reason-needed"));
        assertThat(inbox()).contains(code);

        String anotherTeams = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.LDA), "Not mine"))
                .referenceCode();
        assertThatThrownBy(() -> flags.flag(idOf(anotherTeams), "Worried")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void leadsCannotFlagFromTheInboxOnlyCommissionersCan() {
        assertThatThrownBy(() -> flags.flag(1L, "Worried")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void whatThePersonRaisedIsDueWithinAnHourAnyTimeAndAPossibleConcernWithinAWorkingDay() {
        long person = tellSomeone("Please tell someone");
        String code = submit("I want to die", Map.of(), null);
        String possible = submit("Nobody hits me at the club now, it is better", Map.of(), null);

        SafeguardingCase asked = safeguarding.open(person);
        SafeguardingCase matched = safeguarding.open(idOf(code));
        SafeguardingCase review = safeguarding.open(idOf(possible));
        assertThat(asked.acknowledgeBy()).isEqualTo(asked.receivedAt().plus(Duration.ofHours(1)));
        assertThat(matched.source()).isEqualTo(SafeguardingSource.KEYWORD);
        assertThat(matched.acknowledgeBy())
                .isBetween(
                        matched.receivedAt().plus(Duration.ofHours(1)),
                        matched.receivedAt().plus(Duration.ofHours(1)).plusSeconds(5));
        assertThat(review.source()).isEqualTo(SafeguardingSource.POSSIBLE_CONCERN);
        assertThat(review.acknowledgeBy())
                .isAfterOrEqualTo(times.addWorkingTime(review.receivedAt(), Duration.ofHours(8)))
                .isBefore(times.addWorkingTime(review.receivedAt(), Duration.ofHours(8))
                        .plusSeconds(5));
        assertThat(safeguarding.waitingCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void anItemNobodyAcknowledgesInTimeIsEscalatedToTheSecondContactAgainAndAgainUntilAcknowledged() {
        long id = tellSomeone("Something bad is happening");
        long acknowledgedInTime = tellSomeone("Something else is happening");
        safeguarding.acknowledge(acknowledgedInTime);
        Instant due = safeguarding.open(id).acknowledgeBy();
        SafeguardingEscalation escalation = new SafeguardingEscalation(
                feedbackItems,
                actions,
                times,
                outbox,
                audit,
                Clock.fixed(due, ZoneOffset.UTC),
                new SafeguardingContacts("lead@example.org", SECOND_CONTACT, Duration.ofHours(2)),
                "https://portal.example.org",
                arrivals);

        transaction.executeWithoutResult(s -> escalation.escalateOverdue(due));
        assertThat(escalations(id)).isZero();
        assertThat(emailsTo(id)).isZero();

        transaction.executeWithoutResult(s -> escalation.escalateOverdue(due.plusSeconds(60)));
        transaction.executeWithoutResult(s -> escalation.escalateOverdue(due.plus(Duration.ofMinutes(90))));
        assertThat(escalations(id)).isEqualTo(1);
        transaction.executeWithoutResult(s -> escalation.escalateOverdue(due.plus(Duration.ofHours(3))));
        transaction.executeWithoutResult(s -> escalation.escalateOverdue(due.plus(Duration.ofDays(3))));

        assertThat(escalations(id)).isEqualTo(3);
        assertThat(emailsTo(id)).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "select details from audit_event where action = 'safeguarding.escalated'"
                                + " and object_type = 'feedback' and object_id = ?",
                        String.class,
                        String.valueOf(id)))
                .hasSize(3)
                .allSatisfy(d -> assertThat(d).contains(SECOND_CONTACT).doesNotContain("Something bad"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'safeguarding.escalated'"
                                + " and object_id = ?",
                        Integer.class,
                        String.valueOf(acknowledgedInTime)))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select body from outgoing_email where feedback_id = ? and to_address = ?",
                        String.class,
                        id,
                        SECOND_CONTACT))
                .allSatisfy(body -> assertThat(body)
                        .contains("https://portal.example.org/staff/safeguarding/" + id)
                        .doesNotContain("Something bad"));
        assertThat(escalations(acknowledgedInTime)).isZero();
        SafeguardingCase escalated = safeguarding.open(id);
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.acknowledged()).isFalse();

        safeguarding.acknowledge(id);
        transaction.executeWithoutResult(s -> escalation.escalateOverdue(due.plus(Duration.ofDays(5))));
        assertThat(escalations(id)).isEqualTo(3);
    }

    private String submit(String comment, Map<Long, String> tellUsMore, String changeWanted) {
        return submissions
                .submit(fixtures.youngPersonTelling(comment, tellUsMore, changeWanted))
                .referenceCode();
    }

    private long tellSomeone(String words) {
        String code = submissions
                .tellSomeone(UUID.randomUUID().toString(), words, ContactRequest.NONE, null, "en-GB")
                .referenceCode();
        return idOf(code);
    }

    private List<String> inbox() {
        return triage.inbox(EnumSet.allOf(FeedbackStatus.class), 0, 10_000).stream()
                .map(InboxItem::referenceCode)
                .toList();
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }

    private int escalations(long id) {
        return jdbc.queryForObject(
                "select count(*) from safeguarding_action where feedback_id = ? and kind = 'ESCALATED'",
                Integer.class,
                id);
    }

    private int emailsTo(long id) {
        return jdbc.queryForObject(
                "select count(*) from outgoing_email where feedback_id = ? and to_address = ?",
                Integer.class,
                id,
                SECOND_CONTACT);
    }

    /** Runs the work as the safeguarding lead (the queue is theirs), then goes back to the test's user. */
    private static <T> T asLead(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext lead = SecurityContextHolder.createEmptyContext();
        lead.setAuthentication(new UsernamePasswordAuthenticationToken(
                TestAccounts.SAFEGUARDING_LEAD,
                "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.SAFEGUARDING_LEAD)));
        SecurityContextHolder.setContext(lead);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
