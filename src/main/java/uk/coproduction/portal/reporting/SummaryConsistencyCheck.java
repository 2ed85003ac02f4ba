package uk.coproduction.portal.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.audit.AuditLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every night, recounts each trigger-kept summary ({@link TriggerKeptSummary#ALL}) from the base tables and compares
 * it with what the triggers kept (decision 0046). Drift means a dashboard, the overview or a pack prints a figure that
 * is not what the feedback says — a trigger dropped or changed by hand, a bulk path that forgot its own totals, an
 * administrator's SQL with the triggers' variables left set. It is reported, not repaired: the cause needs finding
 * first, and the rebuild is V0083's last statements.
 *
 * <p>Reported three ways: an ERROR line per drifting key naming the summary, the key and both figures (at most
 * {@value #LINES_PER_SUMMARY} per summary, then how many more); one audit line per drifting summary
 * ({@code reporting.summary-drift}); and the gauge {@code portal.summary.drift} (keys drifting at the last check, per
 * summary) for the operations team's alerts, as {@code portal.safeguarding.overdue} is (decision 0031).
 */
@Component
public class SummaryConsistencyCheck implements MeterBinder {

    static final int LINES_PER_SUMMARY = 20;

    private static final Logger LOG = LoggerFactory.getLogger(SummaryConsistencyCheck.class);

    private final SummaryRecount recount;
    private final AuditLog audit;
    private final Map<String, Integer> lastDrift = new ConcurrentHashMap<>();

    SummaryConsistencyCheck(SummaryRecount recount, AuditLog audit) {
        this.recount = recount;
        this.audit = audit;
    }

    /** The nightly run, on one instance at a time (decision 0031), after the audit chain check. */
    @Scheduled(cron = "${portal.reporting.summary-check-cron:0 15 5 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "summary-consistency-check")
    public void checkOnSchedule() {
        checkAndReport();
    }

    /** Compares every summary with its recount and reports any drift; returns every drifting key. */
    public List<SummaryDrift> checkAndReport() {
        List<SummaryDrift> all = new ArrayList<>();
        for (TriggerKeptSummary summary : TriggerKeptSummary.ALL) {
            List<SummaryDrift> drift = recount.drift(summary);
            lastDrift.put(summary.table(), drift.size());
            if (drift.isEmpty()) {
                LOG.info("Summary {} agrees with a recount of the base tables", summary.table());
                continue;
            }
            for (SummaryDrift d : drift.subList(0, Math.min(LINES_PER_SUMMARY, drift.size()))) {
                LOG.error(
                        "Summary {} drifted at {}: kept {}, recounted {}",
                        d.summary(),
                        d.key(),
                        d.kept(),
                        d.recounted());
            }
            if (drift.size() > LINES_PER_SUMMARY) {
                LOG.error("Summary {} drifted at {} more keys", summary.table(), drift.size() - LINES_PER_SUMMARY);
            }
            SummaryDrift first = drift.getFirst();
            audit.record(
                    "reporting.summary-drift",
                    "summary",
                    summary.table(),
                    drift.size()
                            + " keys differ from a recount; first at " + first.key() + ": kept " + first.kept()
                            + ", recounted " + first.recounted());
            all.addAll(drift);
        }
        return all;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TriggerKeptSummary summary : TriggerKeptSummary.ALL) {
            Gauge.builder("portal.summary.drift", lastDrift, last -> last.getOrDefault(summary.table(), 0))
                    .description("Keys of a trigger-kept summary that differed from a recount at the last check")
                    .tag("summary", summary.table())
                    .register(registry);
        }
    }
}
