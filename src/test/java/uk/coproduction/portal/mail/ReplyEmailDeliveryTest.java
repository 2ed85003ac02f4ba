package uk.coproduction.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies really leave by e-mail: an SMTP server (GreenMail) receives them. Its own Spring context, since only here
 * is mail set up; the scheduled sender is slowed to once an hour so each test decides when it runs. Starting a
 * Spring context makes Vaadin install its own security-context strategy JVM-wide, so the strategy of the context
 * the other tests share is put back afterwards (otherwise their signed-in test users would not be seen).
 */
@PortalTest
@DirtiesContext
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReplyEmailDeliveryTest {

    private static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("portal.mail.from", () -> "portal@example.org");
        properties.add("portal.public-url", () -> "https://feedback.example.org/");
        properties.add("portal.mail.send-every", () -> "PT1H");
        properties.add("portal.mail.max-attempts", () -> 3);
    }

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackReplyService replies;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    OutboxSender sender;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private static SecurityContextHolderStrategy sharedContextStrategy;
    private GreenMail smtp;

    @BeforeAll
    static void rememberTheSharedSecurityStrategy() {
        sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void putBackTheSharedSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
    }

    @BeforeEach
    void mailServerRuns() {
        accounts.ensureStandardAccounts();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void mailServerStops() {
        smtp.stop();
    }

    @Test
    void aSentReplyIsDeliveredByEmailWithTheCodeAndTheAddressIsForgotten() throws Exception {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "The club was full", "sam@example.com", false))
                .referenceCode();
        long id = idOf(code);
        triage.reply(id, "Sorry. We are adding ten more places this summer.", null);
        assertThat(replies.repliesTo(id).emailReady()).isTrue();

        assertThat(sender.sendQueued()).isGreaterThanOrEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage email = received[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("sam@example.com");
        assertThat(email.getFrom()[0].toString()).isEqualTo("portal@example.org");
        assertThat(email.getSubject()).contains(code);
        assertThat(((String) email.getContent()).replace("\r\n", "\n"))
                .contains(
                        "Sorry. We are adding ten more places this summer.",
                        "Your reference code is " + code + ".",
                        "https://feedback.example.org/track");
        Map<String, Object> stored =
                jdbc.queryForMap("select to_address, sent_at, attempts from outgoing_email where feedback_id = ?", id);
        assertThat(stored.get("to_address")).as("address forgotten once sent").isNull();
        assertThat(stored.get("sent_at")).isNotNull();
        assertThat(replies.repliesTo(id).emails()).isEqualTo(new Outbox.Summary(1, 0, 0));

        assertThat(sender.sendQueued()).as("never sent twice").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whenTheMailServerIsDownTheFailureIsRecordedAndTheEmailIsTriedAgainLater() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Too noisy", "alex@example.com", false))
                .referenceCode();
        long id = idOf(code);
        triage.reply(id, "Thank you. We will ask the club about a quiet room.", null);
        smtp.stop();

        assertThat(sender.sendQueued()).isZero();

        Map<String, Object> failed = stored(id);
        assertThat(failed)
                .containsEntry("attempts", 1)
                .containsEntry("sent_at", null)
                .containsEntry("to_address", "alex@example.com");
        assertThat((String) failed.get("last_error")).isNotBlank().doesNotContain("alex@example.com");
        assertThat(failed.get("next_attempt_at"))
                .as("waits before trying again")
                .isNotNull();

        sender.sendQueued();
        assertThat(stored(id)).as("not due yet").containsEntry("attempts", 1);

        aMinuteLater(id);
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(sender.sendQueued()).isGreaterThanOrEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(stored(id)).containsEntry("to_address", null).containsEntry("attempts", 1);
        assertThat(stored(id).get("sent_at")).isNotNull();
    }

    @Test
    void afterTheLastAttemptTheEmailIsGivenUpAndTheAddressForgotten() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Hello", "robin@example.com", false))
                .referenceCode();
        long id = idOf(code);
        triage.reply(id, "Hello, thank you.", null);
        smtp.stop();

        for (int attempt = 1; attempt <= 3; attempt++) {
            aMinuteLater(id);
            sender.sendQueued();
        }
        aMinuteLater(id);
        sender.sendQueued();

        assertThat(stored(id))
                .containsEntry("attempts", 3)
                .containsEntry("to_address", null)
                .containsEntry("sent_at", null);
        assertThat(replies.repliesTo(id).emails()).isEqualTo(new Outbox.Summary(0, 0, 1));
    }

    /** Time passes: the e-mail's next attempt is due. */
    private void aMinuteLater(long feedbackId) {
        jdbc.update(
                "update outgoing_email set next_attempt_at = '2000-01-01 00:00:00' "
                        + "where feedback_id = ? and next_attempt_at is not null",
                feedbackId);
    }

    private Map<String, Object> stored(long feedbackId) {
        return jdbc.queryForMap(
                "select to_address, sent_at, attempts, last_error, next_attempt_at "
                        + "from outgoing_email where feedback_id = ?",
                feedbackId);
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
