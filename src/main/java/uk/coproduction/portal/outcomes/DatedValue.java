package uk.coproduction.portal.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One value of an indicator, as recorded. A correction is a value of its own that names the one it corrects; the
 * corrected value stays in the history with {@code correctedBy} set, and only values nobody corrected count.
 *
 * @param asOf        the date the value is for (the end of the period it measures)
 * @param period      the period in the source's words, e.g. "Q3 2025-26"
 * @param corrects    the id of the value this one corrects, or null
 * @param correctedBy the id of the value that corrects this one, or null while it stands
 */
public record DatedValue(
        long id,
        BigDecimal value,
        LocalDate asOf,
        String period,
        ValueSource source,
        String sourceNote,
        String recordedBy,
        Instant recordedAt,
        Long corrects,
        Long correctedBy) {

    /** Whether this value stands (no later correction replaced it). */
    public boolean current() {
        return correctedBy == null;
    }
}
