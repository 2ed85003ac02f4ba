package uk.coproduction.portal.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an administrator enters for one indicator or objective. The latest value may be left empty (no figure yet);
 * when it is given, the period, the date and the source must be given too.
 */
public record IndicatorUpdate(
        BigDecimal target,
        String unit,
        Direction direction,
        BigDecimal latest,
        String latestPeriod,
        LocalDate latestAsOf,
        String sourceNote,
        Set<Long> serviceIds) {}
