package uk.coproduction.portal.base.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Exactly these bank holidays and no others: a calendar that ends where its list does (for tests of their own). */
record FixedBankHolidays(Set<LocalDate> days) implements BankHolidays {

    FixedBankHolidays(Collection<LocalDate> days) {
        this(Set.copyOf(days));
    }

    @Override
    public boolean isBankHoliday(LocalDate day) {
        return days.contains(day);
    }

    @Override
    public List<LocalDate> of(Year year) {
        return days.stream()
                .filter(d -> d.getYear() == year.getValue())
                .sorted()
                .toList();
    }
}
