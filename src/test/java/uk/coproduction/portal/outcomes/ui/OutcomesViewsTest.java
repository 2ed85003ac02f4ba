package uk.coproduction.portal.outcomes.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.evidence.EvidenceFixtures;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.security.ui.StaffHomeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class OutcomesViewsTest extends SpringBrowserlessTest {

    static final String ADMIN = "test.outcomes.page-admin";
    static final String BOARD = "test.outcomes.page-board";

    @Autowired
    TestAccounts accounts;
    @Autowired
    EvidenceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Addie Admin", null, Set.of(Roles.ADMIN));
        accounts.ensure(BOARD, "Bobbie Board", null, Set.of(Roles.BOARD));
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void administratorEntersTheLatestValueOfAnIndicatorAndTheDashboardSaysWhetherItIsMet() {
        navigate(StaffHomeView.class);
        test(find(RouterLink.class).withText("Outcome figures").single()).click();
        assertThat(find(H1.class).withText("Outcome figures").exists()).isTrue();
        choose("Families referred to Portage who have a home learning plan within 6 weeks");

        test(find(BigDecimalField.class).withLabel("Target").single()).setValue(new BigDecimal("90"));
        test(find(BigDecimalField.class).withLabel("Latest value").single()).setValue(new BigDecimal("93.5"));
        test(find(TextField.class).withLabel("Period it refers to").single()).setValue("2026-27 Q2");
        test(find(DatePicker.class).withLabel("Date of the figure").single()).setValue(LocalDate.of(2026, 10, 15));
        test(find(TextArea.class).withLabel("Source").single()).setValue("Portage service quarterly return");
        test(find(Button.class).withText("Save figures").single()).click();

        assertThat(find(Paragraph.class).withText(
                "Saved \"Families referred to Portage who have a home learning plan within 6 weeks\": Target met.").exists()).isTrue();

        open(OutcomesDashboardView.class, Map.of("service", "PORTAGE"));
        assertThat(find(H1.class).withText("Outcomes and what people say").exists()).isTrue();
        assertThat(cellTexts()).contains("At least 90%", "Target met")
                .anySatisfy(text -> assertThat(text).startsWith("93.5% for 2026-27 Q2 (as of ")
                        .endsWith("; source: Portage service quarterly return)"));
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void aLatestValueWithoutItsPeriodIsRefusedAtTheFieldAndWhatWasTypedIsKept() {
        navigate(OutcomesEditView.class);
        choose("Children and young people referred to CAMHS seen within 18 weeks");
        TextField period = find(TextField.class).withLabel("Period it refers to").single();
        test(period).setValue("");
        test(find(BigDecimalField.class).withLabel("Latest value").single()).setValue(new BigDecimal("77"));
        test(find(TextArea.class).withLabel("Source").single()).setValue("KMPT report");
        test(find(DatePicker.class).withLabel("Date of the figure").single()).setValue(LocalDate.of(2026, 9, 30));

        test(find(Button.class).withText("Save figures").single()).click();

        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("Enter the period the latest value refers to");
        assertThat(find(Button.class).withText("Enter the period the latest value refers to").exists())
                .as("in the error summary").isTrue();
        assertThat(find(BigDecimalField.class).withLabel("Latest value").single().getValue()).isEqualByComparingTo("77");
        assertThat(find(TextArea.class).withLabel("Source").single().getValue()).isEqualTo("KMPT report");
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aBoardMemberSeesAnIndicatorBesideTheVoicesForItsServicesWithSmallNumbersInWords() {
        String service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 8, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-05 11:00:00", 2, "OK");
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into outcome_indicator (code, outcome_id, title, target_value, target_unit, direction)
                values (?, (select id from cyp_outcome where position = 7), 'Young people with a test plan', 75, '%', 'AT_LEAST')""", code);
        jdbc.update("""
                insert into outcome_indicator_service (indicator_id, service_id)
                values ((select id from outcome_indicator where code = ?), (select id from commissioned_service where code = ?))""",
                code, service);

        open(OutcomesDashboardView.class, Map.of("service", service, "from", "2026-Q4", "to", "2026-Q4"));

        assertThat(find(RouterLink.class).withText("Outcome figures").exists()).as("administrators only").isFalse();
        assertThat(find(com.vaadin.flow.component.html.NativeTableHeaderCell.class).withText("Young people with a test plan").exists()).isTrue();
        assertThat(cellTexts()).contains("At least 75%", "No value yet");
        assertThat(find(ListItem.class).withText("Evidence test " + service + ": 10 pieces of feedback, 100% positive").exists()).isTrue();
        assertThat(find(ComboBox.class).withLabel("From quarter").single().getValue()).hasToString("2026-Q4");
    }

    private void choose(String title) {
        @SuppressWarnings("unchecked")
        ComboBox<Indicator> chooser = find(ComboBox.class).withLabel("Indicator or objective to update").single();
        Indicator indicator = chooser.getListDataView().getItems().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        test(chooser).selectItem(chooser.getItemLabelGenerator().apply(indicator));
    }

    private java.util.List<String> cellTexts() {
        return find(NativeTableCell.class).all().stream().map(NativeTableCell::getText).toList();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionersTeamPickerOffersOnlyTheirTeamAndSaysSo() {
        open(OutcomesDashboardView.class, java.util.Map.of("team", "LDA"));
        ComboBox<?> team = find(ComboBox.class).withLabel("Team").single();
        assertThat(team.getPlaceholder()).isEqualTo("All you can see (Children, young people and SEND)");
        assertThat(team.getValue()).as("a link to another team's figures shows their own").isNull();
        assertThat(team.getListDataView().getItems().map(Object::toString).toList()).containsExactly("CHILDRENS");
    }

    /** Opens a page with a filter in its URL, as a shared link would. */
    private void open(Class<? extends com.vaadin.flow.component.Component> page, java.util.Map<String, String> query) {
        navigate(StaffHomeView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(page, com.vaadin.flow.router.QueryParameters.simple(query));
    }
}
