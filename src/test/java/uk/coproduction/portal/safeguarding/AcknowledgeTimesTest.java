package uk.coproduction.portal.safeguarding;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.feedback.SafeguardingSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledge-by times: what the person raised themselves runs round the clock; staff flags and possible concerns
 * count working hours only (Monday to Friday, 09:00 to 17:00 UK time, no bank holidays).
 */
class AcknowledgeTimesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final AcknowledgeTimes times = new AcknowledgeTimes(
            new WorkingDays(List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"))),
            Duration.ofHours(1),
            Duration.ofHours(8),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            UK);

    private static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }

    @Test
    void whatThePersonRaisedIsDueWithinOneHourAnyHourOfAnyDay() {
        assertThat(times.acknowledgeBy(SafeguardingSource.PERSON, uk("2026-11-23T10:00")))
                .isEqualTo(uk("2026-11-23T11:00"));
        assertThat(times.acknowledgeBy(SafeguardingSource.PERSON, uk("2026-11-23T03:12")))
                .isEqualTo(uk("2026-11-23T04:12"));
        // Saturday morning: due on Saturday, not on Monday.
        assertThat(times.acknowledgeBy(SafeguardingSource.PERSON, uk("2026-11-21T09:30")))
                .isEqualTo(uk("2026-11-21T10:30"));
        // Christmas Day counts too.
        assertThat(times.acknowledgeBy(SafeguardingSource.PERSON, uk("2026-12-25T16:45")))
                .isEqualTo(uk("2026-12-25T17:45"));
        // A disclosure found in their own words is on the same clock.
        assertThat(times.acknowledgeBy(SafeguardingSource.KEYWORD, uk("2026-11-21T22:00")))
                .isEqualTo(uk("2026-11-21T23:00"));
    }

    @Test
    void workingTimeSkipsNightsWeekendsAndBankHolidays() {
        assertThat(times.addWorkingTime(uk("2026-11-20T16:30"), Duration.ofHours(1)))
                .isEqualTo(uk("2026-11-23T09:30"));
        assertThat(times.addWorkingTime(uk("2026-12-24T16:45"), Duration.ofHours(1)))
                .isEqualTo(uk("2026-12-29T09:45"));
        assertThat(times.addWorkingTime(Instant.parse("2026-07-01T08:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-07-01T09:30:00Z"));
    }

    @Test
    void staffFlagsAndPossibleConcernsForReviewAreDueWithinOneWorkingDay() {
        assertThat(times.acknowledgeBy(SafeguardingSource.POSSIBLE_CONCERN, uk("2026-11-24T10:00")))
                .isEqualTo(uk("2026-11-25T10:00"));
        assertThat(times.acknowledgeBy(SafeguardingSource.STAFF, uk("2026-11-20T14:00")))
                .isEqualTo(uk("2026-11-23T14:00"));
        assertThat(times.acknowledgeBy(SafeguardingSource.POSSIBLE_CONCERN, uk("2026-11-21T22:00")))
                .isEqualTo(uk("2026-11-23T17:00"));
    }
}
