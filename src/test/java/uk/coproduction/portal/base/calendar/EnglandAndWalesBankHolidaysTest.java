package uk.coproduction.portal.base.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bank holidays in England and Wales come from Jollyday's rules, not a list someone has to remember to extend: the
 * hand-written list ended in 2027, so reply-by dates from 2028 on counted Easter Monday as a working day.
 */
class EnglandAndWalesBankHolidaysTest {

    private static final EnglandAndWalesBankHolidays JOLLYDAY = new EnglandAndWalesBankHolidays(List.of());

    @Test
    void the2028BankHolidaysAreThoseOfGovUkWithEasterMondayOnThe17thOfApril() {
        assertThat(JOLLYDAY.of(Year.of(2028)))
                .containsExactly(
                        LocalDate.of(2028, 1, 3), // New Year's Day is a Saturday: the Monday after instead
                        LocalDate.of(2028, 4, 14), // Good Friday
                        LocalDate.of(2028, 4, 17), // Easter Monday
                        LocalDate.of(2028, 5, 1),
                        LocalDate.of(2028, 5, 29),
                        LocalDate.of(2028, 8, 28),
                        LocalDate.of(2028, 12, 25),
                        LocalDate.of(2028, 12, 26));
    }

    @Test
    void theSameDaysAsTheHandWrittenListFor2026And2027() {
        assertThat(JOLLYDAY.of(Year.of(2026)))
                .containsExactly(
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-04-03"),
                        LocalDate.parse("2026-04-06"),
                        LocalDate.parse("2026-05-04"),
                        LocalDate.parse("2026-05-25"),
                        LocalDate.parse("2026-08-31"),
                        LocalDate.parse("2026-12-25"),
                        LocalDate.parse("2026-12-28"));
        assertThat(JOLLYDAY.of(Year.of(2027)))
                .containsExactly(
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-03-26"),
                        LocalDate.parse("2027-03-29"),
                        LocalDate.parse("2027-05-03"),
                        LocalDate.parse("2027-05-31"),
                        LocalDate.parse("2027-08-30"),
                        LocalDate.parse("2027-12-27"),
                        LocalDate.parse("2027-12-28"));
    }

    @Test
    void aReplyByDateOverEaster2028StepsOverGoodFridayTheWeekendAndEasterMonday() {
        WorkingDays workingDays = new WorkingDays(JOLLYDAY);

        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 4, 17))).isFalse();
        assertThat(workingDays.after(LocalDate.of(2028, 4, 13), 1)).isEqualTo(LocalDate.of(2028, 4, 18));
        // Twenty working days from the Thursday before Easter: Good Friday, Easter Monday and 1 May push it on 3 days.
        assertThat(workingDays.after(LocalDate.of(2028, 4, 13), 20)).isEqualTo(LocalDate.of(2028, 5, 16));
    }

    @Test
    void christmasAndNewYearLongAfterTheOldListEndedHaveTheirSubstituteDays() {
        // 2032: Christmas Day is a Saturday and Boxing Day a Sunday, so Monday 27 and Tuesday 28 are bank holidays.
        assertThat(JOLLYDAY.of(Year.of(2032)))
                .contains(LocalDate.of(2032, 12, 27), LocalDate.of(2032, 12, 28))
                .doesNotContain(LocalDate.of(2032, 12, 25));
        assertThat(JOLLYDAY.of(Year.of(2040)))
                .hasSizeGreaterThanOrEqualTo(BankHolidays.BANK_HOLIDAYS_EVERY_YEAR)
                .contains(LocalDate.of(2040, 4, 2)); // Easter Monday 2040
    }

    @Test
    void aOneOffBankHolidayAnnouncedLaterIsAddedFromConfiguration() {
        EnglandAndWalesBankHolidays withExtra = new EnglandAndWalesBankHolidays(List.of(LocalDate.of(2029, 6, 5)));

        assertThat(withExtra.isBankHoliday(LocalDate.of(2029, 6, 5))).isTrue();
        assertThat(JOLLYDAY.isBankHoliday(LocalDate.of(2029, 6, 5))).isFalse();
        assertThat(withExtra.of(Year.of(2029)))
                .hasSize(JOLLYDAY.of(Year.of(2029)).size() + 1);
    }

    @Test
    void theCalendarDoesNotRunOutInTheNext12MonthsNorDecadesLater() {
        assertThat(JOLLYDAY.gapWithinAYearOf(LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(JOLLYDAY.gapWithinAYearOf(LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(JOLLYDAY.gapWithinAYearOf(LocalDate.of(2060, 6, 1))).isEmpty();
    }
}
