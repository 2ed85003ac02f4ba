package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.ServicesOverview.Row;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.coproduction.portal.reporting.CharterScoresTest.NOVEMBER_2026;

/** One row per service, counted by the database, on services of their own with the clock in 2026-Q4. */
@PortalTest
class ServicesOverviewTest {

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    DashboardFixtures more;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServicesOverview bean;

    @Test
    void eachServiceRowHasItsItemsPositiveShareReplyRateAndLoopClosure() {
        String busy = fixtures.newService();
        String small = fixtures.newService();
        String silent = fixtures.newService();
        long action = more.actionWithChange();
        for (int i = 0; i < 10; i++) {
            long id = fixtures.feedback(
                    busy,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-10-05 10:00:00",
                    false,
                    i < 7 ? Map.of(1, "GOOD", 2, "VERY_GOOD") : Map.of(1, "OK", 2, "BAD"));
            if (i < 5) {
                more.reply(id, 2);
            }
            if (i < 2) {
                more.link(id, action);
            }
        }
        for (int i = 0; i < 4; i++) {
            long flagged = fixtures.feedback(
                    busy,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-10-05 10:00:00",
                    true,
                    Map.of(1, "VERY_BAD"));
            more.reply(flagged, 1);
        }
        for (int i = 0; i < 3; i++) {
            fixtures.feedback(
                    small,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-10-05 10:00:00",
                    false,
                    Map.of(1, "GOOD", 2, "GOOD", 3, "GOOD"));
        }

        List<Row> rows = new ServicesOverview(jdbc, CharterScoresTest.EVERY_TEAM, NOVEMBER_2026)
                .rows(EvidenceFilter.ALL.withService(busy));

        Row busyRow = row(rows, busy);
        assertThat(busyRow.team()).isEqualTo(Team.CHILDRENS);
        assertThat(busyRow.items().shown()).as("flagged items are not counted").hasValue(10);
        assertThat(busyRow.positive().shown())
                .as("14 of 20 answers, published as 15 of 20")
                .hasValue(0.75);
        assertThat(busyRow.replied().shown()).as("5 of 10").hasValue(0.5);
        assertThat(busyRow.loopClosed().formatPercent("fewer than 5", "none"))
                .as("2 of 10")
                .isEqualTo("fewer than 5");
        Row smallRow = row(rows, small);
        assertThat(smallRow.items().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(smallRow.positive().shown())
                .as("9 answers, but from 3 people")
                .isEmpty();
        assertThat(smallRow.replied().shown()).isEmpty();
        assertThat(rows)
                .extracting(Row::code)
                .as("an inactive service without feedback")
                .doesNotContain(silent);
    }

    @Test
    void theFilterNarrowsWhatIsCountedAndTheTeamWhichServicesAreListed() {
        String lda = fixtures.newService("LDA");
        fixtures.answers(lda, "EAST_KENT", "2026-10-05 10:00:00", 5, "GOOD");
        fixtures.answers(lda, "WEST_KENT", "2026-10-05 10:00:00", 7, "GOOD");

        ServicesOverview overview = new ServicesOverview(jdbc, CharterScoresTest.EVERY_TEAM, NOVEMBER_2026);
        List<Row> westKent =
                overview.rows(new EvidenceFilter(Team.LDA, null, "WEST_KENT", null, null, null, null, null));
        List<Row> children =
                overview.rows(new EvidenceFilter(Team.CHILDRENS, null, null, null, null, null, null, null));

        assertThat(row(westKent, lda).items().shown()).as("7, rounded").hasValue(5);
        assertThat(westKent).extracting(Row::team).containsOnly(Team.LDA);
        assertThat(children).extracting(Row::code).doesNotContain(lda);
    }

    @Test
    @WithMockUser(username = "test.board", roles = Roles.BOARD)
    void boardMembersSeeTheOverview() {
        assertThat(bean.rows(EvidenceFilter.ALL)).isNotEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void advocatesDoNotSeeTheOverview() {
        assertThatThrownBy(() -> bean.rows(EvidenceFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    private static Row row(List<Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
