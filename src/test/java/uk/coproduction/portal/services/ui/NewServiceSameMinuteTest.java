package uk.coproduction.portal.services.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.feedback.ui.StartFeedbackView;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.PlansView;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, done when: an administrator adds a service and a new plan year on their screens, and a resident gives
 * feedback about the new service the same minute, with no restart and nothing cached in between.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.ADMIN, roles = Roles.ADMIN)
class NewServiceSameMinuteTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    private String heading() {
        return find(H1.class).single().getText();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return find(Select.class).withLabel(label).single();
    }

    private void continueOn() {
        test(find(Button.class).withText("Continue").single()).click();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> choices() {
        return find(RadioButtonGroup.class).single();
    }

    @Test
    void anAdministratorAddsAServiceAndAPlanYearAndAResidentGivesFeedbackAboutTheServiceTheSameMinute() {
        String word = "Zephyr" + UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        String name = "Zephyr " + word + " after-school club";
        Instant started = Instant.now();

        // The administrator adds the service; a first try with fields missing keeps what was typed.
        navigate(ServiceRegisterView.class);
        test(find(Button.class).withText("Add a service").single()).click();
        TextField nameField = find(TextField.class).withLabel("Service name").single();
        test(nameField).setValue(name);
        test(find(Button.class).withText("Add the service").single()).click();
        TextArea description =
                find(TextArea.class).withLabel("What the service does").single();
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Enter what the service does");
        assertThat(find(ErrorSummary.class).single().isVisible()).isTrue();
        assertThat(nameField.getValue()).isEqualTo(name);

        test(description).setValue("An after-school club for children with SEND.");
        test(select("Commissioning team")).selectItem("Children, young people and SEND");
        test(select("Kind of service")).selectItem("Clubs and short breaks");
        test(find(TextField.class).withLabel("Who the service is for").single()).setValue("Children aged 5 to 11");
        test(select("Lead commissioner")).selectItem("Kent County Council");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> areas =
                find(CheckboxGroup.class).withLabel("Areas it covers").single();
        test(areas).selectItem("East Kent");
        test(select("Commissioning cycle stage")).selectItem("Do");
        test(find(Button.class).withText("Add the service").single()).click();
        assertThat(find(NativeTableHeaderCell.class).withText(name).exists()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'service.added' and details like ?",
                        Long.class,
                        name + ";%"))
                .isEqualTo(1);

        // And a new plan year, copied from the delivery plan, with an action added to it.
        String planTitle = jdbc.queryForObject("select title from plan where code = 'JCDP_2020_21'", String.class);
        String period = "2030-31 " + word;
        navigate(PlansView.class);
        test(select("Copy from")).selectItem(planTitle + " (2020-21)");
        test(find(TextField.class).withLabel("Plan year").single()).setValue(period);
        test(find(Button.class).withText("Create the plan year").single()).click();
        assertThat(heading()).isEqualTo(planTitle);
        test(find(Button.class).withText("Add an action under outcome 1.1").single())
                .click();
        test(find(TextArea.class).withLabel("Title").single()).setValue("Run a holiday club pilot");
        test(find(TextField.class).withLabel("Owner").single()).setValue("Head of short breaks");
        test(find(TextField.class).withLabel("Timescale").single()).setValue("By summer 2031");
        test(find(Button.class).withText("Add the action").single()).click();
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.period = ? and a.title = 'Run a holiday club pilot' and a.status = 'NOT_STARTED'
                """, Long.class, period)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id where p.period = ?
                """, Long.class, period)).isGreaterThan(20);

        // A resident, signed in as nobody, finds the new service by a word of its name and sends feedback about it.
        SecurityContextHolder.clearContext();
        navigate(StartFeedbackView.class);
        test(find(Button.class).withText("Start").single()).click();
        assertThat(heading()).isEqualTo("Which service is it about?");
        test(find(TextField.class).withLabel("Type a word about the service").single())
                .setValue(word);
        // Choosing it by its name fails the test unless the chooser offers it.
        test(choices()).selectItem(name);
        continueOn();
        continueOn(); // where they live: optional
        test(choices()).selectItem("A parent or carer");
        continueOn();
        for (int i = 0; i < 6; i++) {
            test(choices()).selectItem("Good");
            continueOn();
        }
        continueOn(); // one thing to change: optional
        test(choices()).selectItem("No, thank you");
        continueOn();
        test(find(Button.class).withText("Send my feedback").single()).click();
        assertThat(heading()).isEqualTo("Thank you. We have your feedback.");

        String reference = find(Span.class).withId("reference-code").single().getText();
        assertThat(jdbc.queryForObject(
                        "select s.name from feedback f join commissioned_service s on s.id = f.service_id"
                                + " where f.reference_code = ?",
                        String.class,
                        reference))
                .isEqualTo(name);
        Timestamp received = jdbc.queryForObject(
                "select submitted_at from feedback where reference_code = ?", Timestamp.class, reference);
        assertThat(Duration.between(started, received.toInstant())).isLessThan(Duration.ofMinutes(1));
    }
}
