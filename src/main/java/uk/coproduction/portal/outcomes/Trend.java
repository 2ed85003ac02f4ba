package uk.coproduction.portal.outcomes;

import java.util.List;

/**
 * Whether an indicator is getting better: its first and last standing values compared, read with the target's
 * direction (fewer inpatients is better; more health checks is better).
 *
 * @param first  the earliest standing value, or null when there is none
 * @param last   the latest standing value, or null when there is none
 * @param better whether the change is towards the good side of the target (null when unchanged or fewer than two)
 */
public record Trend(Change change, DatedValue first, DatedValue last, Boolean better) {

    public enum Change {
        NO_VALUES,
        ONE_VALUE,
        UP,
        DOWN,
        SAME
    }

    /** The trend of standing values in date order. */
    static Trend of(List<DatedValue> standing, Direction direction) {
        if (standing.isEmpty()) {
            return new Trend(Change.NO_VALUES, null, null, null);
        }
        DatedValue first = standing.getFirst();
        DatedValue last = standing.getLast();
        if (standing.size() == 1) {
            return new Trend(Change.ONE_VALUE, first, last, null);
        }
        int comparison = last.value().compareTo(first.value());
        if (comparison == 0) {
            return new Trend(Change.SAME, first, last, null);
        }
        boolean up = comparison > 0;
        return new Trend(up ? Change.UP : Change.DOWN, first, last, up == (direction != Direction.AT_MOST));
    }
}
