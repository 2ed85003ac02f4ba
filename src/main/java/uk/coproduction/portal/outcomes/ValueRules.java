package uk.coproduction.portal.outcomes;

import uk.coproduction.portal.base.InvalidInputException.Problem;
import uk.coproduction.portal.base.TextInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dated value must be, whether typed or imported: a number of 0 or more with at most two decimals (a
 * percentage no more than 100), a date not in the future, and a period and source note of sensible length. The
 * problems name the field (value, asOf, period, source) and a message that says how to put it right.
 */
final class ValueRules {

    private ValueRules() {}

    /** The value cleaned (period defaulting to the date's financial quarter), or null with the problems added. */
    static NewValue check(
            Indicator indicator, NewValue entered, LocalDate today, boolean sourceRequired, List<Problem> problems) {
        int before = problems.size();
        BigDecimal value = entered.value();
        if (value == null) {
            problems.add(new Problem("value", "outcomes.value.error.value-required"));
        } else if (value.signum() < 0) {
            problems.add(new Problem("value", "outcomes.edit.error.negative"));
        } else if (value.compareTo(OutcomeIndicators.LARGEST) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("value", "outcomes.edit.error.too-precise"));
        } else if ("%".equals(indicator.unit()) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Problem("value", "outcomes.value.error.percent-over-100"));
        }
        LocalDate asOf = entered.asOf();
        if (asOf == null) {
            problems.add(new Problem("asOf", "outcomes.value.error.date-required"));
        } else if (asOf.isAfter(today)) {
            problems.add(new Problem("asOf", "outcomes.edit.error.date-in-future"));
        }
        String period = TextInput.clean(entered.period());
        if (period != null && period.length() > OutcomeIndicators.PERIOD_LENGTH) {
            problems.add(new Problem("period", "outcomes.edit.error.period-too-long"));
        }
        String source = TextInput.clean(entered.sourceNote());
        if (source == null && sourceRequired) {
            problems.add(new Problem("source", "outcomes.value.error.source-required"));
        } else if (source != null && source.length() > OutcomeIndicators.SOURCE_LENGTH) {
            problems.add(new Problem("source", "outcomes.edit.error.source-too-long"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new NewValue(value, asOf, period == null ? FinancialQuarter.label(asOf) : period, source);
    }
}
