package uk.coproduction.portal.feedback;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/** Deletes journeys nobody has touched for 30 days (configurable), every night. */
@Component
class DraftCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(DraftCleanup.class);

    private final FeedbackDraftRepository drafts;
    private final Clock clock;
    private final Duration keepFor;

    DraftCleanup(
            FeedbackDraftRepository drafts, Clock clock, @Value("${portal.drafts.keep-for:30d}") Duration keepFor) {
        this.drafts = drafts;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** The nightly run, on one instance at a time (decision 0031). */
    @Scheduled(cron = "${portal.drafts.cleanup-cron:0 15 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "draft-cleanup")
    @Transactional
    public void deleteAbandonedDraftsOnSchedule() {
        deleteAbandonedDrafts();
    }

    @Transactional
    public int deleteAbandonedDrafts() {
        int deleted = drafts.deleteDraftsNotTouchedSince(clock.instant().minus(keepFor));
        if (deleted > 0) {
            LOG.info("Deleted {} feedback drafts not touched for {}", deleted, keepFor);
        }
        return deleted;
    }
}
