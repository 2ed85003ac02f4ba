package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * Rows for evidence tests, written straight to the tables: services of their own (so other tests' feedback never
 * changes a figure) and feedback with known answers, dates, groups and channels.
 */
@Component
public class EvidenceFixtures {

    private final JdbcTemplate jdbc;

    EvidenceFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new, inactive children's service; returns its code. */
    public String newService() {
        return newService("CHILDRENS");
    }

    public String newService(String team) {
        String code = "EV_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("""
                insert into commissioned_service (code, name, description, team, client_group, commissioner_id,
                    provider_id, cycle_stage, active)
                values (?, ?, 'A service for evidence tests', ?, 'Test group',
                    (select id from organisation where code = 'KCC'), (select id from organisation where code = 'KCHFT'),
                    'DO', FALSE)
                """, code, "Evidence test " + code, team);
        return code;
    }

    public long serviceId(String code) {
        return jdbc.queryForObject("select id from commissioned_service where code = ?", Long.class, code);
    }

    /** A piece of feedback from a person, with answers by charter position (1 to 6), e.g. {@code Map.of(1, "GOOD")}. */
    public long feedback(
            String service,
            String area,
            String group,
            String ageBand,
            String channel,
            String submittedAt,
            boolean flagged,
            Map<Integer, String> answers) {
        String reference =
                UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        jdbc.update(
                """
                insert into feedback (reference_code, service_id, area_id, respondent_group, age_band, channel, status,
                    submitted_at, safeguarding_flag, safeguarding_source)
                values (?, (select id from commissioned_service where code = ?), (select id from area where code = ?),
                    ?, ?, ?, 'NEW', ?, ?, ?)
                """,
                reference,
                service,
                area,
                group,
                ageBand,
                channel,
                submittedAt,
                flagged,
                flagged ? "PERSON" : null);
        long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, reference);
        answers.forEach((position, answer) -> jdbc.update("""
                insert into feedback_rating (feedback_id, expectation_id, answer)
                values (?, (select id from charter_expectation where position = ?), ?)
                """, id, position, answer));
        return id;
    }

    /** {@code count} young people online in the given area and quarter's first day, all giving one answer to expectation 1. */
    public void answers(String service, String area, String submittedAt, int count, String answer) {
        for (int i = 0; i < count; i++) {
            feedback(service, area, "YOUNG_PERSON", "AGE_11_15", "ONLINE", submittedAt, false, Map.of(1, answer));
        }
    }
}
