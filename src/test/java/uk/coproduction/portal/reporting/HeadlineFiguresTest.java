package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.TestAccounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Headline figures on a small data set whose answers are known, on a service and for an owner nobody else uses,
 * with the clock fixed at 10 March 2026.
 */
@PortalTest
class HeadlineFiguresTest {

    static final Clock TENTH_OF_MARCH = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    StaffDirectory staff;

    @Autowired
    HeadlineFigures bean;

    @Autowired
    TestAccounts accounts;

    private HeadlineFigures figures;
    private long author;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        author = jdbc.queryForObject(
                "select id from staff_account where username = ?", Long.class, TestAccounts.CHILDRENS_COMMISSIONER);
        figures = new HeadlineFigures(jdbcClient, staff, TENTH_OF_MARCH);
    }

    @Test
    void figuresForAServiceAndAnOwnerAreExactAndNeverCountSafeguardingConcerns() {
        long service = newService();
        long otherService = newService();
        long changed = newAction();
        long unchanged = newAction();
        jdbc.update("""
                insert into plan_change (action_id, what_changed, changed_on, done_by, recorded_by, recorded_at)
                values (?, 'Shorter waits', '2026-03-02', 'Provider', 'someone', '2026-03-02 09:00:00')
                """, changed);
        String owner = "figures." + UUID.randomUUID();

        // Replied after 3 days; its action has a change.
        long f1 = feedback(service, "2026-02-01 10:00:00", "2026-03-01", "CHANGE_MADE", false, owner);
        reply(f1, "2026-02-04 09:00:00", "SENT");
        link(f1, changed);
        // Replied after 10 days (the later reply does not count); not yet due.
        long f2 = feedback(service, "2026-02-10 10:00:00", "2026-03-09", "REPLIED", false, owner);
        reply(f2, "2026-02-20 09:00:00", "SENT");
        reply(f2, "2026-02-25 09:00:00", "SENT");
        // Only a draft awaiting approval, past its reply-by date: overdue. Its action has no change.
        long f3 = feedback(service, "2026-02-15 10:00:00", "2026-03-05", "LINKED", false, owner);
        reply(f3, null, "AWAITING_APPROVAL");
        link(f3, unchanged);
        // No reply, not due yet.
        feedback(service, "2026-02-20 10:00:00", "2026-03-20", "READ", false, null);
        // No reply and past its date, then closed: still overdue, closing is not replying (decision 0021).
        feedback(service, "2026-01-01 10:00:00", "2026-02-01", "CLOSED", false, null);
        // Mainly about another service, also about this one: replied after 5 days, its action has a change.
        long f6 = feedback(otherService, "2026-03-01 10:00:00", "2026-03-08", "REPLIED", false, null);
        jdbc.update("insert into feedback_service (feedback_id, service_id) values (?, ?)", f6, service);
        reply(f6, "2026-03-06 09:00:00", "SENT");
        link(f6, changed);
        // A safeguarding concern: overdue, linked, owned; never counted anywhere.
        long flagged = feedback(service, "2026-02-02 10:00:00", "2026-02-10", "NEW", true, owner);
        link(flagged, changed);
        reply(flagged, "2026-02-03 10:00:00", "SENT");

        Figures byService = figures.forServices(List.of(service)).get(service);

        assertThat(byService.items()).isEqualTo(6);
        assertThat(byService.replied()).isEqualTo(3);
        assertThat(byService.replyRate().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(byService.medianDaysToReply()).isEqualTo(5.0);
        assertThat(byService.loopClosed()).isEqualTo(2);
        assertThat(byService.loopClosureRate().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(byService.overdue()).isEqualTo(2);

        Figures byOwner = figures.forOwner(owner);
        assertThat(byOwner).isEqualTo(new Figures(3, 2, 6.5, 1, 1));

        Map<Long, Figures> other = figures.forServices(List.of(otherService));
        assertThat(other.get(otherService)).isEqualTo(new Figures(1, 1, 5.0, 1, 0));
    }

    @Test
    void aServiceOrOwnerWithoutFeedbackHasNoRatesRatherThanZero() {
        long empty = newService();

        Figures none = figures.forServices(List.of(empty)).get(empty);

        assertThat(none).isEqualTo(Figures.NONE);
        assertThat(none.replyRate()).isEmpty();
        assertThat(none.loopClosureRate()).isEmpty();
        assertThat(figures.forOwner("nobody." + UUID.randomUUID())).isEqualTo(Figures.NONE);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void onlyCommissionersAndAdministratorsSeeFigures() {
        assertThatThrownBy(() -> bean.forServices(List.of(1L))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bean.forMe()).isInstanceOf(AccessDeniedException.class);
    }

    private long newService() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("""
                insert into commissioned_service (code, name, description, team, client_group, commissioner_id,
                    provider_id, cycle_stage, active)
                values (?, ?, 'A service for figures tests', 'CHILDRENS', 'Test group',
                    (select id from organisation where code = 'KCC'), (select id from organisation where code = 'KCHFT'),
                    'DO', FALSE)
                """, code, "Figures test " + code);
        return jdbc.queryForObject("select id from commissioned_service where code = ?", Long.class, code);
    }

    private long newAction() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into plan_action (outcome_id, code, title, owner, timescale)
                select o.id, ?, 'Figures test action', 'Tester', 'Never' from plan_outcome o
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = 'LDA_STRATEGY' and o.code = '4.2'
                """, code);
        return jdbc.queryForObject("select id from plan_action where code = ?", Long.class, code);
    }

    private long feedback(
            long service, String submittedAt, String replyBy, String status, boolean flagged, String owner) {
        String reference =
                UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        jdbc.update("""
                insert into feedback (reference_code, service_id, respondent_group, status, submitted_at,
                    safeguarding_flag, safeguarding_source, reply_by, owner)
                values (?, ?, 'YOUNG_PERSON', ?, ?, ?, ?, ?, ?)
                """, reference, service, status, submittedAt, flagged, flagged ? "PERSON" : null, replyBy, owner);
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, reference);
    }

    private void reply(long feedback, String sentAt, String state) {
        jdbc.update(
                "insert into feedback_reply (feedback_id, body, author_id, drafted_at, sent_at, state)"
                        + " values (?, 'Thank you', ?, ?, ?, ?)",
                feedback,
                author,
                sentAt != null ? sentAt : "2026-02-01 09:00:00", // a draft waiting for approval was written too
                sentAt,
                state);
    }

    private void link(long feedback, long action) {
        jdbc.update("insert into feedback_plan_action (feedback_id, action_id) values (?, ?)", feedback, action);
    }
}
