package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one disclosure-control rule on its own (decision 0022): small counts hidden, every other count rounded to 5. */
class SmallNumbersTest {

    private static final String FEWER = "fewer than 5";

    @Test
    void countsFromOneToFourAreShownAsFewerThanFiveZeroIsShownAndEveryOtherCountIsRoundedToFive() {
        assertThat(SmallNumbers.count(0).format(FEWER)).isEqualTo("0");
        assertThat(SmallNumbers.count(1).format(FEWER)).isEqualTo(FEWER);
        assertThat(SmallNumbers.count(4).format(FEWER)).isEqualTo(FEWER);
        assertThat(SmallNumbers.count(5).format(FEWER)).isEqualTo("5");
        assertThat(SmallNumbers.count(7).format(FEWER)).isEqualTo("5");
        assertThat(SmallNumbers.count(8).format(FEWER)).isEqualTo("10");
        assertThat(SmallNumbers.count(12).shown()).hasValue(10);
        assertThat(SmallNumbers.count(13).shown()).hasValue(15);
        assertThat(SmallNumbers.count(4).shown()).isEmpty();
    }

    @Test
    void everyPublishedCountIsZeroOrAMultipleOfFiveSoNoDifferenceOfTwoIsFromOneToFour() {
        for (long value = 0; value <= 1000; value++) {
            SmallNumbers.count(value)
                    .shown()
                    .ifPresent(shown -> assertThat(shown % 5).isZero());
            if (value >= 5) {
                assertThat(Math.abs(SmallNumbers.count(value).shown().getAsLong() - value))
                        .isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void aShareIsComputedFromTheRoundedCountsAndHiddenWhenItsCountOrItsWholeIsSmall() {
        assertThat(SmallNumbers.share(3, 40).shown()).isEmpty();
        assertThat(SmallNumbers.share(0, 4).shown()).isEmpty();
        assertThat(SmallNumbers.share(0, 40).shown()).hasValue(0.0);
        assertThat(SmallNumbers.share(10, 40).formatPercent(FEWER, "none")).isEqualTo("25%");
        // 7 of 13 shown as 5 of 15: 33%, not 54%, so the percentage says no more than the counts beside it
        assertThat(SmallNumbers.share(7, 13).formatPercent(FEWER, "none")).isEqualTo("33%");
        assertThat(SmallNumbers.share(0, 0).formatPercent(FEWER, "none")).isEqualTo("none");
    }

    @Test
    void aCellOfFiveOrMoreIsNeverHiddenOrCalledFewerThanFiveBesideASmallOne() {
        // The quarter pack said "fewer than 5" of a cell of 15 beside a cell of 3 (issue 14, failure 5).
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("positive", 30L);
        cells.put("neutral", 3L);
        cells.put("negative", 15L);

        Map<String, SmallNumbers.Count> shown = SmallNumbers.breakdown(cells);

        assertThat(shown.get("neutral").format(FEWER)).isEqualTo(FEWER);
        assertThat(shown.get("negative").format(FEWER)).isEqualTo("15");
        assertThat(shown.get("positive").format(FEWER)).isEqualTo("30");
        assertThat(shown.keySet()).containsExactly("positive", "neutral", "negative");
    }

    @Test
    void theTotalMinusTheShownCellsDoesNotGiveAwayTheHiddenOne() {
        Map<String, Long> cells = new LinkedHashMap<>(Map.of("a", 8L, "b", 1L));
        long total = SmallNumbers.count(9).shown().getAsLong();
        long shownA = SmallNumbers.breakdown(cells).get("a").shown().getAsLong();
        assertThat(total - shownA).isNotEqualTo(1L).isEqualTo(0L);
    }

    @Test
    void aBreakdownOfFewerThanFivePeopleHidesEveryCellAndABreakdownOfNobodyShowsItsZeros() {
        Map<String, Long> small = new LinkedHashMap<>(Map.of("a", 4L, "b", 0L));
        assertThat(SmallNumbers.breakdown(small).values()).allMatch(SmallNumbers.Count::suppressed);
        assertThat(SmallNumbers.shares(small).values())
                .allMatch(share -> share.shown().isEmpty());

        Map<String, Long> nobody = new LinkedHashMap<>(Map.of("a", 0L, "b", 0L));
        assertThat(SmallNumbers.breakdown(nobody).values()).noneMatch(SmallNumbers.Count::suppressed);
    }

    @Test
    void anAverageIsShownOnlyOnABaseOfFiveOrMore() {
        assertThat(SmallNumbers.baseLargeEnough(4)).isFalse();
        assertThat(SmallNumbers.baseLargeEnough(5)).isTrue();
        assertThat(new Figures(10, 4, 3.0, 0, 0).medianDaysShown()).isNull();
        assertThat(new Figures(10, 5, 3.0, 0, 0).medianDaysShown()).isEqualTo(3.0);
    }
}
