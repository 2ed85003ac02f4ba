package uk.coproduction.portal.packs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.reporting.EvidenceFixtures;

import java.util.Map;
import java.util.UUID;

/**
 * Demo-like data for the pack tests, on services of their own: two children's services in one quarter with the
 * things that made packs disagree with the dashboard — a held item, a safeguarding-flagged item, a frontline worker's
 * view, an item from before the pack's 8 quarters, an item linked to the other service as a further service — and a
 * group of 3 (to be hidden), themes, and an outcome indicator of its own linked to the first service.
 */
@Component
class PackFixtures {

    record TwoServices(String first, String second, String indicatorCode) {}

    private final EvidenceFixtures fixtures;
    private final JdbcTemplate jdbc;

    PackFixtures(EvidenceFixtures fixtures, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    TwoServices twoServices(Quarter quarter) {
        String first = fixtures.newService();
        String second = fixtures.newService();
        String inQuarter = quarter.start() + " 10:00:00";
        // First service: 8 young people answer expectation 1 (6 good, 2 bad), 3 parents (a group to hide).
        fixtures.answers(first, "EAST_KENT", inQuarter, 6, "GOOD");
        fixtures.answers(first, "EAST_KENT", inQuarter, 2, "BAD");
        for (int i = 0; i < 3; i++) {
            fixtures.feedback(first, "WEST_KENT", "PARENT_CARER", null, "ONLINE", inQuarter, false, Map.of());
        }
        // Never counted: a safeguarding concern, an item held for review, a frontline worker's view.
        fixtures.feedback(
                first, "EAST_KENT", "YOUNG_PERSON", "AGE_11_15", "ONLINE", inQuarter, true, Map.of(1, "VERY_BAD"));
        long held = fixtures.feedback(
                first, "EAST_KENT", "YOUNG_PERSON", "AGE_11_15", "ONLINE", inQuarter, false, Map.of(1, "GOOD"));
        jdbc.update(
                "update feedback set held_for_review = TRUE, held_reason = 'TOO_FAST', held_at = now() where id = ?",
                held);
        fixtures.feedback(first, "EAST_KENT", "FRONTLINE_WORKER", null, "ONLINE", inQuarter, false, Map.of(1, "OK"));
        // Before the pack's 8 quarters: not in the period.
        fixtures.feedback(
                first,
                "EAST_KENT",
                "PARENT_CARER",
                null,
                "ONLINE",
                quarter.start().minusMonths(27) + " 10:00:00",
                false,
                Map.of());
        // Second service: 12 parents; one of them also linked to the first service as a further service.
        long further = 0;
        for (int i = 0; i < 12; i++) {
            further = fixtures.feedback(
                    second,
                    "MEDWAY_SWALE",
                    "PARENT_CARER",
                    null,
                    "PAPER",
                    inQuarter,
                    false,
                    Map.of(2, i < 9 ? "GOOD" : "OK"));
        }
        jdbc.update(
                "insert into feedback_service (feedback_id, service_id) values (?, ?)",
                further,
                fixtures.serviceId(first));
        // Themes: 6 about communication on the first service (shown), 2 about waiting (hidden).
        long communication = jdbc.queryForObject("select id from theme where name = 'Communication'", Long.class);
        long waiting = jdbc.queryForObject("select id from theme where name = 'Waiting times'", Long.class);
        var young = jdbc.queryForList(
                "select id from feedback where service_id = ? and respondent_group = 'YOUNG_PERSON'"
                        + " and safeguarding_flag = FALSE and held_for_review = FALSE order by id",
                Long.class,
                fixtures.serviceId(first));
        for (int i = 0; i < 6; i++) {
            jdbc.update(
                    "insert into feedback_theme (feedback_id, theme_id, tagged_by, tagged_at) values (?, ?, 't', now())",
                    young.get(i),
                    communication);
        }
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "insert into feedback_theme (feedback_id, theme_id, tagged_by, tagged_at) values (?, ?, 't', now())",
                    young.get(i),
                    waiting);
        }
        // An indicator of its own for the first service: 62 % of families against a target of at least 75 %.
        String indicator =
                "PACKTEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("""
                insert into outcome_indicator (code, outcome_id, title, target_value, target_unit, direction)
                values (?, (select min(id) from cyp_outcome), ?, 75, '%', 'AT_LEAST')
                """, indicator, "Families who say the service listened " + indicator);
        // Its value is a dated value in its history (decision 0037), as an administrator records it.
        jdbc.update("""
                insert into outcome_value (indicator_id, value, as_of, period_label, source, source_note, recorded_by,
                    recorded_at)
                values ((select id from outcome_indicator where code = ?), 62, ?, '2026-27 Q2', 'HAND', 'Test',
                    'test', current_timestamp(6))
                """, indicator, quarter.start());
        jdbc.update(
                "insert into outcome_indicator_service (indicator_id, service_id) values "
                        + "((select id from outcome_indicator where code = ?), ?)",
                indicator,
                fixtures.serviceId(first));
        return new TwoServices(first, second, indicator);
    }
}
