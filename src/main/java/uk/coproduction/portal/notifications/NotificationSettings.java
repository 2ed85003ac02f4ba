package uk.coproduction.portal.notifications;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Each member of staff's own notification settings: the address notices go to, and whether they get the daily
 * digest (commissioners only; on unless they switch it off). Only ever the signed-in person's own.
 */
@Service
public class NotificationSettings {

    /** Something@somewhere.tld, no spaces: enough to catch a typing slip; the mail server decides the rest. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    static final int ADDRESS_LENGTH = 254;

    /** @param email null when no address is known */
    public record MySettings(
            boolean getsDigests,
            boolean dailyDigest,
            @Nullable String email) {}

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    NotificationSettings(JdbcClient jdbc, StaffDirectory staff, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public MySettings mine() {
        StaffIdentity me = staff.requireCurrentStaff();
        boolean on = jdbc.sql("SELECT daily_digest FROM staff_notification_setting WHERE account_id = :id")
                .param("id", me.id())
                .query(Boolean.class)
                .optional()
                .orElse(true);
        String email = jdbc.sql("SELECT email FROM staff_account WHERE id = :id")
                .param("id", me.id())
                .query(String.class)
                .optional()
                .orElse(null);
        return new MySettings(me.hasRole(Roles.COMMISSIONER), on, email);
    }

    /**
     * Saves the signed-in person's choices, each change in the audit log.
     *
     * @throws IllegalArgumentException with a translation key when the address is not one
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void save(boolean dailyDigest, String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null
                && (address.length() > ADDRESS_LENGTH
                        || !ADDRESS.matcher(address).matches())) {
            throw new IllegalArgumentException("staff.settings.email.invalid");
        }
        StaffIdentity me = staff.requireCurrentStaff();
        MySettings before = mine();
        if (!Objects.equals(before.email(), address)) {
            jdbc.sql("UPDATE staff_account SET email = :email WHERE id = :id")
                    .param("email", address)
                    .param("id", me.id())
                    .update();
            audit.record(
                    "notifications.email-changed",
                    "staff_account",
                    me.id(),
                    address == null ? "No e-mail address" : "E-mail address changed");
        }
        if (before.dailyDigest() != dailyDigest) {
            jdbc.sql("""
                            INSERT INTO staff_notification_setting (account_id, daily_digest, changed_at)
                            VALUES (:id, :on, :at)
                            ON DUPLICATE KEY UPDATE daily_digest = :on, changed_at = :at
                            """)
                    .param("id", me.id())
                    .param("on", dailyDigest)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            audit.record(
                    dailyDigest ? "notifications.digest-on" : "notifications.digest-off",
                    "staff_account",
                    me.id(),
                    "Daily digest switched " + (dailyDigest ? "on" : "off") + " by its owner");
        }
    }
}
