package uk.coproduction.portal.notifications;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.mail.MessageKind;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Team;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Writes each commissioner's daily digest into the outbox, which sends it like every other notice. One person at a
 * time, each in their own transaction with their settings row locked: the day's run is recorded with the e-mail, so
 * a second run on the same day (a restart, or a second instance) tells nobody twice.
 */
@Component
class DailyDigests {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigests.class);
    /** The working days ahead that count as "due soon". */
    static final int DUE_WITHIN_WORKING_DAYS = 5;

    record Commissioner(
            long id,
            String username,
            String name,
            @Nullable String email,
            @Nullable Team team,
            @Nullable Long organisationId) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ServiceScope scope;
    private final WorkingDays workingDays;
    private final DigestQuery query;
    private final DigestEmail email;
    private final Outbox outbox;

    DailyDigests(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ServiceScope scope,
            WorkingDays workingDays,
            DigestQuery query,
            DigestEmail email,
            Outbox outbox) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.scope = scope;
        this.workingDays = workingDays;
        this.query = query;
        this.email = email;
        this.outbox = outbox;
    }

    /** @return how many digests were queued (none on a day that is not a working day) */
    int sendAll(Instant now) {
        LocalDate today = now.atZone(WorkingDays.UK).toLocalDate();
        if (!workingDays.isWorkingDay(today)) {
            return 0;
        }
        int queued = 0;
        for (Commissioner commissioner : commissioners()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> digestFor(commissioner, now, today)))) {
                queued++;
            }
        }
        LOG.info("Daily digest: {} e-mails queued", queued);
        return queued;
    }

    private List<Commissioner> commissioners() {
        return jdbc.sql("""
                        SELECT a.id, a.username, a.display_name, a.email, a.team, a.organisation_id
                        FROM staff_account a JOIN staff_account_role r ON r.account_id = a.id AND r.role = :role
                        WHERE a.enabled = TRUE ORDER BY a.id
                        """)
                .param("role", Roles.COMMISSIONER)
                .query((rs, n) -> new Commissioner(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5) == null ? null : Team.valueOf(rs.getString(5)),
                        rs.getObject(6) == null ? null : rs.getLong(6)))
                .list();
    }

    private boolean digestFor(Commissioner person, Instant now, LocalDate today) {
        jdbc.sql("INSERT IGNORE INTO staff_notification_setting (account_id) VALUES (:id)")
                .param("id", person.id())
                .update();
        Setting setting = jdbc.sql("""
                        SELECT daily_digest, digest_covered_until, digest_last_run_on
                        FROM staff_notification_setting WHERE account_id = :id FOR UPDATE
                        """)
                .param("id", person.id())
                .query((rs, n) -> new Setting(
                        rs.getBoolean(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .single();
        if (today.equals(setting.lastRunOn())) {
            return false;
        }
        // Covered even when switched off: switching it on again starts from then, not from months ago.
        jdbc.sql("""
                        UPDATE staff_notification_setting SET digest_covered_until = :now, digest_last_run_on = :today
                        WHERE account_id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("today", Date.valueOf(today))
                .param("id", person.id())
                .update();
        if (!setting.dailyDigest()) {
            return false;
        }
        if (person.email() == null || person.email().isBlank()) {
            LOG.info("No daily digest for staff account {}: no e-mail address", person.id());
            return false;
        }
        Set<Long> services = scope.commissionedBy(new StaffIdentity(
                person.id(),
                person.username(),
                person.name(),
                person.team(),
                Set.of(Roles.COMMISSIONER),
                person.organisationId()));
        if (services.isEmpty()) {
            return false;
        }
        Instant since = setting.coveredUntil() != null ? setting.coveredUntil() : startOfPreviousWorkingDay(today);
        Digest digest = query.digestFor(
                person.name(), services, since, now, today, workingDays.after(today, DUE_WITHIN_WORKING_DAYS));
        if (digest.nothingToSay()) {
            return false;
        }
        DigestEmail.Message message = email.compose(digest);
        outbox.queueStaffNotice(MessageKind.DAILY_DIGEST, null, person.email(), message.subject(), message.body());
        return true;
    }

    /** A first digest covers what came in since the start of the last working day. */
    private Instant startOfPreviousWorkingDay(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (!workingDays.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day.atStartOfDay(WorkingDays.UK).toInstant();
    }

    private record Setting(
            boolean dailyDigest,
            @Nullable Instant coveredUntil,
            @Nullable LocalDate lastRunOn) {}
}
