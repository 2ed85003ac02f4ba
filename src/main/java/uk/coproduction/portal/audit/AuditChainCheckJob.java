package uk.coproduction.portal.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.mail.MessageKind;
import uk.coproduction.portal.mail.Outbox;

import java.util.List;

/**
 * Every night, recomputes the audit log's hash chain. The result goes to the application log either way (with the
 * head's hash: a copy of it outside the database, so a chain rewritten from scratch no longer matches what the log
 * aggregator kept); a break also goes to the log itself and to every enabled administrator with an e-mail address.
 */
@Component
public class AuditChainCheckJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCheckJob.class);

    private final AuditChainCheck chain;
    private final AuditLog audit;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final String publicUrl;

    AuditChainCheckJob(AuditChainCheck chain, AuditLog audit, Outbox outbox, JdbcTemplate jdbc,
                       @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.chain = chain;
        this.audit = audit;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
    }

    /** The nightly run, on one instance at a time (decision 0031). */
    @Scheduled(cron = "${portal.audit.chain-check-cron:0 45 4 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "audit-chain-check")
    public void checkOnSchedule() {
        checkAndReport();
    }

    @Transactional
    public ChainCheck checkAndReport() {
        ChainCheck result = chain.check();
        if (result.intact()) {
            String head = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
            LOG.info("Audit chain intact up to entry {} ({} entries checked), head hash {}", result.intactUpTo(),
                    result.entriesChecked(), head);
            return result;
        }
        LOG.error("Audit chain broken at entry {} ({}); intact up to entry {}", result.brokenAt(), result.problem(),
                result.intactUpTo());
        audit.record("audit.chain-broken", "audit_log", result.brokenAt(), result.problem() + "; intact up to entry "
                + result.intactUpTo());
        List<String> administrators = jdbc.queryForList("SELECT DISTINCT a.email FROM staff_account a"
                + " JOIN staff_account_role r ON r.account_id = a.id WHERE r.role = 'ADMIN' AND a.enabled = TRUE"
                + " AND a.email IS NOT NULL ORDER BY a.email", String.class);
        for (String to : administrators) {
            outbox.queueStaffNotice(MessageKind.AUDIT_CHAIN_ALERT, null, to,
                    "The Coproduction Portal's audit log is broken at entry " + result.brokenAt(),
                    "The nightly check of the audit log's hash chain found that entry " + result.brokenAt()
                            + " is not what was written (" + result.problem() + "). Entries up to "
                            + result.intactUpTo() + " are intact.\n\nThis can mean someone changed or removed entries"
                            + " directly in the database. Keep a copy of the database as it is now, and check the"
                            + " database's own logs for who connected.\n\nThe audit log: " + publicUrl
                            + "/staff/audit\n");
        }
        return result;
    }
}
