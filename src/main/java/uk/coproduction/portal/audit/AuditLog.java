package uk.coproduction.portal.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes one line of the audit log: who (the signed-in member of staff), when (the clock), what, and to which object.
 * It joins the caller's transaction, so an action that rolls back leaves no line. The log is only ever added to:
 * there is no method to change or remove a line, and the database refuses it too (V0013's triggers).
 */
@Component
public class AuditLog {

    /** Who did it when no member of staff is signed in (scheduled jobs). */
    static final String SYSTEM = "system";
    /** Who did it when a member of the public acted on their own feedback (no account: "my data"). */
    public static final String RESIDENT = "resident";
    private static final int DETAILS_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public void record(String action, String objectType, Object objectId, String details) {
        write(staff.currentStaff().map(StaffIdentity::username).orElse(SYSTEM), action, objectType, objectId, details);
    }

    /** A line for something a member of the public did without an account; never pass their secret or code. */
    @Transactional
    public void recordByResident(String action, String objectType, Object objectId, String details) {
        write(RESIDENT, action, objectType, objectId, details);
    }

    private void write(String actor, String action, String objectType, Object objectId, String details) {
        String trimmed = details == null || details.length() <= DETAILS_LENGTH ? details
                : details.substring(0, DETAILS_LENGTH);
        jdbc.update("INSERT INTO audit_event (actor, occurred_at, action, object_type, object_id, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", actor, Timestamp.from(clock.instant()), action, objectType,
                objectId == null ? null : String.valueOf(objectId), trimmed);
    }
}
