package uk.coproduction.portal.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes one line of the audit log: who (the signed-in member of staff), when (the clock), what, and to which object.
 * It joins the caller's transaction, so an action that rolls back leaves no line. The log is only ever added to:
 * there is no method to change or remove a line, and the database refuses it too (V0013's and V0190's triggers). The
 * database chains each line to the one before it (SHA-256, V0190; decision 0038): the insert waits for a row lock on
 * the chain's head, held until the caller's transaction ends, so record near the end of the transaction.
 */
@Component
public class AuditLog {

    /** Who did it when no member of staff is signed in (scheduled jobs). */
    static final String SYSTEM = "system";
    /** Who did it when a member of the public acted on their own feedback (no account: "my data"). */
    public static final String RESIDENT = "resident";

    private static final int DETAILS_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final ActingStaff staff;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, ActingStaff staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public void record(String action, String objectType, @Nullable Object objectId, @Nullable String details) {
        write(staff.username().orElse(SYSTEM), action, objectType, objectId, details);
    }

    /** A line for something a member of the public did without an account; never pass their secret or code. */
    @Transactional
    public void recordByResident(
            String action, String objectType, @Nullable Object objectId, @Nullable String details) {
        write(RESIDENT, action, objectType, objectId, details);
    }

    /**
     * A line whose actor is not the signed-in member of staff: a sign-in attempt (the username tried, never the
     * password) or a sign-out. Nothing else may name its own actor.
     */
    @Transactional
    public void recordAs(
            @Nullable String actor,
            String action,
            String objectType,
            @Nullable Object objectId,
            @Nullable String details) {
        write(actor == null || actor.isBlank() ? SYSTEM : actor, action, objectType, objectId, details);
    }

    private void write(
            String actor, String action, String objectType, @Nullable Object objectId, @Nullable String details) {
        String trimmed =
                details == null || details.length() <= DETAILS_LENGTH ? details : details.substring(0, DETAILS_LENGTH);
        jdbc.update(
                "INSERT INTO audit_event (actor, occurred_at, action, object_type, object_id, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                cut(actor, 100),
                Timestamp.from(clock.instant()),
                cut(action, 60),
                cut(objectType, 40),
                objectId == null ? null : cut(String.valueOf(objectId), 60),
                trimmed);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
