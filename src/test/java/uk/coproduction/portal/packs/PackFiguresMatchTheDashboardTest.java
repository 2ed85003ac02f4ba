package uk.coproduction.portal.packs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.outcomes.OutcomeIndicators;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.EvidenceFigures.Breakdown;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ServiceDashboard.Replies;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.SmallNumbers.Share;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: "the same quarter's pack gives 25 on one page and 26 on another for the same service". Every figure a
 * pack holds is compared with the dashboard's for the same filter (service or team, and the pack's quarters). The
 * figures are listed from the pack's data model: a component of {@link PackData} that carries a count, share or
 * score and has no dashboard twin below fails the test, so a figure added to packs must be added to the dashboard's
 * queries too.
 */
@PortalTest
class PackFiguresMatchTheDashboardTest {

    static final String BOARD = "test.packfigures.board";

    @Autowired
    EvidencePacks packs;

    @Autowired
    ServiceDashboard dashboard;

    @Autowired
    OutcomeIndicators outcomeIndicators;

    @Autowired
    PackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final Quarter now = Quarter.of(LocalDate.now());
    private PackFixtures.TwoServices services;

    /** What a pack holds that is not a figure of its filter: reference data, words, or the pack's own statements. */
    private static final Set<String> NOT_FIGURES = Set.of(
            "request",
            "subject",
            "quarters",
            "reported",
            "generatedAt",
            "generatedBy",
            "expectations",
            "serviceNames",
            "quotes",
            "changes",
            "statements");

    /**
     * Counts about one named activity, plan action or review, printed beside it in a list: they are not figures of
     * the filter, and the dashboard lists no activities, actions or reviews (a review's own figures are its report's,
     * decision 0048). Named here so that nothing else can slip in.
     */
    private static final Set<String> ITEM_DETAILS = Set.of("activities", "actions", "reviews");

    /** Each figure's dashboard twin: what the dashboard shows for the pack's filter. */
    private Map<String, BiFunction<PackRequest, PackData, Object>> twins() {
        Map<String, BiFunction<PackRequest, PackData, Object>> twins = new LinkedHashMap<>();
        twins.put("overall", (r, d) -> pair(d.overall(), dashboard.scores(packs.periodFilter(r), Dimension.OVERALL)));
        twins.put(
                "byQuarter", (r, d) -> pair(d.byQuarter(), dashboard.scores(packs.trendFilter(r), Dimension.QUARTER)));
        twins.put(
                "byService",
                (r, d) -> pair(d.byService(), List.of())); // plan packs only: no dashboard filter names a plan
        twins.put(
                "respondents",
                (r, d) -> pair(
                        d.respondents(),
                        dashboard.replies(packs.periodFilter(r)).items()));
        twins.put(
                "themes",
                (r, d) -> pair(
                        d.themes(),
                        dashboard.themeTotals(packs.periodFilter(r)).stream()
                                .map(t -> new PackData.ThemeCount(t.theme(), t.items()))
                                .toList()));
        twins.put("figures", (r, d) -> {
            List<List<Object>> pack = new ArrayList<>();
            List<List<Object>> board = new ArrayList<>();
            for (PackData.ServiceFigures f : d.figures()) {
                String code = jdbc.queryForObject(
                        "select code from commissioned_service where name = ?", String.class, f.service());
                Replies replies = dashboard.replies(packs.periodFilter(r).withService(code));
                pack.add(List.of(
                        f.service(),
                        f.items(),
                        f.replied(),
                        f.loopClosed(),
                        String.valueOf(f.medianShown() ? f.medianDaysToReply() : null)));
                board.add(List.of(
                        f.service(),
                        replies.items(),
                        replies.replied(),
                        replies.loopClosed(),
                        String.valueOf(
                                replies.medianDays().isPresent()
                                        ? replies.medianDays().getAsDouble()
                                        : null)));
            }
            return pair(pack, board);
        });
        twins.put("byGroup", (r, d) -> pair(d.byGroup(), dashboard.voicesBy(packs.periodFilter(r), Breakdown.GROUP)));
        twins.put(
                "byAgeBand",
                (r, d) -> pair(d.byAgeBand(), dashboard.voicesBy(packs.periodFilter(r), Breakdown.AGE_BAND)));
        twins.put("byArea", (r, d) -> pair(d.byArea(), dashboard.voicesBy(packs.periodFilter(r), Breakdown.AREA)));
        twins.put(
                "indicators",
                (r, d) -> pair(
                        d.indicators().stream()
                                .map(i -> List.of(
                                        i.code(),
                                        String.valueOf(i.latest()),
                                        String.valueOf(i.target()),
                                        i.status().name()))
                                .toList(),
                        outcomeIndicators.all().stream()
                                .filter(i -> d.indicators().stream()
                                        .anyMatch(l -> l.code().equals(i.code())))
                                .map(i -> List.of(
                                        i.code(),
                                        String.valueOf(i.latest()),
                                        String.valueOf(i.target()),
                                        i.status().name()))
                                .toList()));
        return twins;
    }

    private static List<Object> pair(Object pack, Object dashboard) {
        return Arrays.asList(pack, dashboard);
    }

    @BeforeEach
    void demoLikeData() {
        accounts.ensureStandardAccounts();
        accounts.ensure(BOARD, "Bea Board", null, Set.of(Roles.BOARD));
        services = fixtures.twoServices(now);
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void everyFigureInAServiceAndAQuarterPackIsTheDashboardsFigureForTheSameFilter() {
        Map<String, BiFunction<PackRequest, PackData, Object>> twins = twins();
        List<String> withoutTwin = new ArrayList<>();
        for (RecordComponent component : PackData.class.getRecordComponents()) {
            String name = component.getName();
            boolean figure = carriesFigures(component.getGenericType(), new HashSet<>());
            if (figure && !twins.containsKey(name) && !ITEM_DETAILS.contains(name)) {
                withoutTwin.add(name);
            }
            if (!figure) {
                assertThat(NOT_FIGURES)
                        .as("%s carries no figure: list it as not a figure", name)
                        .contains(name);
            }
        }
        assertThat(withoutTwin)
                .as("figures a pack prints without a dashboard twin")
                .isEmpty();

        List<PackRequest> requests = List.of(
                PackRequest.forService(services.first(), now),
                PackRequest.forService(services.second(), now),
                PackRequest.forQuarter(now, Team.CHILDRENS));
        for (PackRequest request : requests) {
            PackData data = packs.contents(request);
            twins.forEach((name, twin) -> {
                @SuppressWarnings("unchecked")
                List<Object> both = (List<Object>) twin.apply(request, data);
                assertThat(both.get(0)).as("%s of the %s pack", name, request).isEqualTo(both.get(1));
            });
        }

        // The first service's figures leave out the held, flagged, frontline and older items and the item it is only
        // a further service of: 8 young people and 3 parents, the parents hidden.
        PackData first = packs.contents(PackRequest.forService(services.first(), now));
        assertThat(first.respondents()).isEqualTo(SmallNumbers.count(11));
        assertThat(first.figures())
                .singleElement()
                .satisfies(f -> assertThat(f.items()).isEqualTo(SmallNumbers.count(11)));
        assertThat(first.byGroup().get("PARENT_CARER")).isEqualTo(new Count(3, true));
        assertThat(first.byGroup()).doesNotContainKey("FRONTLINE_WORKER");
        assertThat(first.themes())
                .extracting(PackData.ThemeCount::items)
                .containsExactly(SmallNumbers.count(6), new Count(2, true));
        assertThat(first.figures().getFirst().replied()).isEqualTo(new Share(0, 11, false));
    }

    /** Whether a type holds a count, share or charter score anywhere inside it (lists, maps, records). */
    private static boolean carriesFigures(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (carriesFigures(argument, seen)) {
                    return true;
                }
            }
            return carriesFigures(parameterized.getRawType(), seen);
        }
        if (type instanceof Class<?> c) {
            if (c == Count.class || c == Share.class || c == CharterScores.Score.class || c == BigDecimal.class) {
                return true;
            }
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    if (carriesFigures(component.getGenericType(), seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
