package uk.coproduction.portal.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, recomputes the audit log's hash chain. The result goes to the application log either way (with the
 * head's hash: a copy of it outside the database, so a chain rewritten from scratch no longer matches what the log
 * aggregator kept); a break also goes to the log itself and, as {@link AuditChainBroken}, to every enabled
 * administrator with an e-mail address (the mail module listens).
 */
@Component
public class AuditChainCheckJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCheckJob.class);

    private final AuditChainCheck chain;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    AuditChainCheckJob(AuditChainCheck chain, AuditLog audit, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.chain = chain;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
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
            LOG.info(
                    "Audit chain intact up to entry {} ({} entries checked), head hash {}",
                    result.intactUpTo(),
                    result.entriesChecked(),
                    head);
            return result;
        }
        LOG.error(
                "Audit chain broken at entry {} ({}); intact up to entry {}",
                result.brokenAt(),
                result.problem(),
                result.intactUpTo());
        audit.record(
                "audit.chain-broken",
                "audit_log",
                result.brokenAt(),
                result.problem() + "; intact up to entry " + result.intactUpTo());
        events.publishEvent(new AuditChainBroken(result));
        return result;
    }
}
