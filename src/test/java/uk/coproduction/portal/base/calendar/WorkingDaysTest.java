package uk.coproduction.portal.base.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reply-by dates count working days: weekends and bank holidays do not count. */
class WorkingDaysTest {

    private static final WorkingDays ENGLAND_AND_WALES = new WorkingDays(List.of(
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1)));

    @Test
    void aDayAfterFridayIsMonday() {
        assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void feedbackArrivingOnASaturdayCountsFromMonday() {
        assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 3, 7), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void theEasterBankHolidaysAreSkipped() {
        assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(new WorkingDays(List.of()).after(LocalDate.of(2026, 4, 2), 1))
                .isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void twentyWorkingDaysOverChristmasAndNewYear() {
        assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 12, 7), 20)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void bankHolidaysAndWeekendsAreNotWorkingDays() {
        assertThat(ENGLAND_AND_WALES.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(ENGLAND_AND_WALES.isWorkingDay(LocalDate.of(2026, 12, 27))).isFalse();
        assertThat(ENGLAND_AND_WALES.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeDaysAreRefused() {
        assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 3, 6), 0)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThatThrownBy(() -> ENGLAND_AND_WALES.after(LocalDate.of(2026, 3, 6), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
