package uk.coproduction.portal.base.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Working days: Monday to Friday, except bank holidays (England and Wales, from {@link EnglandAndWalesBankHolidays}).
 * Reply-by dates count in working days, as council and NHS complaint deadlines do.
 */
public final class WorkingDays {

    /** Days to reply when nobody has set a number for the service, or the service is not known yet. */
    public static final int DEFAULT_REPLY_WITHIN = 20;
    /** Feedback comes in on a UK calendar day, whatever the server's time zone. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    /** Working days with exactly these bank holidays (for tests that need a calendar of their own). */
    public WorkingDays(Collection<LocalDate> bankHolidays) {
        this.bankHolidays = new FixedBankHolidays(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.isBankHoliday(day);
    }

    /** The day {@code workingDays} working days after {@code start} (the start day itself does not count). */
    public LocalDate after(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
