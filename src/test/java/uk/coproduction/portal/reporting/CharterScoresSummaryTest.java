package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rating summary the dashboards read gives exactly the scores that counting every piece of feedback gives, for
 * every filter and split, and stays so when feedback is flagged, moved to another service, area, group, channel or
 * quarter, re-answered or deleted (the database's triggers keep it in step, whatever writes the rows).
 */
@PortalTest
class CharterScoresSummaryTest {

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private CharterScores scores;
    private String first;
    private String second;
    private List<Long> items;

    @BeforeEach
    void setUp() {
        scores = new CharterScores(jdbc, CharterScoresTest.EVERY_TEAM, CharterScoresTest.NOVEMBER_2026);
        first = fixtures.newService();
        second = fixtures.newService("LDA");
        items = new ArrayList<>();
        String[] answers = {"VERY_GOOD", "GOOD", "OK", "BAD", "VERY_BAD", "NOT_SURE"};
        String[] areas = {"EAST_KENT", "WEST_KENT", "DGS", null};
        String[][] people = {
            {"YOUNG_PERSON", "UNDER_11"},
            {"YOUNG_PERSON", "AGE_16_18"},
            {"PARENT_CARER", null},
            {"LDA_ADULT", null},
            {"FRONTLINE_WORKER", null}
        };
        String[] channels = {"ONLINE", "ADVOCATE", "EVENT", "PAPER", "STAFF"};
        String[] days = {"2025-02-10 09:00:00", "2026-06-30 23:59:59", "2026-07-01 00:00:00", "2026-11-02 12:00:00"};
        for (int i = 0; i < 60; i++) {
            String[] person = people[i % people.length];
            Map<Integer, String> rated =
                    Map.of(1, answers[i % 6], 2, answers[(i / 2) % 6], 3 + i % 4, answers[(i / 3) % 6]);
            items.add(fixtures.feedback(
                    i % 3 == 0 ? second : first,
                    areas[i % areas.length],
                    person[0],
                    person[1],
                    channels[i % channels.length],
                    days[i % days.length],
                    i % 17 == 0,
                    rated));
        }
    }

    @Test
    void summaryScoresEqualScoresCountedFromEveryPieceOfFeedback() {
        assertSummaryAgrees();
        assertThat(scores.scores(EvidenceFilter.forService(first), Dimension.OVERALL))
                .as("the test has rows to compare")
                .isNotEmpty();
    }

    @Test
    void summaryStaysExactWhenFeedbackIsFlaggedMovedReansweredOrDeleted() {
        Score before = overall(first, 1);

        jdbc.sql("UPDATE feedback SET safeguarding_flag = TRUE, safeguarding_source = 'STAFF' WHERE id = :id")
                .param("id", items.get(1))
                .update();
        assertThat(overall(first, 1).answered())
                .as("a flagged item leaves the figures")
                .isNotEqualTo(before.answered());
        assertSummaryAgrees();

        jdbc.sql("UPDATE feedback SET safeguarding_flag = FALSE WHERE id = :id")
                .param("id", items.get(1))
                .update();
        assertThat(overall(first, 1))
                .as("and comes back when the flag is lifted")
                .isEqualTo(before);

        jdbc.sql("UPDATE feedback SET held_for_review = TRUE, held_reason = 'TOO_FAST' WHERE id = :id")
                .param("id", items.get(1))
                .update();
        assertThat(overall(first, 1).answered())
                .as("an item held for review leaves the figures (decision 0026)")
                .isNotEqualTo(before.answered());
        assertSummaryAgrees();
        jdbc.sql("UPDATE feedback SET held_for_review = FALSE, held_cleared_at = NOW() WHERE id = :id")
                .param("id", items.get(1))
                .update();
        assertThat(overall(first, 1))
                .as("and comes back when a commissioner clears it")
                .isEqualTo(before);

        jdbc.sql(
                        "UPDATE feedback SET service_id = (SELECT id FROM commissioned_service WHERE code = :code) WHERE id = :id")
                .param("code", second)
                .param("id", items.get(2))
                .update();
        assertSummaryAgrees();
        jdbc.sql(
                        "UPDATE feedback SET area_id = NULL, respondent_group = 'SOMEONE_ELSE', age_band = NULL, channel = 'PAPER' "
                                + "WHERE id = :id")
                .param("id", items.get(4))
                .update();
        assertSummaryAgrees();
        jdbc.sql("UPDATE feedback SET submitted_at = '2026-10-01 00:00:00' WHERE id = :id")
                .param("id", items.get(5))
                .update();
        assertSummaryAgrees();
        jdbc.sql("UPDATE feedback SET comment = 'Only words changed', status = 'READ' WHERE id = :id")
                .param("id", items.get(7))
                .update();
        assertSummaryAgrees();

        jdbc.sql("UPDATE feedback_rating SET answer = 'VERY_BAD' WHERE feedback_id = :id")
                .param("id", items.get(8))
                .update();
        jdbc.sql("DELETE FROM feedback_rating WHERE feedback_id = :id AND expectation_id = "
                        + "(SELECT id FROM charter_expectation WHERE position = 1)")
                .param("id", items.get(10))
                .update();
        assertSummaryAgrees();

        jdbc.sql("DELETE FROM feedback WHERE id IN (:ids)")
                .param("ids", List.of(items.get(11), items.get(13), items.get(0)))
                .update();
        assertSummaryAgrees();

        jdbc.sql(
                        "DELETE FROM feedback WHERE service_id IN (SELECT id FROM commissioned_service WHERE code IN (:codes))")
                .param("codes", List.of(first, second))
                .update();
        assertThat(scores.scores(EvidenceFilter.forService(first), Dimension.OVERALL))
                .as("no rows left over with nothing in them")
                .isEmpty();
        assertSummaryAgrees();
    }

    private Score overall(String service, int position) {
        return scores.scores(EvidenceFilter.forService(service), Dimension.OVERALL).stream()
                .filter(score -> score.position() == position)
                .findFirst()
                .orElseThrow();
    }

    private void assertSummaryAgrees() {
        List<EvidenceFilter> filters = List.of(
                EvidenceFilter.forService(first),
                EvidenceFilter.forService(second),
                new EvidenceFilter(Team.LDA, null, null, null, null, null, null, null),
                new EvidenceFilter(null, first, "EAST_KENT", null, null, null, null, null),
                new EvidenceFilter(null, first, null, RespondentGroup.FRONTLINE_WORKER, null, null, null, null),
                new EvidenceFilter(null, first, null, RespondentGroup.YOUNG_PERSON, AgeBand.UNDER_11, null, null, null),
                new EvidenceFilter(null, second, null, null, null, Channel.EVENT, null, null),
                EvidenceFilter.forService(first).withQuarters(new Quarter(2026, 3), new Quarter(2026, 4)),
                EvidenceFilter.forService(second).withQuarters(new Quarter(2024, 1), new Quarter(2026, 2)),
                EvidenceFilter.ALL);
        for (EvidenceFilter filter : filters) {
            for (Dimension dimension : Dimension.values()) {
                assertThat(scores.scores(filter, dimension))
                        .as("%s by %s", filter, dimension)
                        .isEqualTo(scores.scoresFromFeedback(filter, dimension));
            }
        }
        assertThat(scores.scores(EvidenceFilter.forService(first), Dimension.OVERALL))
                .allSatisfy(score -> assertThat(score.shares()).containsOnlyKeys(Tone.values()));
    }
}
