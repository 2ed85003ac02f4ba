package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.calendar.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The moment stored for a voice given on a known day but not at a known time (an event, a paper form): noon, UK
 * time. Noon keeps the calendar day, and so the quarter, the same whether the database reads it in UTC or UK time;
 * midnight UK time is the previous day in UTC for half the year (decision 0039).
 */
public final class GivenDay {

    private static final LocalTime NOON = LocalTime.NOON;

    private GivenDay() {}

    /** Noon UK time on the day, but never later than {@code receivedAt}: nothing is given after it was received. */
    public static Instant of(LocalDate day, Instant receivedAt) {
        Instant noon = day.atTime(NOON).atZone(WorkingDays.UK).toInstant();
        return noon.isAfter(receivedAt) ? receivedAt : noon;
    }
}
