package uk.coproduction.portal.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import jakarta.mail.MessagingException;
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
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.mail.OutboxSender;
import uk.coproduction.portal.mail.ui.OutboxView;
import uk.coproduction.portal.notifications.ui.StaffSettingsView;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.coproduction.portal.security.TestAccounts.ADMIN;
import static uk.coproduction.portal.security.TestAccounts.CHILDRENS_COMMISSIONER;
import static uk.coproduction.portal.security.TestAccounts.KCC_CHILDRENS_COMMISSIONER;
import static uk.coproduction.portal.security.TestAccounts.LDA_COMMISSIONER;
import static uk.coproduction.portal.security.TestAccounts.NHS_CHILDRENS_COMMISSIONER;

/**
 * Issue 15, the digest test: commissioners are told each working day what is new, due soon and overdue for their
 * services, by e-mail through a real SMTP server (GreenMail), once, with counts and links and nobody's words; whoever
 * switched it off on their settings page gets none; a failed e-mail shows as failed on the outbox screen and Retry
 * sends it. Its own Spring context and database, since only here is mail set up; the scheduled sender and digest job
 * are slowed or off so each test decides when they run (see ReplyEmailDeliveryTest for why the security strategy is
 * put back afterwards).
 */
@PortalTest
@DirtiesContext
@ViewPackages(packages = "uk.coproduction.portal")
class DailyDigestTest extends SpringBrowserlessTest {

    private static final int SMTP_PORT = freePort();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** Where the test leaves the digest exactly as the SMTP server received it, for people to read. */
    static final Path RECEIVED_DIGEST = Path.of("target", "digest-email-as-received.txt");

    private static final String KIM = "kim.council@example.org";
    private static final String CHRIS = "chris.children@example.org";
    private static final String NIA = "nia.health@example.org";
    private static final String LEE = "lee.lda@example.org";
    private static final String RESIDENT_WORDS = "The club was full again and my son cried all the way home";
    private static final String RESIDENT_ADDRESS = "sam.resident@example.com";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("portal.mail.from", () -> "portal@example.org");
        properties.add("portal.public-url", () -> "https://feedback.example.org/");
        properties.add("portal.mail.send-every", () -> "PT1H");
        properties.add("portal.mail.max-attempts", () -> 3);
        properties.add("portal.notifications.digest-cron", () -> "-");
    }

    @Autowired
    DailyDigests digests;

    @Autowired
    OutboxSender sender;

    @Autowired
    NotificationSettings settings;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WorkingDays workingDays;

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
    void accountsAndAMailServer() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void mailServerStops() {
        smtp.stop();
    }

    @Test
    @WithMockUser(username = CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerGetsOneDigestWithTheRightCountsAndWhoeverSwitchedItOffGetsNone() throws Exception {
        // Chris covers the whole children's team and switches the digest off on his own settings page.
        navigate(StaffSettingsView.class);
        test(find(EmailField.class).withLabel("Your work e-mail address").single())
                .setValue(CHRIS);
        Checkbox digestBox =
                find(Checkbox.class).withLabel("Send me a daily digest").single();
        assertThat(digestBox.getValue()).as("on unless switched off").isTrue();
        test(digestBox).click();
        test(find(Button.class).withText("Save settings").single()).click();
        assertThat(find(Paragraph.class)
                        .withText("Saved. You will get no daily digest until you switch it on again.")
                        .exists())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'notifications.digest-off'", Integer.class))
                .isEqualTo(1);
        // Kim (council) and Nia (NHS) commission for the children's team too, each for their own organisation.
        SignedIn.as(KCC_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        settings.save(true, KIM);
        SignedIn.as(NHS_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        settings.save(true, NIA);

        LocalDate today = workingDays.after(LocalDate.now(WorkingDays.UK), 1);
        Instant now = today.atTime(7, 0).atZone(WorkingDays.UK).toInstant();
        List<ServiceSummary> councilOnly = councilOnlyChildrensServices();
        ServiceSummary first = councilOnly.getFirst();
        ServiceSummary second = councilOnly.getLast();

        long newOne = submitted(first, RESIDENT_WORDS, now.minus(Duration.ofHours(3)), workingDays.after(today, 15));
        long newTwo = submitted(second, "Lovely staff", now.minus(Duration.ofHours(2)), workingDays.after(today, 15));
        jdbc.update("update feedback set contact_email = ? where id = ?", RESIDENT_ADDRESS, newOne);
        long dueSoon = submitted(first, "Too noisy", longAgo(now), workingDays.after(today, 3));
        long notDueYet = submitted(first, "Fine", longAgo(now), workingDays.after(today, 8));
        long overdue = submitted(second, "Nobody rang back", longAgo(now), today.minusDays(5));
        long overdueButAnswered = submitted(first, "Late bus", longAgo(now), today.minusDays(5));
        SignedIn.as(KCC_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        triage.reply(overdueButAnswered, "Sorry, we have spoken to the bus company.", null);
        // A disclosure goes to the safeguarding lead at once, through the same outbox, and is never in a digest.
        long disclosure = id(submissions
                .submit(fixtures.youngPersonAbout(first, "Dad kicks me when he is angry"))
                .referenceCode());
        assertThat(jdbc.queryForObject(
                        "select safeguarding_flag from feedback where id = ?", Boolean.class, disclosure))
                .isTrue();
        jdbc.update(
                "update feedback set submitted_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofHours(1))),
                disclosure);

        digests.sendAll(now);
        digests.sendAll(now.plus(Duration.ofMinutes(5)));
        sender.sendQueued();

        List<MimeMessage> toKim = receivedBy(KIM);
        assertThat(toKim).as("one digest, even though the job ran twice").hasSize(1);
        assertThat(receivedBy(CHRIS)).as("switched off").isEmpty();
        assertThat(receivedBy(NIA))
                .as("nothing new, due or overdue for NHS services: no e-mail")
                .isEmpty();
        assertThat(receivedBy("safeguarding.lead@example.org"))
                .as("the alert went through the outbox")
                .hasSize(1);

        MimeMessage digest = toKim.getFirst();
        String subject = digest.getSubject();
        String body = ((String) digest.getContent()).replace("\r\n", "\n");
        Files.createDirectories(RECEIVED_DIGEST.getParent());
        Files.writeString(
                RECEIVED_DIGEST,
                "From: " + digest.getFrom()[0] + "\nTo: " + digest.getAllRecipients()[0] + "\nSubject: " + subject
                        + "\n\n" + body);

        assertThat(digest.getFrom()[0].toString()).isEqualTo("portal@example.org");
        assertThat(subject)
                .isEqualTo(
                        "Feedback digest for " + DAY.format(today) + ": 2 new, 1 due within 5 working days, 1 overdue");
        assertThat(body)
                .contains("Hello Kim Council,")
                .contains("New feedback since " + DAY.format(workingDayBefore(today)) + " at 00:00: 2\n")
                .contains("Replies due within 5 working days (by " + DAY.format(workingDays.after(today, 5)) + "): 1\n")
                .contains("Overdue replies (past their reply-by date, no reply sent): 1\n")
                .contains("- " + name(first)
                        + ": 1 new. This service in your inbox: https://feedback.example.org/staff/inbox?service="
                        + first.id())
                .contains("- " + code(dueSoon) + ", " + name(first) + ", reply by "
                        + DAY.format(workingDays.after(today, 3)) + ": https://feedback.example.org/staff/feedback/"
                        + dueSoon)
                .contains("- " + code(overdue) + ", " + name(second) + ", was due " + DAY.format(today.minusDays(5))
                        + ": https://feedback.example.org/staff/feedback/" + overdue)
                .contains("https://feedback.example.org/staff/settings")
                .doesNotContain(
                        RESIDENT_WORDS,
                        RESIDENT_ADDRESS,
                        "Dad kicks",
                        code(notDueYet),
                        code(overdueButAnswered),
                        code(disclosure),
                        code(newOne),
                        code(newTwo));

        // Chris switches it on again: the next working day's digest reaches him (the overdue item still is).
        SignedIn.as(CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        settings.save(true, CHRIS);
        LocalDate nextDay = workingDays.after(today, 1);
        digests.sendAll(nextDay.atTime(7, 0).atZone(WorkingDays.UK).toInstant());
        sender.sendQueued();
        assertThat(receivedBy(CHRIS))
                .singleElement()
                .extracting(this::subjectOf)
                .asString()
                .isEqualTo("Feedback digest for " + DAY.format(nextDay) + ": 0 new, 1 due within 5 working days, "
                        + "1 overdue");
        assertThat(receivedBy(KIM)).as("one a day").hasSize(2);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void aDigestThatFailsShowsAsFailedOnTheOutboxScreenAndRetrySendsIt() throws Exception {
        SignedIn.as(LDA_COMMISSIONER, Roles.COMMISSIONER);
        settings.save(true, LEE);
        // A day in the past, so the other test's days (ahead of today) are untouched by this run.
        LocalDate day = workingDays.after(LocalDate.now(WorkingDays.UK).minusDays(120), 1);
        Instant at = day.atTime(7, 0).atZone(WorkingDays.UK).toInstant();
        long overdue =
                submitted(fixtures.serviceOf(Team.LDA), "Nobody came", at.minus(Duration.ofDays(20)), day.minusDays(5));

        smtp.stop();
        digests.sendAll(at);
        sender.sendQueued();
        long messageId = jdbc.queryForObject(
                "select id from outgoing_email where to_address = ? and kind = ?", Long.class, LEE, "DAILY_DIGEST");
        assertThat(jdbc.queryForObject("select attempts from outgoing_email where id = ?", Integer.class, messageId))
                .isEqualTo(1);

        SignedIn.as(ADMIN, Roles.ADMIN);
        navigate(OutboxView.class);
        long failed = countWhere("sent_at is null and attempts > 0");
        long sent = countWhere("sent_at is not null");
        Select<?> show = find(Select.class).withLabel("Show").single();
        test(show).selectItem("Failed (" + failed + ")");
        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo((int) failed);
        int row = rowTo(grid, LEE);
        assertThat(cell(grid, row, "State")).isEqualTo("Failed");
        assertThat(cell(grid, row, "What")).isEqualTo("Daily digest");
        assertThat(cell(grid, row, "Subject"))
                .startsWith("Feedback digest for " + DAY.format(day))
                .contains("1 overdue");
        assertThat(cell(grid, row, "Failed attempts")).isEqualTo("1");
        assertThat(cell(grid, row, "Last error")).isNotBlank();
        assertThat(receivedBy(LEE)).isEmpty();

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Button retry = (Button) test(grid).getCellComponent(row, column(grid, "Action"));
        assertThat(retry.getAriaLabel()).contains("Retry message " + messageId);
        test(retry).click();

        assertThat(find(Paragraph.class).withId("outbox-result").single().getText())
                .isEqualTo("Message " + messageId + " was sent.");
        assertThat(receivedBy(LEE))
                .singleElement()
                .extracting(this::bodyOf)
                .asString()
                .contains("https://feedback.example.org/staff/feedback/" + overdue);
        assertThat(test(grid).size()).as("no longer failed").isEqualTo((int) failed - 1);
        assertThat(test(show).getSuggestions()).contains("Failed (" + (failed - 1) + ")", "Sent (" + (sent + 1) + ")");
        test(show).selectItem("Sent (" + (sent + 1) + ")");
        row = rowTo(grid, LEE);
        assertThat(cell(grid, row, "State")).isEqualTo("Sent");
        assertThat(cell(grid, row, "Failed attempts")).isEqualTo("1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'outbox.retry' "
                                + "and object_id = ? and actor = ?",
                        Integer.class,
                        String.valueOf(messageId),
                        ADMIN))
                .isEqualTo(1);
        sender.sendQueued();
        assertThat(receivedBy(LEE)).as("never sent twice").hasSize(1);
    }

    /** Children's services that the council commissions alone: the NHS commissioner does not cover them. */
    private List<ServiceSummary> councilOnlyChildrensServices() {
        List<Long> ids = jdbc.queryForList("""
                select s.id from commissioned_service s join organisation o on o.id = s.commissioner_id
                where s.team = 'CHILDRENS' and o.code = 'KCC' and s.jointly_commissioned = false and s.active = true
                order by s.id""", Long.class);
        assertThat(ids).as("the council commissions children's services alone").isNotEmpty();
        return ids.stream().limit(2).map(id -> fixtures.serviceNamed(name(id))).toList();
    }

    /** Feedback about the service, made to look as if it arrived then and must be replied to by then. */
    private long submitted(ServiceSummary service, String words, Instant arrived, LocalDate replyBy) {
        long id =
                id(submissions.submit(fixtures.youngPersonAbout(service, words)).referenceCode());
        jdbc.update(
                "update feedback set submitted_at = ?, received_at = ?, reply_by = ? where id = ?",
                Timestamp.from(arrived),
                Timestamp.from(arrived),
                Date.valueOf(replyBy),
                id);
        return id;
    }

    /** A first digest covers what came in since the start of the working day before. */
    private LocalDate workingDayBefore(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (!workingDays.isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return before;
    }

    private static Instant longAgo(Instant now) {
        return now.minus(Duration.ofDays(200));
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String bodyOf(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int rowTo(Grid<?> grid, String recipient) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (recipient.equals(cell(grid, row, "To"))) {
                return row;
            }
        }
        throw new AssertionError("No message to " + recipient + " on the outbox screen");
    }

    private String cell(Grid<?> grid, int row, String header) {
        return test(grid).getCellText(row, column(grid, header));
    }

    private int column(Grid<?> grid, String header) {
        for (int column = 0; column < grid.getColumns().size(); column++) {
            if (header.equals(test(grid).getHeaderCell(column))) {
                return column;
            }
        }
        throw new AssertionError("No column " + header);
    }

    private long countWhere(String condition) {
        return jdbc.queryForObject("select count(*) from outgoing_email where " + condition, Long.class);
    }

    private long id(String referenceCode) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, referenceCode);
    }

    private String code(long feedbackId) {
        return jdbc.queryForObject("select reference_code from feedback where id = ?", String.class, feedbackId);
    }

    private String name(ServiceSummary service) {
        return service.name();
    }

    private String name(long serviceId) {
        return jdbc.queryForObject("select name from commissioned_service where id = ?", String.class, serviceId);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
