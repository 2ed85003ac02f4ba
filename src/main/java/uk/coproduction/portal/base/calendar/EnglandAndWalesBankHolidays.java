package uk.coproduction.portal.base.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bank holidays in England and Wales from Jollyday (a maintained library, Apache-2.0), which holds them as rules
 * (Good Friday and Easter Monday from the date of Easter, the first and last Mondays of May, the last Monday of
 * August, Christmas, Boxing Day and New Year's Day with their substitute days) rather than a list of dates, so the
 * calendar has no last year. One-off bank holidays (a coronation, a jubilee) come with a new Jollyday release; until
 * it is taken, {@code portal.working-days.extra-holidays} adds them. See decision 0032.
 */
public final class EnglandAndWalesBankHolidays implements BankHolidays {

    /** Jollyday's United Kingdom calendar, England's part (Wales has the same bank holidays). */
    static final String ENGLAND = "eng";

    private final HolidayManager calendar;
    private final Set<LocalDate> extra;

    public EnglandAndWalesBankHolidays(Collection<LocalDate> extra) {
        this.calendar = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        this.extra = Set.copyOf(extra);
    }

    /**
     * Each year's bank holidays, worked out once: reply-by dates ask about every day they count, 20 or more per
     * item, 10,000 items in a large import, and Jollyday works the year out again on each question.
     */
    private final ConcurrentMap<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean isBankHoliday(LocalDate day) {
        return byYear.computeIfAbsent(day.getYear(), year -> Set.copyOf(of(Year.of(year))))
                .contains(day);
    }

    @Override
    public List<LocalDate> of(Year year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        calendar.getHolidays(year, ENGLAND).stream().map(Holiday::getDate).forEach(days::add);
        extra.stream().filter(d -> d.getYear() == year.getValue()).forEach(days::add);
        return List.copyOf(days);
    }
}
