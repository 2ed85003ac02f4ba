package uk.coproduction.portal.reporting;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.api.FigureRow;
import uk.coproduction.portal.api.FiguresFeed;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.representation.Representation;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker with every aggregate output tries to recover a hidden count by subtraction (decision 0022): two quarter
 * ranges, the channels from the total, the groups from the total, one service from its team. The figures are the
 * real outputs of the services behind the dashboard, the all-services overview, the service pages, the exports, the
 * packs and the API, for two overlapping scopes. The data sits in 2015, which no other test uses, in two new
 * children's services:
 * <ul>
 *     <li>service A, 2015-Q1: 4 young people online (hidden);</li>
 *     <li>service A, 2015-Q2: 7 young people online, 3 young people on paper, 1 parent online (11 in all);</li>
 *     <li>service B, 2015-Q2: 2 young people online (hidden).</li>
 * </ul>
 * Each answered expectation 1 "good". With the old rule (exact counts above 4) the outputs gave away 4 (15 - 11),
 * 3 (11 - 8 online), 1 (11 - 10 young people) and 2 (17 - 15).
 */
@PortalTest
@WithMockUser(username = "test.subtraction.admin", roles = Roles.ADMIN)
class SubtractionAttackTest {

    private static final Quarter Q1 = new Quarter(2015, 1);
    private static final Quarter Q2 = new Quarter(2015, 2);

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    CharterScores charterScores;

    @Autowired
    ServicesOverview overview;

    @Autowired
    HeadlineFigures headlineFigures;

    @Autowired
    FiguresFeed api;

    @Autowired
    Representation representation;

    private String a;
    private String b;

    /** Every figure an output printed, by what it is; the hidden ones with their true count beside them. */
    private final Map<String, Published> published = new LinkedHashMap<>();

    /** Every broken promise is reported, not only the first. */
    private final SoftAssertions softly = new SoftAssertions();

    private record Published(Long shown, long truth) {}

    @BeforeEach
    void twoServicesWithSmallCellsBesideLargerOnes() {
        a = fixtures.newService();
        b = fixtures.newService();
        feedback(a, 4, "YOUNG_PERSON", "ONLINE", "2015-02-10 10:00:00");
        feedback(a, 7, "YOUNG_PERSON", "ONLINE", "2015-05-10 10:00:00");
        feedback(a, 3, "YOUNG_PERSON", "PAPER", "2015-05-11 10:00:00");
        feedback(a, 1, "PARENT_CARER", "ONLINE", "2015-05-12 10:00:00");
        feedback(b, 2, "YOUNG_PERSON", "ONLINE", "2015-05-13 10:00:00");
    }

    @Test
    void noSubtractionOfTwoOutputsRecoversAHiddenCount() {
        EvidenceFilter aBoth = EvidenceFilter.forService(a).withQuarters(Q1, Q2);
        EvidenceFilter aSecond = EvidenceFilter.forService(a).withQuarters(Q2, Q2);
        EvidenceFilter teamBoth =
                new EvidenceFilter(Team.CHILDRENS, null, null, null, null, null, null, null).withQuarters(Q1, Q2);

        // the dashboard, packs and exports of charter scores: overall, and split by quarter, channel, group, service
        publish("dashboard A Q1-Q2", overall(aBoth), 15);
        publish("dashboard A Q2", overall(aSecond), 11);
        publish("dashboard A Q1 (by quarter)", split(aBoth, Dimension.QUARTER, "2015-Q1"), 4);
        publish("dashboard A Q2 online", split(aSecond, Dimension.CHANNEL, "ONLINE"), 8);
        publish("dashboard A Q2 paper", split(aSecond, Dimension.CHANNEL, "PAPER"), 3);
        publish("dashboard A Q2 young people", split(aSecond, Dimension.GROUP, "YOUNG_PERSON"), 10);
        publish("dashboard A Q2 parents", split(aSecond, Dimension.GROUP, "PARENT_CARER"), 1);
        publish("dashboard team Q1-Q2", overall(teamBoth), 17);
        publish("dashboard team: A", split(teamBoth, Dimension.SERVICE, a), 15);
        publish("dashboard team: B", split(teamBoth, Dimension.SERVICE, b), 2);

        // the all-services overview
        publish("overview A", overviewItems(teamBoth, a), 15);
        publish("overview B", overviewItems(teamBoth, b), 2);

        // the service pages (headline figures, every quarter)
        publish(
                "service page A",
                headlineFigures.forService(fixtures.serviceId(a)).itemCount().shown(),
                15);
        publish(
                "service page B",
                headlineFigures.forService(fixtures.serviceId(b)).itemCount().shown(),
                2);

        // the figures API, quarter by quarter
        publish("API A Q1", apiAnswered(a, Q1), 4);
        publish("API A Q2", apiAnswered(a, Q2), 11);
        publish("API B Q2", apiAnswered(b, Q2), 2);

        // the representation page: who we hear from, in all and by group
        publish(
                "representation A Q1-Q2",
                representation.report(aBoth).respondents().shown(),
                15);
        publish(
                "representation A Q2",
                representation.report(aSecond).respondents().shown(),
                11);
        publish("representation A Q2 young people", groupCell(aSecond, "YOUNG_PERSON"), 10);
        publish("representation A Q2 parents", groupCell(aSecond, "PARENT_CARER"), 1);
        publish(
                "representation B Q2",
                representation
                        .report(EvidenceFilter.forService(b).withQuarters(Q2, Q2))
                        .respondents()
                        .shown(),
                2);

        // The attacks the issue names, spelled out.
        assertNotRecovered(difference("dashboard A Q1-Q2", "dashboard A Q2"), "dashboard A Q1 (by quarter)");
        assertNotRecovered(difference("dashboard A Q2", "dashboard A Q2 online"), "dashboard A Q2 paper");
        assertNotRecovered(difference("dashboard A Q2", "dashboard A Q2 young people"), "dashboard A Q2 parents");
        assertNotRecovered(difference("dashboard team Q1-Q2", "dashboard team: A"), "dashboard team: B");
        assertNotRecovered(difference("dashboard team Q1-Q2", "overview A"), "overview B");
        assertNotRecovered(difference("service page A", "API A Q2"), "API A Q1");
        assertNotRecovered(difference("representation A Q1-Q2", "representation A Q2"), "dashboard A Q1 (by quarter)");
        assertNotRecovered(
                difference("representation A Q2", "representation A Q2 young people"), "representation A Q2 parents");

        // And every other pair: no difference of two published figures is a count of 1 to 4.
        List<String> shown = published.entrySet().stream()
                .filter(e -> e.getValue().shown() != null)
                .map(Map.Entry::getKey)
                .toList();
        List<String> recovered = new ArrayList<>();
        for (String first : shown) {
            for (String second : shown) {
                long difference =
                        published.get(first).shown() - published.get(second).shown();
                if (difference >= 1 && difference <= 4) {
                    recovered.add(first + " - " + second + " = " + difference);
                }
            }
        }
        softly.assertThat(recovered)
                .as("differences of published figures that could be a hidden count")
                .isEmpty();
        softly.assertThat(published.values().stream()
                        .filter(p -> p.shown() == null)
                        .map(Published::truth))
                .as("every count under 5 is hidden, and nothing of 5 or more is")
                .allMatch(t -> t >= 1 && t <= 4);
        softly.assertAll();
    }

    private void publish(String what, OptionalLong shown, long truth) {
        publish(what, shown.isPresent() ? shown.getAsLong() : null, truth);
    }

    private void publish(String what, Long shown, long truth) {
        published.put(what, new Published(shown, truth));
        if (truth >= 1 && truth <= 4) {
            softly.assertThat(shown)
                    .as(what + " is a count of " + truth + " and must be hidden")
                    .isNull();
        }
    }

    private Long difference(String whole, String part) {
        Long w = published.get(whole).shown();
        Long p = published.get(part).shown();
        return w == null || p == null ? null : w - p;
    }

    private void assertNotRecovered(Long difference, String hidden) {
        long truth = published.get(hidden).truth();
        softly.assertThat(difference)
                .as("subtraction recovering " + hidden + " (" + truth + ")")
                .isNotEqualTo(truth);
    }

    private OptionalLong overall(EvidenceFilter filter) {
        return charterScores.scores(filter, Dimension.OVERALL).stream()
                .filter(s -> s.position() == 1)
                .findFirst()
                .map(s -> s.answered().shown())
                .orElseThrow();
    }

    private OptionalLong split(EvidenceFilter filter, Dimension dimension, String key) {
        return charterScores.scores(filter, dimension).stream()
                .filter(s -> s.position() == 1 && Objects.equals(s.key(), key))
                .findFirst()
                .map(Score::answered)
                .orElseThrow(() -> new AssertionError("no " + dimension + " " + key))
                .shown();
    }

    private OptionalLong groupCell(EvidenceFilter filter, String group) {
        return representation.report(filter).byGroup().stream()
                .filter(c -> c.key().equals(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + group))
                .count()
                .shown();
    }

    private OptionalLong overviewItems(EvidenceFilter filter, String service) {
        return overview.rows(filter).stream()
                .filter(r -> r.code().equals(service))
                .findFirst()
                .orElseThrow()
                .items()
                .shown();
    }

    private Long apiAnswered(String service, Quarter quarter) {
        List<FigureRow> rows = api.figures(service, quarter, 1).figures();
        assertThat(rows).hasSize(1);
        return rows.getFirst().answered();
    }

    private void feedback(String service, int count, String group, String channel, String at) {
        for (int i = 0; i < count; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    group,
                    "PARENT_CARER".equals(group) ? null : "AGE_11_15",
                    channel,
                    at,
                    false,
                    Map.of(1, "GOOD"));
        }
    }
}
