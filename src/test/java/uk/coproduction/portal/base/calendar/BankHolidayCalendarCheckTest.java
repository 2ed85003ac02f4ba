package uk.coproduction.portal.base.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** At start-up the portal warns when its bank holiday calendar ends within 12 months, before reply-by dates go wrong. */
@ExtendWith(OutputCaptureExtension.class)
class BankHolidayCalendarCheckTest {

    /** The hand-written list the portal had before Jollyday: it ended in 2027. */
    private static final FixedBankHolidays OLD_LIST = new FixedBankHolidays(List.of(
                    "2026-01-01",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-04",
                    "2026-05-25",
                    "2026-08-31",
                    "2026-12-25",
                    "2026-12-28",
                    "2027-01-01",
                    "2027-03-26",
                    "2027-03-29",
                    "2027-05-03",
                    "2027-05-31",
                    "2027-08-30",
                    "2027-12-27",
                    "2027-12-28")
            .stream()
            .map(LocalDate::parse)
            .toList());

    @Test
    void aCalendarEndingWithin12MonthsGivesAStartUpWarningThatSaysWhatToDo(CapturedOutput output) {
        new WorkingDaysConfiguration.BankHolidayCalendarCheck(OLD_LIST, clockOn("2027-03-01T09:00:00Z")).check();

        assertThat(output)
                .contains("WARN")
                .contains("0 bank holidays for 2028")
                .contains("Update Jollyday")
                .contains("portal.working-days.extra-holidays");
    }

    @Test
    void aCalendarThatCoversTheNext12MonthsGivesNoWarning(CapturedOutput output) {
        new WorkingDaysConfiguration.BankHolidayCalendarCheck(OLD_LIST, clockOn("2026-06-01T09:00:00Z")).check();
        new WorkingDaysConfiguration.BankHolidayCalendarCheck(
                        new EnglandAndWalesBankHolidays(List.of()), clockOn("2027-03-01T09:00:00Z"))
                .check();

        assertThat(output).doesNotContain("WARN").contains("no end year");
    }

    private static Clock clockOn(String instant) {
        return Clock.fixed(Instant.parse(instant), WorkingDays.UK);
    }
}
