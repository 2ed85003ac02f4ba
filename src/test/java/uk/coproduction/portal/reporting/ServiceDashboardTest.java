package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.ServiceDashboard.Direction;
import uk.coproduction.portal.reporting.ServiceDashboard.Replies;
import uk.coproduction.portal.reporting.ServiceDashboard.ThemeRow;
import uk.coproduction.portal.reporting.ServiceDashboard.Trend;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.CycleStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.coproduction.portal.reporting.CharterScoresTest.NOVEMBER_2026;

/** The service dashboard's figures on services of their own, with the clock in 2026-Q4. */
@PortalTest
class ServiceDashboardTest {

    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final Quarter Q4 = new Quarter(2026, 4);

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    DashboardFixtures more;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceDashboard bean;

    private ServiceDashboard dashboard;
    private String service;

    @BeforeEach
    void setUp() {
        dashboard = new ServiceDashboard(
                jdbc,
                new CharterScores(jdbc, CharterScoresTest.EVERY_TEAM, NOVEMBER_2026),
                CharterScoresTest.EVERY_TEAM,
                NOVEMBER_2026);
        service = fixtures.newService();
    }

    @Test
    void trendOverEightQuartersComparesTheLastQuarterWithThePreviousOne() {
        fixtures.answers(service, "EAST_KENT", "2026-08-03 10:00:00", 5, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-08-03 10:00:00", 5, "BAD");
        fixtures.answers(service, "EAST_KENT", "2026-10-03 10:00:00", 8, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-03 10:00:00", 2, "OK");
        for (int i = 0; i < 6; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-10-04 10:00:00",
                    false,
                    Map.of(2, "GOOD", 3, "GOOD"));
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-10-04 10:00:00",
                    true,
                    Map.of(1, "VERY_BAD"));
        }
        for (int i = 0; i < 6; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-07-04 10:00:00",
                    false,
                    i < 3 ? Map.of(2, "GOOD", 3, "GOOD") : Map.of(3, "GOOD"));
        }

        Trend trend = dashboard.trend(EvidenceFilter.forService(service));

        assertThat(trend.quarters()).hasSize(8);
        assertThat(trend.quarters().getFirst()).isEqualTo(new Quarter(2025, 1));
        assertThat(trend.quarters().getLast()).isEqualTo(Q4);
        assertThat(trend.lines()).hasSize(6);
        var first = trend.lines().get(0);
        assertThat(first.positive().get(Q3).shown()).hasValue(0.5);
        assertThat(first.positive().get(Q4).shown())
                .as("8 of 10, published as 10 of 10; the flagged items are not counted")
                .hasValue(1.0);
        assertThat(first.change()).isEqualTo(Direction.UP);
        var second = trend.lines().get(1);
        assertThat(second.positive().get(Q3).shown()).as("three people").isEmpty();
        assertThat(second.positive().get(Q3).formatPercent("fewer than 5", "none"))
                .isEqualTo("fewer than 5");
        assertThat(second.change()).isEqualTo(Direction.SUPPRESSED);
        assertThat(trend.lines().get(2).change()).as("100% both quarters").isEqualTo(Direction.SAME);
        assertThat(trend.lines().get(3).change()).as("no answers").isEqualTo(Direction.SUPPRESSED);
        assertThat(trend.lines().get(3).positive().get(Q4).formatPercent("fewer than 5", "none"))
                .isEqualTo("none");
    }

    @Test
    void aFallInPositiveAnswersIsDown() {
        fixtures.answers(service, "EAST_KENT", "2026-08-03 10:00:00", 6, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-03 10:00:00", 6, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-03 10:00:00", 6, "BAD");

        assertThat(dashboard
                        .trend(EvidenceFilter.forService(service))
                        .lines()
                        .getFirst()
                        .change())
                .isEqualTo(Direction.DOWN);
    }

    @Test
    void themesOverTimeCountEachQuarterWithSmallCountsHiddenAndFlaggedItemsLeftOut() {
        for (int i = 0; i < 6; i++) {
            more.theme(
                    fixtures.feedback(
                            service,
                            "EAST_KENT",
                            "PARENT_CARER",
                            null,
                            "ONLINE",
                            "2026-10-02 09:00:00",
                            false,
                            Map.of()),
                    "Waiting times");
            more.theme(
                    fixtures.feedback(
                            service,
                            "EAST_KENT",
                            "PARENT_CARER",
                            null,
                            "ONLINE",
                            "2026-07-02 09:00:00",
                            false,
                            Map.of()),
                    "Communication");
        }
        for (int i = 0; i < 3; i++) {
            more.theme(
                    fixtures.feedback(
                            service,
                            "EAST_KENT",
                            "PARENT_CARER",
                            null,
                            "ONLINE",
                            "2026-10-02 09:00:00",
                            false,
                            Map.of()),
                    "Communication");
        }
        more.theme(
                fixtures.feedback(
                        service, "EAST_KENT", "PARENT_CARER", null, "ONLINE", "2026-10-02 09:00:00", true, Map.of()),
                "Waiting times");

        var themes = dashboard.themes(EvidenceFilter.forService(service));

        assertThat(themes.quarters()).hasSize(8);
        assertThat(themes.rows()).extracting(ThemeRow::theme).containsExactly("Communication", "Waiting times");
        ThemeRow communication = themes.rows().get(0);
        ThemeRow waiting = themes.rows().get(1);
        assertThat(communication.perQuarter().get(Q3).shown())
                .as("6, rounded to 5")
                .hasValue(5);
        assertThat(communication.perQuarter().get(Q4).format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(waiting.perQuarter().get(Q4).shown())
                .as("the flagged item is not counted; 6 rounded")
                .hasValue(5);
        assertThat(waiting.perQuarter().get(Q3).shown()).hasValue(0);
    }

    @Test
    void replyRateMedianDaysAndLoopClosureForTheFilter() {
        long action = more.actionWithChange();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(fixtures.feedback(
                    service, "EAST_KENT", "YOUNG_PERSON", null, "ONLINE", "2026-10-05 10:00:00", false, Map.of()));
        }
        int[] days = {2, 2, 3, 4, 4, 10};
        for (int i = 0; i < days.length; i++) {
            more.reply(items.get(i), days[i]);
        }
        more.reply(items.get(6), 1, "AWAITING_APPROVAL");
        for (int i = 5; i < 10; i++) {
            more.link(items.get(i), action);
        }
        long flagged = fixtures.feedback(
                service, "EAST_KENT", "YOUNG_PERSON", null, "ONLINE", "2026-10-05 10:00:00", true, Map.of());
        more.reply(flagged, 1);
        more.link(flagged, action);

        Replies replies = dashboard.replies(EvidenceFilter.forService(service));

        assertThat(replies.items().shown()).hasValue(10);
        assertThat(replies.replied().shown())
                .as("6 of 10, published as 5 of 10; a draft is not a reply")
                .hasValue(0.5);
        assertThat(replies.medianDays()).hasValue(3.5);
        assertThat(replies.loopClosed().shown()).hasValue(0.5);
    }

    @Test
    void fewerThanFiveRepliesHideTheRateAndTheMedian() {
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(fixtures.feedback(
                    service, "EAST_KENT", "YOUNG_PERSON", null, "ONLINE", "2026-10-05 10:00:00", false, Map.of()));
        }
        for (int i = 0; i < 4; i++) {
            more.reply(items.get(i), 3);
        }
        String tiny = fixtures.newService();
        fixtures.feedback(tiny, "EAST_KENT", "YOUNG_PERSON", null, "ONLINE", "2026-10-05 10:00:00", false, Map.of());

        Replies replies = dashboard.replies(EvidenceFilter.forService(service));
        Replies fewItems = dashboard.replies(EvidenceFilter.forService(tiny));

        assertThat(replies.items().shown()).as("8, rounded").hasValue(10);
        assertThat(replies.replied().formatPercent("fewer than 5", "none")).isEqualTo("fewer than 5");
        assertThat(replies.medianDays()).isEmpty();
        assertThat(replies.loopClosed().shown()).as("none of 8 closed").hasValue(0.0);
        assertThat(fewItems.items().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(fewItems.loopClosed().shown())
                .as("a rate of fewer than 5 items")
                .isEmpty();
    }

    @Test
    void activitiesByStageAndLundyAnswerInTheFiltersQuarters() {
        for (int i = 0; i < 6; i++) {
            more.activity(service, "2026-10-10", "DO", i < 5 ? "YES" : "NO");
        }
        more.activity(service, "2026-09-10", "PLAN", "NO");
        more.activity(service, "2026-09-11", "PLAN", null);
        more.activity(service, "2023-09-11", "PLAN", "NO");
        more.activity(fixtures.newService(), "2026-10-10", "DO", "YES");

        var activities = dashboard.activities(EvidenceFilter.forService(service));

        assertThat(activities.total().shown())
                .as("8 (2023 and the other service's are left out), rounded")
                .hasValue(10);
        assertThat(activities.byStage().get(CycleStage.DO).shown())
                .as("6, rounded")
                .hasValue(5);
        assertThat(activities.byStage().get(CycleStage.PLAN).format("fewer than 5"))
                .isEqualTo("fewer than 5");
        Map<LundyAnswer, SmallNumbers.Count> space = activities.lundy().get("space");
        assertThat(space.get(LundyAnswer.YES).shown()).hasValue(5);
        assertThat(space.get(LundyAnswer.NO).shown()).as("two").isEmpty();
        assertThat(activities.lundy().get("voice").get(LundyAnswer.YES).shown())
                .as("none checked: zero")
                .hasValue(0);
        assertThat(dashboard
                        .activities(EvidenceFilter.forService(fixtures.newService()))
                        .byStage()
                        .get(CycleStage.DO)
                        .shown())
                .as("no activities at all: zeros, not fewer than 5")
                .hasValue(0);
    }

    @Test
    void residentsViewsBesideFrontlineWorkersViewsForTheSameFilter() {
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 5, "GOOD");
        for (int i = 0; i < 6; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "FRONTLINE_WORKER",
                    null,
                    "STAFF",
                    "2026-10-05 10:00:00",
                    false,
                    Map.of(1, "BAD"));
        }
        fixtures.feedback(
                service,
                "EAST_KENT",
                "FRONTLINE_WORKER",
                null,
                "STAFF",
                "2026-10-05 10:00:00",
                true,
                Map.of(1, "GOOD"));

        var both = dashboard.residentsAndFrontline(EvidenceFilter.forService(service));
        var frontlineAsked = dashboard.residentsAndFrontline(
                new EvidenceFilter(null, service, null, RespondentGroup.FRONTLINE_WORKER, null, null, null, null));

        assertThat(both.residents().getFirst().share(Tone.POSITIVE).shown()).hasValue(1.0);
        assertThat(both.frontline().getFirst().answered().shown())
                .as("the flagged one is left out: 6, rounded")
                .hasValue(5);
        assertThat(both.frontline().getFirst().share(Tone.NEGATIVE).shown()).hasValue(1.0);
        assertThat(frontlineAsked).isEqualTo(both);
    }

    @Test
    @WithMockUser(username = "test.board", roles = Roles.BOARD)
    void boardMembersSeeTheDashboardsAggregates() {
        assertThat(bean.replies(EvidenceFilter.forService(service)).items().shown())
                .hasValue(0);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void advocatesDoNotSeeTheDashboard() {
        assertThatThrownBy(() -> bean.trend(EvidenceFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bean.replies(EvidenceFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
