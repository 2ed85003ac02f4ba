package uk.coproduction.portal.base.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Bank holidays come from Jollyday's rules for England and Wales, which have no end year; one-off bank holidays
 * announced after the Jollyday release in use are added in {@code portal.working-days.extra-holidays}.
 */
@Configuration(proxyBeanMethods = false)
class WorkingDaysConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDaysConfiguration.class);

    @Bean
    EnglandAndWalesBankHolidays englandAndWalesBankHolidays(
            @Value("${portal.working-days.extra-holidays:}") List<String> extra) {
        return new EnglandAndWalesBankHolidays(extra.stream()
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(WorkingDaysConfiguration::day)
                .toList());
    }

    @Bean
    WorkingDays workingDays(EnglandAndWalesBankHolidays bankHolidays) {
        return new WorkingDays(bankHolidays);
    }

    @Bean
    BankHolidayCalendarCheck bankHolidayCalendarCheck(BankHolidays bankHolidays, Clock clock) {
        return new BankHolidayCalendarCheck(bankHolidays, clock);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "portal.working-days.extra-holidays has \"" + text
                            + "\", which is not a date: write each day as YYYY-MM-DD, comma-separated, e.g. 2029-06-05.",
                    e);
        }
    }

    /** At start-up: a WARN when the calendar runs out within 12 months, so reply-by dates never quietly go wrong. */
    static final class BankHolidayCalendarCheck {
        private final BankHolidays bankHolidays;
        private final Clock clock;

        BankHolidayCalendarCheck(BankHolidays bankHolidays, Clock clock) {
            this.bankHolidays = bankHolidays;
            this.clock = clock;
        }

        @EventListener(ApplicationReadyEvent.class)
        void check() {
            LocalDate today = LocalDate.now(clock.withZone(WorkingDays.UK));
            bankHolidays
                    .gapWithinAYearOf(today)
                    .ifPresentOrElse(
                            LOG::warn,
                            () -> LOG.info(
                                    "Bank holidays (England and Wales) from Jollyday's rules, with no end year; next 12 months checked"));
        }
    }
}
