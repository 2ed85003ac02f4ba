package uk.coproduction.portal.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxFilter;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.TriageState;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.security.TestAccounts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper form filled in months ago and imported today keeps its own date for every figure, gets the full reply
 * window from today, and is marked "received late", never "overdue" (decision 0039).
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class PaperFormsReceivedLateTest {

    @Autowired
    CsvImportService imports;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    HeadlineFigures figures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void aPaperFormFromSixMonthsAgoImportedTodayIsReceivedLateNotOverdue() {
        String words = "Paper form from the spring " + UUID.randomUUID();
        LocalDate today = LocalDate.now(WorkingDays.UK);
        LocalDate formDate = today.minusMonths(6);
        String row = "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + formDate.getDayOfMonth() + "/"
                + formDate.getMonthValue() + "/" + formDate.getYear() + ",good,good,ok,,,,\"" + words + "\",";
        long serviceId =
                jdbc.queryForObject("select id from commissioned_service where code = 'SHORT_BREAKS'", Long.class);
        long overdueBefore = figures.forService(serviceId).overdue();

        ImportResult result = imports.importGoodRows(
                "spring forms " + words + ".csv", CsvImportServiceTest.csv(row), ImportProgress.NONE);

        Map<String, Object> stored = jdbc.queryForMap("""
                select f.id, f.submitted_at, f.received_at, f.reply_by, f.received_late, s.reply_within_days
                from import_row r join feedback f on f.id = r.feedback_id
                join commissioned_service s on s.id = f.service_id where r.batch_id = ?""", result.batchId());
        long id = ((Number) stored.get("id")).longValue();
        assertThat(((Timestamp) stored.get("submitted_at")).toLocalDateTime().toLocalDate())
                .as("every figure counts it on the form's date")
                .isEqualTo(formDate);
        assertThat(((Timestamp) stored.get("received_at")).toLocalDateTime().toLocalDate())
                .as("it reached the portal today")
                .isEqualTo(today);
        assertThat(((Date) stored.get("reply_by")).toLocalDate())
                .as("the reply window starts today")
                .isEqualTo(workingDays.after(today, ((Number) stored.get("reply_within_days")).intValue()));

        TriageState state = triage.triageState(id);
        assertThat(state.overdue()).isFalse();
        assertThat(state.receivedLate()).isTrue();

        InboxFilter mine = new InboxFilter(
                null, null, null, null, null, Set.of(), Set.of(), null, null, null, words, false, false);
        List<InboxItem> listed = triage.inbox(mine, 0, 10);
        assertThat(listed).singleElement().satisfies(item -> {
            assertThat(item.overdue()).isFalse();
            assertThat(item.receivedLate()).isTrue();
        });
        InboxFilter overdueOnly =
                new InboxFilter(null, null, null, null, null, Set.of(), Set.of(), null, null, null, words, true, false);
        assertThat(triage.inbox(overdueOnly, 0, 10)).as("not among the overdue").isEmpty();
        assertThat(figures.forService(serviceId).overdue())
                .as("and not counted as overdue")
                .isEqualTo(overdueBefore);
    }

    @Test
    void aPaperFormFromLastWeekIsNotReceivedLate() {
        String words = "Paper form from last week " + UUID.randomUUID();
        String row = "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + CsvImportServiceTest.daysAgo(7)
                + ",good,,,,,,\"" + words + "\",";

        ImportResult result = imports.importGoodRows(
                "last week " + words + ".csv", CsvImportServiceTest.csv(row), ImportProgress.NONE);

        Boolean late = jdbc.queryForObject("""
                select f.received_late from import_row r join feedback f on f.id = r.feedback_id where r.batch_id = ?""", Boolean.class, result.batchId());
        assertThat(late).isFalse();
    }
}
