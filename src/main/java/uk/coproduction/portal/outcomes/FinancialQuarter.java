package uk.coproduction.portal.outcomes;

import java.time.LocalDate;

/**
 * The label of the financial-year quarter a date falls in, as councils and the NHS report outcomes: the year runs
 * from April, so 15 November 2025 is "Q3 2025-26" and 31 March 2026 is "Q4 2025-26".
 */
public final class FinancialQuarter {

    private FinancialQuarter() {}

    public static String label(LocalDate date) {
        int month = date.getMonthValue();
        int startYear = month >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return "Q" + quarter + " " + startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
