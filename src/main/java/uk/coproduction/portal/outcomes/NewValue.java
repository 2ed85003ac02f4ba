package uk.coproduction.portal.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value someone enters for an indicator.
 *
 * @param asOf       the date it is for; not in the future
 * @param period     optional: the period in the source's words; when empty, the financial quarter of {@code asOf}
 * @param sourceNote where the figure comes from (a report, a return)
 */
public record NewValue(BigDecimal value, LocalDate asOf, String period, String sourceNote) {}
