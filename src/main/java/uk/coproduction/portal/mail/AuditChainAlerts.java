package uk.coproduction.portal.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.audit.AuditChainBroken;
import uk.coproduction.portal.audit.ChainCheck;

import java.util.List;

/** A broken audit chain goes to every enabled administrator with an e-mail address. */
@Component
class AuditChainAlerts {

    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final String publicUrl;

    AuditChainAlerts(
            Outbox outbox, JdbcTemplate jdbc, @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
    }

    /** In the publisher's thread and transaction, as the direct call it replaces was. */
    @EventListener
    void tellAdministrators(AuditChainBroken broken) {
        ChainCheck result = broken.result();
        List<String> administrators = jdbc.queryForList(
                "SELECT DISTINCT a.email FROM staff_account a"
                        + " JOIN staff_account_role r ON r.account_id = a.id WHERE r.role = 'ADMIN' AND a.enabled = TRUE"
                        + " AND a.email IS NOT NULL ORDER BY a.email",
                String.class);
        for (String to : administrators) {
            outbox.queueStaffNotice(
                    MessageKind.AUDIT_CHAIN_ALERT,
                    null,
                    to,
                    "The Coproduction Portal's audit log is broken at entry " + result.brokenAt(),
                    "The nightly check of the audit log's hash chain found that entry " + result.brokenAt()
                            + " is not what was written (" + result.problem() + "). Entries up to "
                            + result.intactUpTo() + " are intact.\n\nThis can mean someone changed or removed entries"
                            + " directly in the database. Keep a copy of the database as it is now, and check the"
                            + " database's own logs for who connected.\n\nThe audit log: " + publicUrl
                            + "/staff/audit\n");
        }
    }
}
