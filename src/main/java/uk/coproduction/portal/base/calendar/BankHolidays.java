package uk.coproduction.portal.base.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** Which days are bank holidays: they are not working days, so reply-by dates step over them. */
public interface BankHolidays {

    /** Every year in England and Wales has at least these eight bank holidays. */
    int BANK_HOLIDAYS_EVERY_YEAR = 8;

    boolean isBankHoliday(LocalDate day);

    /** The bank holidays of one year, in date order, on the days they are taken (a substitute Monday, not a Saturday). */
    List<LocalDate> of(Year year);

    /**
     * What is wrong with the calendar for the 12 months from {@code today}, if anything: a year in them with fewer
     * than the eight bank holidays every year has means the calendar has run out (or lost its rules), and reply-by
     * dates from then on would count bank holidays as working days.
     */
    default Optional<String> gapWithinAYearOf(LocalDate today) {
        for (int year = today.getYear(); year <= today.plusMonths(12).getYear(); year++) {
            List<LocalDate> days = of(Year.of(year));
            if (days.size() < BANK_HOLIDAYS_EVERY_YEAR) {
                return Optional.of("The bank holiday calendar gives " + days.size() + " bank holidays for " + year
                        + " instead of at least " + BANK_HOLIDAYS_EVERY_YEAR + ", so reply-by dates from then on"
                        + " count bank holidays as working days. Update Jollyday (de.focus-shift:jollyday-core) or"
                        + " list that year's bank holidays in portal.working-days.extra-holidays (ISO dates,"
                        + " comma-separated).");
            }
        }
        return Optional.empty();
    }
}
