package uk.coproduction.portal.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = "test.audit.admin", roles = Roles.ADMIN)
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    @Autowired
    AuditSearch search;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSearchesTheAuditLogNewestFirst() {
        String marker = "v-" + UUID.randomUUID().toString().substring(0, 12);
        auditLog.record("theme.added", marker, 7, "older");
        auditLog.record("theme.changed", marker, 7, "newer");

        navigate(AuditView.class);
        assertThat(find(H1.class).withText("Audit log").exists()).isTrue();

        test(find(TextField.class).withLabel("Object type").single()).setValue(marker);
        test(find(TextField.class).withLabel("Item (reference code or id)").single())
                .setValue("7");
        test(find(Button.class).withText("Search").single()).click();

        @SuppressWarnings("unchecked")
        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("system");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("theme.changed");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo(marker + " 7");
        assertThat(test(grid).getCellText(1, 5)).isEqualTo("older");
        assertThat(find(Button.class).withText("Delete").exists()).isFalse();
        assertThat(find(Button.class).withText("Edit").exists()).isFalse();

        test(find(TextField.class).withLabel("Action").single()).setValue("changed");
        test(find(Button.class).withText("Search").single()).click();
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void aToDateBeforeTheFromDateIsShownAtTheField() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        navigate(AuditView.class);
        test(find(DatePicker.class).withLabel("From").single()).setValue(today);
        DatePicker to = find(DatePicker.class).withLabel("To").single();
        test(to).setValue(today.minusDays(1));
        test(find(Button.class).withText("Search").single()).click();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Choose a \"to\" date on or after the \"from\" date");
    }

    @Test
    @WithMockUser(username = "test.children", roles = Roles.COMMISSIONER)
    void aCommissionerCannotOpenTheAuditLog() {
        navigate("staff/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat(find(H1.class).withText("Audit log").exists()).isFalse();
    }

    @Test
    void anAdministratorFiltersByPersonAndDateExportsCsvAndChecksTheChain() throws Exception {
        String person = "test.audit.person." + UUID.randomUUID().toString().substring(0, 6);
        auditLog.recordAs(person, "feedback.opened", "feedback", 101, "first look");
        auditLog.recordAs(person, "EXPORT", "FEEDBACK_ROWS", null, "=HYPERLINK(\"http://example.org\") 3 rows");
        auditLog.recordAs("someone.else", "feedback.opened", "feedback", 101, "not theirs");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));

        navigate(AuditView.class);
        test(find(TextField.class).withLabel("Who (username)").single()).setValue(person);
        test(find(DatePicker.class).withLabel("From").single()).setValue(today);
        test(find(DatePicker.class).withLabel("To").single()).setValue(today);
        test(find(Button.class).withText("Search").single()).click();
        @SuppressWarnings("unchecked")
        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("EXPORT");
        assertThat(test(grid).getCellText(1, 3)).isEqualTo("feedback.opened");

        // Yesterday's log has none of them.
        test(find(DatePicker.class).withLabel("From").single()).setValue(today.minusDays(1));
        test(find(DatePicker.class).withLabel("To").single()).setValue(today.minusDays(1));
        test(find(Button.class).withText("Search").single()).click();
        assertThat(test(grid).size()).isZero();
        test(find(DatePicker.class).withLabel("From").single()).setValue(today);
        test(find(DatePicker.class).withLabel("To").single()).setValue(today);

        test(find(Button.class).withText("Export these lines as CSV").single()).click();
        assertThat(find(Anchor.class)
                        .withText("Download audit-log-" + today + ".csv")
                        .exists())
                .isTrue();
        // The file holds what the filter found, oldest first, with a formula neutralised as every export does.
        byte[] csv = search.exportCsv(new AuditQuery(person, null, null, null, today, today));
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFentry,when (UK time),who,action,object type,object,details,entry hash");
        assertThat(lines.get(1)).contains(person + ",feedback.opened,feedback,101,first look,");
        assertThat(lines.get(2)).contains(",\"'=HYPERLINK(\"\"http://example.org\"\") 3 rows\",");
        // The export itself is in the log, with its filter and size.
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_event WHERE action = 'audit.exported'"
                                + " ORDER BY seq DESC LIMIT 1",
                        String.class))
                .isEqualTo("CSV, 2 rows; filter: who " + person + ", from " + today + ", to " + today);

        test(find(Button.class).withText("Check the chain").single()).click();
        assertThat(find(Paragraph.class).withId("audit-chain-result").single().getText())
                .matches("Chain intact up to entry [0-9,]+ \\([0-9,]+ entries checked\\)\\.");
    }

    @Test
    void anItemIsFoundByItsReferenceCode() {
        String service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 1, "GOOD");
        long id = jdbc.queryForObject(
                "SELECT MAX(f.id) FROM feedback f JOIN commissioned_service s"
                        + " ON s.id = f.service_id WHERE s.code = ?",
                Long.class,
                service);
        String code = jdbc.queryForObject("SELECT reference_code FROM feedback WHERE id = ?", String.class, id);
        auditLog.recordAs("test.audit.item", "feedback.opened", "feedback", id, "by code");
        assertThat(search.count(new AuditQuery("test.audit.item", null, null, code.toLowerCase(), null, null)))
                .isEqualTo(1);
    }
}
