package uk.coproduction.portal.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends the commissioners' daily digests, by default at 07:00 UK time on weekdays
 * ({@code portal.notifications.digest-cron}); bank holidays are skipped by {@link DailyDigests}. A plain scheduled
 * bean method, so a cluster lock can be put on it like on every other job.
 */
@Component
public class DailyDigestJob {

    private final DailyDigests digests;
    private final Clock clock;

    DailyDigestJob(DailyDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    /** On one instance at a time (decision 0031); the day's run is also recorded, so a second run sends nothing. */
    @Scheduled(cron = "${portal.notifications.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "daily-digest")
    public void sendDigests() {
        digests.sendAll(clock.instant());
    }
}
