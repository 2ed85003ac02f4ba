package uk.coproduction.portal.services.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.OrganisationEntry;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The services register screen: a date it cannot read is never saved as "no date"; retiring asks first. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.ADMIN, roles = Roles.ADMIN)
class ServiceRegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return find(Select.class).withLabel(label).single();
    }

    private void fillIn(String name) {
        test(find(TextField.class).withLabel("Service name").single()).setValue(name);
        test(find(TextArea.class).withLabel("What the service does").single()).setValue("Support at home.");
        test(select("Commissioning team")).selectItem("Learning disability and autism");
        test(select("Kind of service")).selectItem("Home, care and support");
        test(find(TextField.class).withLabel("Who the service is for").single())
                .setValue("Adults with a learning disability");
        test(select("Lead commissioner")).selectItem("NHS Kent and Medway");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> areas =
                find(CheckboxGroup.class).withLabel("Areas it covers").single();
        test(areas).selectItem("West Kent");
        test(select("Commissioning cycle stage")).selectItem("Plan");
    }

    private long saved(String name) {
        return jdbc.queryForObject("select count(*) from commissioned_service where name = ?", Long.class, name);
    }

    /** Typing into a date field as the browser reports it: the words typed, and the value they read as. */
    private static final class TypedDate extends ComponentTester<ContractDateField> {

        TypedDate(ContractDateField field) {
            super(field);
        }

        /**
         * Words the field cannot read: the browser keeps them in the field and sends an empty value, which reaches
         * the field as a model value from the client (what DatePicker's own value synchronisation calls).
         */
        void type(String words) {
            getComponent().getElement().setProperty("_inputElementValue", words);
            try {
                Method fromClient = DatePicker.class.getDeclaredMethod("setModelValue", LocalDate.class, boolean.class);
                fromClient.setAccessible(true);
                fromClient.invoke(getComponent(), null, true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        void pick(LocalDate date) {
            setValueAsUser(date);
        }
    }

    @Test
    void aContractDateTheFieldCannotReadIsReportedAndNothingIsSavedWithoutIt() {
        String name = "Home support " + UUID.randomUUID().toString().substring(0, 6);
        navigate(ServiceRegisterView.class);
        test(find(Button.class).withText("Add a service").single()).click();
        fillIn(name);
        ContractDateField end = find(ContractDateField.class)
                .withLabel("Contract end (optional)")
                .single();
        new TypedDate(end).type("end of next March");

        test(find(Button.class).withText("Add the service").single()).click();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage())
                .isEqualTo("Enter the date as day/month/year, for example 31/03/2027, or leave it empty");
        assertThat(find(TextField.class).withLabel("Service name").single().getValue())
                .isEqualTo(name);
        assertThat(saved(name)).isZero();

        end.getElement().setProperty("_inputElementValue", "31/03/2027");
        new TypedDate(end).pick(LocalDate.of(2027, 3, 31));
        test(find(Button.class).withText("Add the service").single()).click();

        assertThat(saved(name)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select contract_end from commissioned_service where name = ?", LocalDate.class, name))
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void retiringAsksFirstThenShowsTheServiceAsRetiredAndResidentsNoLongerSeeIt() {
        String name = "Day opportunities " + UUID.randomUUID().toString().substring(0, 6);
        navigate(ServiceRegisterView.class);
        test(find(Button.class).withText("Add a service").single()).click();
        fillIn(name);
        test(find(Button.class).withText("Add the service").single()).click();
        assertThat(catalogue.activeServices()).extracting(ServiceSummary::name).contains(name);

        test(find(Button.class).withText("Retire " + name).single()).click();
        test(find(Button.class).withText("Retire the service").single()).click();

        NativeTableRow row = (NativeTableRow) find(NativeTableHeaderCell.class)
                .withText(name)
                .single()
                .getParent()
                .orElseThrow();
        assertThat(row.getChildren()
                        .filter(NativeTableCell.class::isInstance)
                        .map(c -> ((NativeTableCell) c).getText()))
                .contains("Retired");
        assertThat(find(Button.class).withText("Reinstate " + name).exists()).isTrue();
        assertThat(catalogue.activeServices()).extracting(ServiceSummary::name).doesNotContain(name);

        // Changing it shows everything as saved.
        test(find(Button.class).withText("Change " + name).single()).click();
        assertThat(find(TextField.class).withLabel("Service name").single().getValue())
                .isEqualTo(name);
        assertThat(this.<OrganisationEntry>select("Lead commissioner")
                        .getValue()
                        .name())
                .isEqualTo("NHS Kent and Medway");
        assertThat(this.<Object>select("Commissioning cycle stage").getValue()).hasToString("PLAN");
    }
}
