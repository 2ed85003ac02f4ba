package uk.coproduction.portal.reporting;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Headline figures for a service or a commissioner, never counting safeguarding-flagged feedback.
 *
 * @param items              pieces of feedback
 * @param replied            items with at least one sent reply
 * @param medianDaysToReply  median whole days from receipt to the first sent reply; null when nothing was replied to
 * @param loopClosed         items linked to a plan action on which a change has been recorded
 * @param overdue            items past their reply-by date with no sent reply, closed or not
 */
public record Figures(long items, long replied, Double medianDaysToReply, long loopClosed, long overdue) {

    public static final Figures NONE = new Figures(0, 0, null, 0, 0);

    // What a page may print: every figure through SmallNumbers (decision 0022). The raw components above are for
    // services and tests; a view reads these.

    /** The number of items as published: hidden under 5, otherwise rounded to the nearest 5. */
    public SmallNumbers.Count itemCount() {
        return SmallNumbers.count(items);
    }

    /** Items with a sent reply as a share of all items, from the rounded figures. */
    public SmallNumbers.Share replyShare() {
        return SmallNumbers.share(replied, items);
    }

    /** Items whose loop is closed as a share of all items, from the rounded figures. */
    public SmallNumbers.Share loopClosureShare() {
        return SmallNumbers.share(loopClosed, items);
    }

    /** Overdue items as published. */
    public SmallNumbers.Count overdueCount() {
        return SmallNumbers.count(overdue);
    }

    /** The median days to reply, only when it rests on at least 5 replies (otherwise null). */
    public Double medianDaysShown() {
        return SmallNumbers.baseLargeEnough(replied) ? medianDaysToReply : null;
    }

    /** Share of items with a sent reply; empty when there are no items (shown as "n/a"). */
    public OptionalDouble replyRate() {
        return items == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) replied / items);
    }

    /** Share of items whose linked action has a change recorded; empty when there are no items. */
    public OptionalDouble loopClosureRate() {
        return items == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) loopClosed / items);
    }

    /**
     * The median of values given as a histogram ({value, how many} rows, by value ascending), as MariaDB's
     * PERCENTILE_CONT(0.5) gives it: the middle value, or the mean of the two middle values. Empty for no values.
     */
    static OptionalDouble median(List<long[]> histogram) {
        long n = histogram.stream().mapToLong(row -> row[1]).sum();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        long low = (n - 1) / 2;
        long high = n / 2;
        Long lowValue = null;
        long seen = 0;
        for (long[] row : histogram) {
            seen += row[1];
            if (lowValue == null && seen > low) {
                lowValue = row[0];
            }
            if (seen > high) {
                return OptionalDouble.of((lowValue + row[0]) / 2.0);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
