package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme summary the dashboard's themes part reads (V0023) holds exactly what counting every item's themes gives,
 * and stays so when items are tagged, untagged, flagged, moved to another service, area, group or quarter, or deleted.
 */
@PortalTest
class ThemeSummaryTest {

    /** Every key of the summary with items, against the same keys counted from feedback and its themes. */
    private static final String SUMMARY = """
            SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel, theme_id, SUM(items)
            FROM theme_summary GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING SUM(items) <> 0
            """;

    private static final String RECOUNT = """
            SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                   f.respondent_group, COALESCE(f.age_band, ''), f.channel, t.theme_id, COUNT(*)
            FROM feedback f JOIN feedback_theme t ON t.feedback_id = f.id
            WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE GROUP BY 1, 2, 3, 4, 5, 6, 7
            """;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    DashboardFixtures dashboard;

    @Autowired
    JdbcTemplate jdbc;

    private String service;
    private String other;
    private final List<Long> items = new ArrayList<>();
    private List<String> themes;

    @BeforeEach
    void setUp() {
        service = fixtures.newService();
        other = fixtures.newService("LDA");
        themes = jdbc.queryForList("select name from theme order by id limit 2", String.class);
        String[] groups = {"YOUNG_PERSON", "PARENT_CARER", "LDA_ADULT"};
        for (int i = 0; i < 6; i++) {
            long item = fixtures.feedback(
                    service,
                    i % 2 == 0 ? "EAST_KENT" : null,
                    groups[i % 3],
                    i % 3 == 0 ? "AGE_16_18" : null,
                    "ONLINE",
                    "2026-0" + (4 + i % 4) + "-10 09:00:00",
                    false,
                    Map.of(1, "GOOD"));
            items.add(item);
            dashboard.theme(item, themes.get(i % 2));
            if (i % 3 == 0) {
                dashboard.theme(item, themes.get((i + 1) % 2));
            }
        }
    }

    @Test
    void summaryEqualsThemesCountedFromEveryItem() {
        assertThat(themes).hasSize(2);
        assertSummaryAgrees();
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(s.items), 0) from theme_summary s join commissioned_service c "
                                + "on c.id = s.service_id where c.code = ?",
                        Long.class,
                        service))
                .as("the test's items are in it")
                .isEqualTo(8);
    }

    @Test
    void summaryStaysExactWhenItemsAreTaggedFlaggedMovedOrDeleted() {
        jdbc.update(
                "delete from feedback_theme where feedback_id = ? and theme_id = (select id from theme where name = ?)",
                items.get(0),
                themes.get(1));
        assertSummaryAgrees();
        jdbc.update(
                "update feedback set safeguarding_flag = TRUE, safeguarding_source = 'STAFF' where id = ?",
                items.get(1));
        assertSummaryAgrees();
        dashboard.theme(items.get(1), themes.get(0));
        assertThat(serviceItems(service))
                .as("a flagged item's themes are never counted")
                .isEqualTo(6);
        jdbc.update("update feedback set safeguarding_flag = FALSE where id = ?", items.get(1));
        assertThat(serviceItems(service)).isEqualTo(8);
        assertSummaryAgrees();
        jdbc.update(
                "update feedback set service_id = (select id from commissioned_service where code = ?), "
                        + "area_id = (select id from area where code = 'WEST_KENT'), respondent_group = 'PARENT_CARER', "
                        + "submitted_at = '2025-12-01 10:00:00' where id = ?",
                other,
                items.get(3));
        assertThat(serviceItems(other)).as("moved with its two themes").isEqualTo(2);
        assertSummaryAgrees();
        jdbc.update(
                "update feedback_theme set theme_id = (select id from theme where name = ?) where feedback_id = ? "
                        + "and theme_id = (select id from theme where name = ?)",
                themes.get(1),
                items.get(2),
                themes.get(0));
        assertSummaryAgrees();
        jdbc.update("delete from feedback where id in (?, ?)", items.get(3), items.get(4));
        assertThat(serviceItems(other)).isZero();
        assertSummaryAgrees();
    }

    private long serviceItems(String code) {
        return jdbc.queryForObject(
                "select coalesce(sum(s.items), 0) from theme_summary s join commissioned_service c "
                        + "on c.id = s.service_id where c.code = ?",
                Long.class,
                code);
    }

    private void assertSummaryAgrees() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from ((" + SUMMARY + ") except (" + RECOUNT + ")) x", Long.class))
                .as("summary rows that a recount does not give")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ((" + RECOUNT + ") except (" + SUMMARY + ")) x", Long.class))
                .as("recounted rows missing from the summary")
                .isZero();
    }
}
