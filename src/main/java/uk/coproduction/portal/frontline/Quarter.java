package uk.coproduction.portal.frontline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written like {@code 2026-Q4} (October to December 2026): the delivery plan asks for frontline
 * views each quarter, and commissioners send a link per quarter ({@code /frontline?quarter=2026-Q4}).
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
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
