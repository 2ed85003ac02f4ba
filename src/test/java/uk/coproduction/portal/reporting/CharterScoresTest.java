package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.FiguresReach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Charter scores on a service of their own, with the clock in the middle of 2026-Q4. */
@PortalTest
class CharterScoresTest {

    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CharterScores bean;

    /** The counting services built by hand here see every team, as a board member does (decision 0022). */
    static final FigureScope EVERY_TEAM = FigureScope.reaching(new FiguresReach(true, null));

    private CharterScores scores;
    private String service;

    @BeforeEach
    void setUp() {
        scores = new CharterScores(jdbc, EVERY_TEAM, NOVEMBER_2026);
        service = fixtures.newService();
    }

    @Test
    void sharesOfPositiveNeutralAndNegativeAnswersForEachExpectation() {
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 6, "VERY_GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-06 10:00:00", 4, "GOOD");
        fixtures.answers(service, "WEST_KENT", "2026-10-07 10:00:00", 6, "OK");
        fixtures.answers(service, "WEST_KENT", "2026-10-08 10:00:00", 8, "BAD");
        fixtures.answers(service, "WEST_KENT", "2026-10-08 11:00:00", 2, "NOT_SURE");

        List<Score> overall = scores.scores(EvidenceFilter.forService(service), Dimension.OVERALL);

        assertThat(overall).hasSize(1);
        Score first = overall.getFirst();
        assertThat(first.position()).isEqualTo(1);
        // 24 answers published as 25; 10 positive, 6 neutral, 8 negative as 10, 5 and 10 of 25 (decision 0022)
        assertThat(first.answered().shown()).hasValue(25);
        assertThat(first.share(Tone.POSITIVE).formatPercent("fewer than 5", "none"))
                .isEqualTo("40%");
        assertThat(first.share(Tone.NEUTRAL).formatPercent("fewer than 5", "none"))
                .isEqualTo("20%");
        assertThat(first.share(Tone.NEGATIVE).formatPercent("fewer than 5", "none"))
                .isEqualTo("40%");
        assertThat(first.notSure().format("fewer than 5")).isEqualTo("fewer than 5");
    }

    @Test
    void splitByAreaAndQuarterWithSmallGroupsSuppressed() {
        fixtures.answers(service, "EAST_KENT", "2026-07-05 10:00:00", 7, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 5, "GOOD");
        fixtures.answers(service, "WEST_KENT", "2026-10-05 10:00:00", 3, "BAD");

        List<Score> byArea = scores.scores(EvidenceFilter.forService(service), Dimension.AREA);
        List<Score> byQuarter = scores.scores(EvidenceFilter.forService(service), Dimension.QUARTER);

        assertThat(byArea).extracting(Score::key).containsExactly("EAST_KENT", "WEST_KENT");
        assertThat(byArea.get(0).share(Tone.POSITIVE).shown()).hasValue(1.0);
        assertThat(byArea.get(1).share(Tone.NEGATIVE).shown())
                .as("three people in West Kent")
                .isEmpty();
        assertThat(byArea.get(1).answered().shown()).isEmpty();
        assertThat(byQuarter).extracting(Score::key).containsExactly("2026-Q3", "2026-Q4");
        Score fourthQuarter = byQuarter.get(1);
        assertThat(fourthQuarter.share(Tone.POSITIVE).shown())
                .as("5 of 8, published as 5 of 10")
                .hasValue(0.5);
        assertThat(fourthQuarter.share(Tone.NEGATIVE).shown()).as("3 people").isEmpty();
        assertThat(fourthQuarter.share(Tone.NEUTRAL).shown())
                .as("10 - 5 - 0 = 5 does not give the 3 away")
                .hasValue(0.0);
    }

    @Test
    void safeguardingConcernsFrontlineViewsAndOtherQuartersAreNotCounted() {
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 5, "GOOD");
        for (int i = 0; i < 5; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    null,
                    "ONLINE",
                    "2026-10-05 10:00:00",
                    true,
                    Map.of(1, "VERY_BAD"));
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "FRONTLINE_WORKER",
                    null,
                    "STAFF",
                    "2026-10-05 10:00:00",
                    false,
                    Map.of(1, "VERY_BAD"));
        }
        fixtures.answers(service, "EAST_KENT", "2024-01-05 10:00:00", 5, "VERY_BAD");

        Score residents = scores.scores(EvidenceFilter.forService(service), Dimension.OVERALL)
                .getFirst();
        Score frontline = scores.scores(
                        new EvidenceFilter(
                                null, service, null, RespondentGroup.FRONTLINE_WORKER, null, null, null, null),
                        Dimension.OVERALL)
                .getFirst();
        Score lastQuarterOnly = scores.scores(
                        EvidenceFilter.forService(service).withQuarters(new Quarter(2026, 4), new Quarter(2026, 4)),
                        Dimension.OVERALL)
                .getFirst();

        assertThat(residents.answered().shown()).hasValue(5);
        assertThat(residents.share(Tone.NEGATIVE).shown()).hasValue(0.0);
        assertThat(frontline.share(Tone.NEGATIVE).shown()).hasValue(1.0);
        assertThat(lastQuarterOnly.answered().shown()).hasValue(5);
    }

    @Test
    void aFilterKeptInALinkComesBackTheSameAndBadValuesAreLeftOut() {
        EvidenceFilter filter = new EvidenceFilter(
                null, service, "EAST_KENT", null, null, Channel.EVENT, new Quarter(2026, 1), new Quarter(2026, 4));
        Map<String, List<String>> query = new HashMap<>();
        filter.toQuery().forEach((name, value) -> query.put(name, List.of(value)));

        assertThat(EvidenceFilter.fromQuery(query)).isEqualTo(filter);
        assertThat(EvidenceFilter.fromQuery(Map.of(
                        "channel",
                        List.of("<script>"),
                        "from",
                        List.of("2026-Q9"),
                        "service",
                        List.of("'; drop table feedback --"))))
                .isEqualTo(EvidenceFilter.ALL);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void advocatesDoNotSeeDashboardsFigures() {
        assertThatThrownBy(() -> bean.scores(EvidenceFilter.ALL, Dimension.OVERALL))
                .isInstanceOf(AccessDeniedException.class);
    }
}
