package uk.coproduction.portal.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An outcome indicator or SMART objective with its target and the latest value an administrator entered.
 *
 * @param heading      the framework outcome (children's) or outcome area (LD&amp;A) it sits under
 * @param latestPeriod the period the latest value refers to, in the source's words (e.g. "2026-27 Q2")
 * @param latestAsOf   the date the latest value was taken
 * @param sourceNote   where the latest value comes from
 */
public record Indicator(
        IndicatorKind kind,
        long id,
        String code,
        String heading,
        String title,
        BigDecimal target,
        String unit,
        Direction direction,
        BigDecimal latest,
        String latestPeriod,
        LocalDate latestAsOf,
        String sourceNote,
        List<LinkedService> services) {

    public TargetStatus status() {
        if (latest == null) {
            return TargetStatus.NO_VALUE_YET;
        }
        if (target == null) {
            return TargetStatus.NO_TARGET;
        }
        int comparison = latest.compareTo(target);
        boolean met = direction == Direction.AT_MOST ? comparison <= 0 : comparison >= 0;
        return met ? TargetStatus.MET : TargetStatus.NOT_MET;
    }
}
