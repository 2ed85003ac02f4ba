package uk.coproduction.portal.base.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written like {@code 2026-Q4} (October to December 2026): the delivery plan asks for frontline
 * views each quarter, and commissioners send a link per quarter ({@code /frontline?quarter=2026-Q4}). Evidence
 * (dashboards, packs, the figures API) is reported by the same quarters.
 */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Not a quarter: " + year + "-Q" + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter a link names, if it names one this portal accepts (2000 to 2100). */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    /** The first day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first day after the quarter. */
    public LocalDate endExclusive() {
        return start().plusMonths(3);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public boolean isAfter(Quarter other) {
        return year > other.year || (year == other.year && number > other.number);
    }

    /** The {@code count} quarters ending with this one, oldest first (e.g. the last 8 quarters for a trend). */
    public List<Quarter> lastQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = this;
        for (int i = 0; i < count; i++) {
            quarters.addFirst(quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
