package uk.coproduction.portal.yousaid;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.UUID;

/**
 * A service of its own for each "You said, we did" test, so counts are exact whatever other tests stored, and
 * feedback about it sent the way the public form sends it.
 */
@Component
public class LoopFixture {

    private final JdbcTemplate jdbc;
    private final FeedbackSubmissionService submissions;
    private final FeedbackFixtures fixtures;

    LoopFixture(JdbcTemplate jdbc, FeedbackSubmissionService submissions, FeedbackFixtures fixtures) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.fixtures = fixtures;
    }

    /** A service made for one test: its code is the public page's address. */
    public record LoopService(long id, String code, ServiceSummary summary) {}

    public LoopService newChildrensService() {
        String code = "T_LOOP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("""
                insert into commissioned_service (code, name, description, team, client_group, commissioner_id,
                    provider_id, cycle_stage, active)
                values (?, ?, 'Clubs for a loop test', 'CHILDRENS', 'Children 5-11',
                    (select id from organisation where code = 'KCC'), (select id from organisation where code = 'KCHFT'),
                    'DO', TRUE)
                """, code, "Loop test clubs " + code);
        ServiceSummary summary = fixtures.serviceNamed("Loop test clubs " + code);
        return new LoopService(summary.id(), code, summary);
    }

    public long send(LoopService service, String words) {
        String code = submissions
                .submit(fixtures.youngPersonAbout(service.summary(), words))
                .referenceCode();
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }

    /** What the safeguarding route does to an item (staff flagging itself is the safeguarding issue's work). */
    void flagForSafeguarding(long feedbackId) {
        jdbc.update(
                "update feedback set safeguarding_flag = TRUE, safeguarding_source = 'PERSON' where id = ?",
                feedbackId);
    }

    long action(String planCode, String actionCode) {
        return jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = ? and a.code = ?
                """, Long.class, planCode, actionCode);
    }

    long theme(String name) {
        return jdbc.queryForObject("select id from theme where name = ?", Long.class, name);
    }
}
