package uk.coproduction.portal.outcomes;

import java.math.BigDecimal;

/** An indicator's figure with its unit, as every page, chart and pack writes it: "74%", "52 inpatients". */
public final class IndicatorNumber {

    private IndicatorNumber() {}

    public static String format(BigDecimal value, String unit) {
        String plain = value.stripTrailingZeros().toPlainString();
        if (unit == null || unit.isBlank()) {
            return plain;
        }
        return "%".equals(unit) ? plain + "%" : plain + " " + unit;
    }
}
