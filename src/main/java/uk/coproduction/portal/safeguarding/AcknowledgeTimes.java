package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.feedback.SafeguardingSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a flagged item must be acknowledged by. A concern the person raised themselves ("I don't feel safe", or a
 * disclosure in their own words) is on a round-the-clock clock: nights, weekends and bank holidays count
 * ({@code portal.safeguarding.acknowledge-within}, 1 hour). A staff flag or a possible concern for review is
 * counted in working time (Monday to Friday, 09:00 to 17:00 UK time, no bank holidays; all configurable) within
 * {@code acknowledge-within-flagged} (one working day).
 */
@Component
public class AcknowledgeTimes {

    private final WorkingDays workingDays;
    private final Duration personWithin;
    private final Duration flaggedWithin;
    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;

    AcknowledgeTimes(
            WorkingDays workingDays,
            @Value("${portal.safeguarding.acknowledge-within:1h}") Duration personWithin,
            @Value("${portal.safeguarding.acknowledge-within-flagged:8h}") Duration flaggedWithin,
            @Value("${portal.safeguarding.working-hours.start:09:00}") LocalTime start,
            @Value("${portal.safeguarding.working-hours.end:17:00}") LocalTime end,
            @Value("${portal.safeguarding.working-hours.zone:Europe/London}") ZoneId zone) {
        if (!start.isBefore(end) || personWithin.isNegative() || personWithin.isZero() || flaggedWithin.isNegative()) {
            throw new IllegalArgumentException("Safeguarding working hours or acknowledge times are not valid");
        }
        this.workingDays = workingDays;
        this.personWithin = personWithin;
        this.flaggedWithin = flaggedWithin;
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    /** The time an item flagged at {@code flaggedAt} for this reason must be acknowledged by. */
    Instant acknowledgeBy(@Nullable SafeguardingSource source, Instant flaggedAt) {
        return roundTheClock(source) ? flaggedAt.plus(personWithin) : addWorkingTime(flaggedAt, flaggedWithin);
    }

    /** Raised by the person themselves: nights and weekends count. */
    static boolean roundTheClock(@Nullable SafeguardingSource source) {
        return source == null || source == SafeguardingSource.PERSON || source == SafeguardingSource.KEYWORD;
    }

    /** How soon, any hour of any day, a concern the person raised is to be read: what the safety page promises. */
    public Duration personWithin() {
        return personWithin;
    }

    /** {@code from} plus this much working time: time outside working hours does not count. */
    Instant addWorkingTime(Instant from, Duration within) {
        ZonedDateTime at = from.atZone(zone);
        Duration left = within;
        while (true) {
            LocalDate day = at.toLocalDate();
            if (!workingDays.isWorkingDay(day) || !at.toLocalTime().isBefore(end)) {
                at = nextWorkingDay(day).atTime(start).atZone(zone);
                continue;
            }
            if (at.toLocalTime().isBefore(start)) {
                at = day.atTime(start).atZone(zone);
            }
            Duration today = Duration.between(at, day.atTime(end).atZone(zone));
            if (left.compareTo(today) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(today);
            at = nextWorkingDay(day).atTime(start).atZone(zone);
        }
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!workingDays.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
