package uk.coproduction.portal.api;

import org.jspecify.annotations.Nullable;

/**
 * One service's answers to one charter expectation in one quarter, as the figures API gives it. A figure based on
 * fewer than 5 responses (or one from which such a figure could be worked out) is null, {@code suppressed} is then
 * true, and {@code note} says "fewer than 5".
 *
 * @param answered         answers on the scale (very good to very bad)
 * @param positivePercent  whole percent of {@code answered} that were very good or good
 * @param neutralPercent   whole percent that were OK
 * @param negativePercent  whole percent that were bad or very bad
 */
public record FigureRow(
        String service,
        String quarter,
        int expectation,
        @Nullable Long answered,
        @Nullable Long positivePercent,
        @Nullable Long neutralPercent,
        @Nullable Long negativePercent,
        boolean suppressed,
        @Nullable String note) {}
