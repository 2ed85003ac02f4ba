package uk.coproduction.portal.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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

    @Test
    void anAdministratorSearchesTheAuditLogNewestFirst() {
        String marker = "v-" + UUID.randomUUID().toString().substring(0, 12);
        auditLog.record("theme.added", marker, 7, "older");
        auditLog.record("theme.changed", marker, 7, "newer");

        navigate(AuditView.class);
        assertThat(find(H1.class).withText("Audit log").exists()).isTrue();

        test(find(TextField.class).withLabel("Object type").single()).setValue(marker);
        test(find(TextField.class).withLabel("Object id").single()).setValue("7");
        test(find(Button.class).withText("Search").single()).click();

        @SuppressWarnings("unchecked")
        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("system");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("theme.changed");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(marker + " 7");
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("older");
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
        navigate("staff/audit", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat(find(H1.class).withText("Audit log").exists()).isFalse();
    }
}
