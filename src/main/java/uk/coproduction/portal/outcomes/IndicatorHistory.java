package uk.coproduction.portal.outcomes;

import java.util.List;

/**
 * An indicator with every value recorded for it (corrected ones too, oldest first) and its trend, said in words.
 *
 * @param values    every value, by date and then by when it was recorded; corrected values have {@code correctedBy}
 * @param statement the trend in words, in the language asked for: "Up from 68% in Q1 2025-26 to 74% in Q3 2025-26,
 *                  getting better; target at least 75%, not met yet."
 */
public record IndicatorHistory(Indicator indicator, List<DatedValue> values, Trend trend, String statement) {

    /** The values that stand (not corrected), oldest first: what the chart draws and the trend compares. */
    public List<DatedValue> standing() {
        return values.stream().filter(DatedValue::current).toList();
    }
}
