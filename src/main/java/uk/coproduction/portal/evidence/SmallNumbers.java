package uk.coproduction.portal.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical disclosure control: the one mechanism every figure the portal shows goes through (dashboards, exports,
 * packs, the API and public pages).
 * <ul>
 *     <li><b>Primary:</b> a count of 1 to 4 is shown only as "fewer than 5". Zero is shown: nobody can be recognised
 *     from an empty cell.</li>
 *     <li><b>Shares:</b> a percentage is shown only when both its count and the number it is a share of are shown
 *     and the latter is at least 5.</li>
 *     <li><b>Secondary:</b> in a breakdown whose total is shown (answers to one question, one row of a table), a
 *     single hidden cell could be worked out as the total minus the others, so the next smallest cell is hidden
 *     too (the smallest other cell, which may be a zero). When the total itself is from
 *     1 to 4, every cell is hidden; a breakdown of nobody shows its zeros.</li>
 * </ul>
 * Figures are suppressed where they are computed (in the services), so a view, an export or a pack cannot forget.
 */
public final class SmallNumbers {

    /** The smallest count that may be shown. */
    public static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    /** One count, on its own. */
    public static Count count(long value) {
        return new Count(value, isSmall(value));
    }

    /** A share of a whole, e.g. positive answers of all answers; both are counts of people or responses. */
    public static Share share(long part, long whole) {
        return new Share(part, whole, isSmall(part) || whole < THRESHOLD);
    }

    /**
     * The cells of one breakdown whose total is shown (or can be added up), with primary and secondary suppression.
     * The order of the cells is kept.
     */
    public static <K> Map<K, Count> breakdown(Map<K, Long> cells) {
        long total = cells.values().stream().mapToLong(Long::longValue).sum();
        Map<K, Count> result = new LinkedHashMap<>();
        if (total > 0 && total < THRESHOLD) {
            cells.forEach((key, value) -> result.put(key, new Count(value, true)));
            return result;
        }
        List<K> hidden = new ArrayList<>();
        cells.forEach((key, value) -> {
            if (isSmall(value)) {
                hidden.add(key);
            }
        });
        if (hidden.size() == 1) {
            // The smallest other cell, even a zero: the reader then knows only the two cells' sum (1 to 4), not
            // how it splits, and the larger figures people need stay visible.
            cells.entrySet().stream()
                    .filter(cell -> !hidden.contains(cell.getKey()))
                    .min(Comparator.comparingLong(Map.Entry::getValue))
                    .ifPresent(smallest -> hidden.add(smallest.getKey()));
        }
        cells.forEach((key, value) -> result.put(key, new Count(value, hidden.contains(key))));
        return result;
    }

    /** The shares of each cell of a breakdown in its total, suppressed as {@link #breakdown} suppresses the counts. */
    public static <K> Map<K, Share> shares(Map<K, Long> cells) {
        long total = cells.values().stream().mapToLong(Long::longValue).sum();
        Map<K, Share> result = new LinkedHashMap<>();
        breakdown(cells).forEach((key, count) ->
                result.put(key, new Share(count.value(), total, count.suppressed() || total < THRESHOLD)));
        return result;
    }

    private static boolean isSmall(long value) {
        return value > 0 && value < THRESHOLD;
    }

    /**
     * A count that may be hidden. Read it only through {@link #shown()} (or {@link #format}); {@code value} is for
     * the services that compute further suppressed figures from it.
     */
    public record Count(long value, boolean suppressed) {

        public java.util.OptionalLong shown() {
            return suppressed ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(value);
        }

        /** The number, or the given text (e.g. the translation of "fewer than 5") when it is hidden. */
        public String format(String fewerThanFive) {
            return suppressed ? fewerThanFive : String.valueOf(value);
        }
    }

    /** A share (0 to 1) of a whole that may be hidden; empty when hidden or when the whole is zero. */
    public record Share(long part, long whole, boolean suppressed) {

        public java.util.OptionalDouble shown() {
            return suppressed || whole == 0 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of((double) part / whole);
        }

        /** Whole percent, or the given text when hidden (e.g. "fewer than 5") or there is nothing to share. */
        public String formatPercent(String fewerThanFive, String none) {
            if (whole == 0) {
                return none;
            }
            return suppressed ? fewerThanFive : Math.round(100.0 * part / whole) + "%";
        }
    }
}
