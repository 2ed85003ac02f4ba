package uk.coproduction.portal.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Statistical disclosure control: the one rule every aggregate figure the portal shows goes through (dashboards, the
 * all-services overview, service and plan pages, packs, exports of figures, the figures API and public pages).
 * Decision 0022 says why.
 * <ul>
 *     <li><b>Small counts are hidden:</b> a count of 1 to 4 is shown only as "fewer than 5". Zero is shown: nobody
 *     can be recognised from an empty cell.</li>
 *     <li><b>Every other count is rounded</b> to the nearest 5 (5, 6 and 7 are shown as 5; 8 to 12 as 10). Every
 *     figure shown is therefore 0 or a multiple of 5, so no sum or difference of shown figures — two quarter ranges,
 *     the channels from the total, one service from a team — can ever come to a hidden count of 1 to 4.</li>
 *     <li><b>Shares are computed from the rounded figures</b> and hidden when their count is hidden or the whole is
 *     under 5, so a percentage carries no more than the rounded counts do.</li>
 *     <li><b>A breakdown of fewer than 5</b> (answers of 1 to 4 people to one question) hides every cell, zeros
 *     too, so "all of them said X" is never published about fewer than 5 people.</li>
 * </ul>
 * Because rounding already stops the subtraction that secondary suppression was meant to stop, there is no
 * secondary suppression: a cell of 5 or more is never hidden, and "fewer than 5" is always true of the cell it is
 * printed in. Figures are suppressed where they are computed (in the services), so a view, an export or a pack
 * cannot forget; views that get raw counts from elsewhere format them through {@link #count(long)} too.
 */
public final class SmallNumbers {

    /** The smallest count that may be shown. */
    public static final int THRESHOLD = 5;

    /** Every shown count is a multiple of this. */
    public static final int ROUNDING_BASE = 5;

    private SmallNumbers() {}

    /** One count, on its own. */
    public static Count count(long value) {
        return new Count(value, isSmall(value));
    }

    /** A share of a whole, e.g. positive answers of all answers; both are counts of people or responses. */
    public static Share share(long part, long whole) {
        return new Share(part, whole, isSmall(part) || whole < THRESHOLD);
    }

    /** The count as published: 0 stays 0, every other count to the nearest 5 (only meaningful for counts of 5 or more). */
    public static long rounded(long value) {
        return Math.round((double) value / ROUNDING_BASE) * ROUNDING_BASE;
    }

    /**
     * The cells of one breakdown whose total is shown (or can be added up). The order of the cells is kept. When
     * the whole breakdown is 1 to 4 people every cell is hidden; otherwise each cell follows {@link #count(long)}.
     */
    public static <K> Map<K, Count> breakdown(Map<K, Long> cells) {
        long total = cells.values().stream().mapToLong(Long::longValue).sum();
        boolean fewPeople = isSmall(total);
        Map<K, Count> result = new LinkedHashMap<>();
        cells.forEach((key, value) -> result.put(key, new Count(value, fewPeople || isSmall(value))));
        return result;
    }

    /** The shares of each cell of a breakdown in its (rounded) total, suppressed as {@link #breakdown} suppresses. */
    public static <K> Map<K, Share> shares(Map<K, Long> cells) {
        long total = cells.values().stream().mapToLong(Long::longValue).sum();
        Map<K, Share> result = new LinkedHashMap<>();
        breakdown(cells)
                .forEach((key, count) ->
                        result.put(key, new Share(count.value(), total, count.suppressed() || total < THRESHOLD)));
        return result;
    }

    /** Whether a figure computed over this many people or responses (an average, a median) may be shown. */
    public static boolean baseLargeEnough(long base) {
        return base >= THRESHOLD;
    }

    private static boolean isSmall(long value) {
        return value > 0 && value < THRESHOLD;
    }

    /**
     * A count that may be hidden. Read it only through {@link #shown()} (or {@link #format}), which give the rounded
     * figure; {@code value} is the exact count, for the services that compute further suppressed figures from it,
     * and must never be printed.
     */
    public record Count(long value, boolean suppressed) {

        /** The published figure: empty when hidden, otherwise rounded to the nearest 5 (0 stays 0). */
        public OptionalLong shown() {
            return suppressed ? OptionalLong.empty() : OptionalLong.of(rounded(value));
        }

        /** Whether nothing at all was counted (a zero is shown as it is). */
        public boolean none() {
            return !suppressed && value == 0;
        }

        /** The published number, or the given text (the translation of "fewer than 5") when it is hidden. */
        public String format(String fewerThanFive) {
            return suppressed ? fewerThanFive : String.valueOf(rounded(value));
        }
    }

    /**
     * A share (0 to 1) of a whole that may be hidden; empty when hidden or when the whole is zero. The share shown is
     * the rounded part of the rounded whole, so it tells nobody more than the rounded counts do.
     */
    public record Share(long part, long whole, boolean suppressed) {

        public OptionalDouble shown() {
            return suppressed || whole == 0 || rounded(whole) == 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of((double) rounded(part) / rounded(whole));
        }

        /** Whole percent, or the given text when hidden ("fewer than 5") or there is nothing to share. */
        public String formatPercent(String fewerThanFive, String none) {
            if (whole == 0) {
                return none;
            }
            OptionalDouble shown = shown();
            return shown.isPresent() ? Math.round(100.0 * shown.getAsDouble()) + "%" : fewerThanFive;
        }
    }
}
