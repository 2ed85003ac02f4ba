package uk.coproduction.portal.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people in Kent read them: UK time, written out ("3 March 2026"). */
public final class DisplayDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private DisplayDates() {}

    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(british(locale))
                .format(instant.atZone(UK));
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(british(locale))
                .format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", british(locale))
                .format(instant.atZone(UK));
    }

    /** A month and year ("November 2026", "listopad 2026"): the stand-alone form of the month's name. */
    public static String month(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", british(locale)).format(date);
    }

    /** English is written the British way here, whatever English the browser asks for. */
    private static Locale british(Locale locale) {
        return locale == null || "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }
}
