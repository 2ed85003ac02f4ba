package uk.coproduction.portal.evidence;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one suppression rule, on its own: what may be shown, and what must be hidden so it cannot be worked out. */
class SmallNumbersTest {

    @Test
    void countsFromOneToFourAreShownAsFewerThanFiveButZeroAndFiveAreShown() {
        assertThat(SmallNumbers.count(0).format("fewer than 5")).isEqualTo("0");
        assertThat(SmallNumbers.count(1).format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.count(4).format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.count(5).format("fewer than 5")).isEqualTo("5");
        assertThat(SmallNumbers.count(4).shown()).isEmpty();
        assertThat(SmallNumbers.count(12).shown()).hasValue(12);
    }

    @Test
    void aShareIsHiddenWhenItsCountOrItsWholeIsSmall() {
        assertThat(SmallNumbers.share(3, 40).shown()).isEmpty();
        assertThat(SmallNumbers.share(0, 4).shown()).isEmpty();
        assertThat(SmallNumbers.share(0, 40).shown()).hasValue(0.0);
        assertThat(SmallNumbers.share(10, 40).formatPercent("fewer than 5", "none")).isEqualTo("25%");
        assertThat(SmallNumbers.share(0, 0).formatPercent("fewer than 5", "none")).isEqualTo("none");
    }

    @Test
    void aSingleHiddenCellHidesTheNextSmallestSoTheTotalCannotGiveItAway() {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("positive", 30L);
        cells.put("neutral", 3L);
        cells.put("negative", 7L);

        Map<String, SmallNumbers.Count> shown = SmallNumbers.breakdown(cells);

        assertThat(shown.get("neutral").suppressed()).isTrue();
        assertThat(shown.get("negative").suppressed()).as("40 - 30 would give away the 3").isTrue();
        assertThat(shown.get("positive").shown()).hasValue(30);
        assertThat(shown.keySet()).containsExactly("positive", "neutral", "negative");
    }

    @Test
    void twoHiddenCellsNeedNothingMoreAndASmallTotalHidesEverything() {
        Map<String, Long> two = new LinkedHashMap<>(Map.of("a", 20L, "b", 2L, "c", 1L));
        assertThat(SmallNumbers.breakdown(two).get("a").suppressed()).isFalse();
        assertThat(SmallNumbers.breakdown(two).get("b").suppressed()).isTrue();

        Map<String, Long> small = new LinkedHashMap<>(Map.of("a", 4L, "b", 0L));
        assertThat(SmallNumbers.breakdown(small).values()).allMatch(SmallNumbers.Count::suppressed);
        assertThat(SmallNumbers.shares(small).values()).allMatch(share -> share.shown().isEmpty());
    }

    @Test
    void theSecondCellHiddenMayBeAZeroAndABreakdownOfNobodyShowsItsZeros() {
        Map<String, Long> onlyZeros = new LinkedHashMap<>(Map.of("a", 30L, "b", 0L, "c", 3L));
        assertThat(SmallNumbers.breakdown(onlyZeros).get("b").suppressed()).isTrue();

        Map<String, Long> nobody = new LinkedHashMap<>(Map.of("a", 0L, "b", 0L));
        assertThat(SmallNumbers.breakdown(nobody).values()).noneMatch(SmallNumbers.Count::suppressed);
    }

    @Test
    void noCellHiddenMeansNothingExtraIsHidden() {
        Map<String, Long> cells = new LinkedHashMap<>(Map.of("a", 20L, "b", 0L, "c", 9L));
        assertThat(SmallNumbers.breakdown(cells).values()).noneMatch(SmallNumbers.Count::suppressed);
        assertThat(SmallNumbers.shares(cells).get("c").shown()).hasValueCloseTo(9 / 29.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
