package uk.coproduction.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.security.StaffAccountRepository;

/**
 * Loads the demo data set on the first start of the {@code demo} profile (the default for local runs):
 * one account per role and a few hundred feedback entries over the last eight quarters.
 * Never active in {@code prod}.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final StaffAccountRepository accounts;
    private final DemoAccounts demoAccounts;
    private final DemoFeedback demoFeedback;
    private final DemoLoop demoLoop;
    private final DemoVoices demoVoices;
    private final TransactionTemplate transaction;
    private final DemoProviders demoProviders;
    private final DemoOutcomeHistory demoOutcomeHistory;
    private final DemoReviews demoReviews;

    DemoDataLoader(
            DemoOutcomeHistory demoOutcomeHistory,
            DemoProviders demoProviders,
            StaffAccountRepository accounts,
            DemoAccounts demoAccounts,
            DemoFeedback demoFeedback,
            DemoLoop demoLoop,
            DemoVoices demoVoices,
            TransactionTemplate transaction,
            DemoReviews demoReviews) {
        this.demoReviews = demoReviews;
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.demoFeedback = demoFeedback;
        this.demoLoop = demoLoop;
        this.demoVoices = demoVoices;
        this.transaction = transaction;
        this.demoProviders = demoProviders;
        this.demoOutcomeHistory = demoOutcomeHistory;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Every start, not only the first: a demo database made before V0110 has just lost them (decision 0029).
        demoProviders.restore();
        // Every start too: a demo database made before V0180 has indicators without any history.
        int values = demoOutcomeHistory.create();
        if (values > 0) {
            log.info("Demo outcome histories loaded: {} dated values", values);
        }
        if (accounts.findByUsername(DemoAccounts.ADMIN).isPresent()) {
            // Every start too: a demo database made before the reviews (issue 21) has none.
            int reviewAnswers = demoReviews.create();
            if (reviewAnswers > 0) {
                log.info("Demo reviews loaded: {} answers", reviewAnswers);
            }
            return;
        }
        int entries = transaction.execute(status -> {
            demoAccounts.create();
            return demoFeedback.create();
        });
        // Through the workspace's services, each step in its own transaction as a commissioner's would be.
        int changes = demoLoop.create();
        int voices = demoVoices.create();
        demoReviews.create();
        log.info(
                "Demo data loaded: {} staff accounts, {} feedback entries, {} published changes, {} more through an "
                        + "advocate and a Partnership Board",
                DemoAccounts.count(),
                entries,
                changes,
                voices);
    }
}
