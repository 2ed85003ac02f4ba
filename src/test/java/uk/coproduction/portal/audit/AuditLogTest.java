package uk.coproduction.portal.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log: sensitive actions leave a line saying who did what, when; nobody can change or remove a line. */
@PortalTest
class AuditLogTest {

    private static final String ADMIN = "test.audit.admin";

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    SafeguardingService safeguarding;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    private List<AuditEvent> linesAbout(long feedbackId) {
        return jdbc.query(
                "select * from audit_event where object_type = 'feedback' and object_id = ? order by id",
                (rs, n) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getLong("seq"),
                        rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("details")),
                String.valueOf(feedbackId));
    }

    private long idOf(String referenceCode) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, referenceCode);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void openingFeedbackAndChangingItsStatusAreLoggedWithWhoAndWhen() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "The waiting room was cold"))
                .referenceCode());

        triage.open(id);
        triage.close(id, "The room is heated again since the boiler was fixed");

        List<AuditEvent> lines = linesAbout(id);
        assertThat(lines).extracting(AuditEvent::action).containsExactly("feedback.opened", "feedback.status-changed");
        assertThat(lines).extracting(AuditEvent::actor).containsOnly(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(lines)
                .extracting(AuditEvent::occurredAt)
                .allSatisfy(at -> assertThat(at)
                        .isBetween(
                                clock.instant().minusSeconds(60),
                                clock.instant().plusSeconds(1)));
        assertThat(lines.getLast().details()).isEqualTo("to CLOSED; reason given");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aRefusedStatusChangeLeavesNoLine() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Nobody called back"))
                .referenceCode());
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.CHANGE_MADE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(linesAbout(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void aSafeguardingAcknowledgementIsLogged() {
        String code = submissions
                .tellSomeone(
                        UUID.randomUUID().toString(),
                        "Someone at home scares me",
                        new ContactRequest(ReplyMethod.PHONE, null, "07700 900123", null),
                        null,
                        "en-GB")
                .referenceCode();
        long id = idOf(code);

        safeguarding.acknowledge(id);

        // The lead contact was e-mailed on arrival (decision 0020), then the lead acknowledged.
        assertThat(linesAbout(id))
                .extracting(AuditEvent::action)
                .containsExactly("safeguarding.alerted", "safeguarding.acknowledged");
        assertThat(linesAbout(id).getLast()).satisfies(line -> {
            assertThat(line.action()).isEqualTo("safeguarding.acknowledged");
            assertThat(line.actor()).isEqualTo(TestAccounts.SAFEGUARDING_LEAD);
            assertThat(line.occurredAt()).isNotNull();
        });
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theDatabaseRefusesToChangeOrRemoveALine() {
        auditLog.record("test.line", "test", 1, "kept for ever");
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set details = 'rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit log cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit log cannot be changed");
        assertThat(jdbc.queryForObject("select details from audit_event where id = ?", String.class, id))
                .isEqualTo("kept for ever");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotReadTheLog() {
        assertThatThrownBy(() -> search.search(AuditQuery.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.count(AuditQuery.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anAdministratorSearchesByWhoWhatObjectAndDate() {
        String marker = "t-" + UUID.randomUUID().toString().substring(0, 12);
        auditLog.record("test.searched", marker, 41, null);
        auditLog.record("test.searched", marker, 42, "second");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));

        List<AuditEvent> both = search.search(new AuditQuery(null, "test.searched", marker, null, today, today), 0, 10);
        assertThat(both).extracting(AuditEvent::objectId).containsExactly("42", "41");
        assertThat(both).extracting(AuditEvent::actor).containsOnly(AuditLog.SYSTEM);
        assertThat(search.count(new AuditQuery("system", null, marker, "41", null, null)))
                .isEqualTo(1);
        assertThat(search.count(new AuditQuery(TestAccounts.SAFEGUARDING_LEAD, null, marker, null, null, null)))
                .isZero();
        assertThat(search.count(new AuditQuery(null, null, marker, null, today.plusDays(1), null)))
                .isZero();
        assertThat(search.count(new AuditQuery(null, null, marker, null, null, today.minusDays(1))))
                .isZero();
        assertThatThrownBy(
                        () -> search.search(new AuditQuery(null, null, null, null, today, today.minusDays(1)), 0, 10))
                .isInstanceOf(InvalidInputException.class);
    }
}
