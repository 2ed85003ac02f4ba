package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.imports.CsvImportService;
import uk.coproduction.portal.imports.CsvTemplate;
import uk.coproduction.portal.imports.ImportProgress;
import uk.coproduction.portal.imports.ImportResult;
import uk.coproduction.portal.security.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A paper form imported months after it was filled in reads "Received late" where "Overdue" would show (0039). */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReceivedLateInTheWorkspaceTest extends SpringBrowserlessTest {

    @Autowired
    CsvImportService imports;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerSeesAnOldPaperFormAsReceivedLateNotOverdue() {
        String words = "Old paper form " + UUID.randomUUID();
        LocalDate formDate = LocalDate.now(WorkingDays.UK).minusMonths(6);
        String csv = String.join(",", CsvTemplate.header()) + "\r\nSHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER,"
                + formDate + ",good,,,,,,\"" + words + "\",\r\n";
        ImportResult result = imports.importGoodRows(
                "old " + words + ".csv", csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        long id = jdbc.queryForObject(
                "select feedback_id from import_row where batch_id = ?", Long.class, result.batchId());

        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        assertThat(find(Span.class).withText("Received late").exists())
                .as("beside the reply-by date")
                .isTrue();
        assertThat(find(Span.class).withText("Overdue").exists()).isFalse();
    }
}
