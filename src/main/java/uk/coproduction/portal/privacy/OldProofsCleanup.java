package uk.coproduction.portal.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One-time codes, their messages' text and opened-record grants are kept no longer than they work (decision 0017):
 * every few minutes the out-of-date ones are forgotten.
 */
@Component
class OldProofsCleanup {

    private final MyDataService myData;

    OldProofsCleanup(MyDataService myData) {
        this.myData = myData;
    }

    @Scheduled(fixedDelayString = "${portal.my-data.cleanup-every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "old-proofs-cleanup")
    public void forgetOldProofs() {
        myData.forgetOldProofs();
    }
}
