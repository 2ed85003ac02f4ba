package uk.coproduction.portal.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Keeps personal data no longer than needed, every night:
 * contact details go once an item has been closed for 30 days (configurable), and the person's own words
 * (comment, change wanted, "tell us more" comments, the moderated quote) go once the feedback is 3 years old
 * (configurable). Ratings, service, area, group, age band, channel, dates, themes and links stay, so the figures
 * still count it. Items under safeguarding are left alone: the safeguarding record is kept on its own terms.
 * What was done is written to the audit log as "system".
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private static final String HAS_CONTACT =
            "(f.contact_email IS NOT NULL OR f.contact_phone IS NOT NULL OR f.contact_advocate IS NOT NULL)";
    private static final String CLOSED_BEFORE = "f.status = 'CLOSED' AND f.safeguarding_flag = FALSE AND EXISTS"
            + " (SELECT 1 FROM feedback_status_change c WHERE c.feedback_id = f.id AND c.to_status = 'CLOSED'"
            + " AND c.changed_at < ?)";
    private static final String HAS_WORDS = "(f.comment IS NOT NULL OR f.change_wanted IS NOT NULL"
            + " OR f.quote_text IS NOT NULL"
            + " OR EXISTS (SELECT 1 FROM feedback_answer_comment a WHERE a.feedback_id = f.id))";
    private static final String SUBMITTED_BEFORE = "f.submitted_at < ? AND f.safeguarding_flag = FALSE";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration contactAfterClosed;
    private final Period wordsAfter;

    RetentionJob(
            JdbcTemplate jdbc,
            AuditLog audit,
            Clock clock,
            @Value("${portal.retention.contact-after-closed:30d}") Duration contactAfterClosed,
            @Value("${portal.retention.words-after:3y}") Period wordsAfter) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.contactAfterClosed = contactAfterClosed;
        this.wordsAfter = wordsAfter;
    }

    /** What one run removed. */
    public record RetentionResult(int contactDetailsRemoved, int wordsRemoved) {}

    /** The nightly run, on one instance at a time (decision 0031). */
    @Scheduled(cron = "${portal.retention.cron:0 30 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention")
    @Transactional
    public void applyRetentionOnSchedule() {
        applyRetention();
    }

    @Transactional
    public RetentionResult applyRetention() {
        Instant now = clock.instant();
        int contacts = removeContactDetails(Timestamp.from(now.minus(contactAfterClosed)));
        int words = removeWords(
                Timestamp.from(now.atZone(ZoneOffset.UTC).minus(wordsAfter).toInstant()));
        if (contacts > 0 || words > 0) {
            audit.record(
                    "retention.applied",
                    "feedback",
                    null,
                    "contact details removed from " + contacts
                            + " items closed more than " + contactAfterClosed.toDays() + " days; words removed from "
                            + words
                            + " items sent more than " + wordsAfter + " ago");
            LOG.info("Retention: contact details removed from {} items, words from {} items", contacts, words);
        }
        return new RetentionResult(contacts, words);
    }

    private int removeContactDetails(Timestamp closedBefore) {
        return jdbc.update(
                "UPDATE feedback f SET f.contact_email = NULL, f.contact_phone = NULL,"
                        + " f.contact_advocate = NULL WHERE " + HAS_CONTACT + " AND " + CLOSED_BEFORE,
                closedBefore);
    }

    private int removeWords(Timestamp sentBefore) {
        Integer items = jdbc.queryForObject(
                "SELECT COUNT(*) FROM feedback f WHERE " + SUBMITTED_BEFORE + " AND " + HAS_WORDS,
                Integer.class,
                sentBefore);
        if (items == null || items == 0) {
            return 0;
        }
        jdbc.update(
                "DELETE a FROM feedback_answer_comment a JOIN feedback f ON f.id = a.feedback_id WHERE "
                        + SUBMITTED_BEFORE,
                sentBefore);
        jdbc.update(
                "UPDATE feedback f SET f.comment = NULL, f.change_wanted = NULL, f.quote_text = NULL,"
                        + " f.quote_approved_by = NULL, f.quote_approved_at = NULL, f.quote_proposed_by = NULL,"
                        + " f.quote_proposed_at = NULL, f.quote_words = NULL, f.close_reason = NULL WHERE "
                        + SUBMITTED_BEFORE + " AND "
                        + HAS_WORDS,
                sentBefore);
        return items;
    }
}
