package uk.coproduction.portal.outcomes.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
    void administratorAddsADatedValueThenCorrectsItAndTheHistoryAndDashboardShowBoth() {
        navigate(StaffHomeView.class);
        test(find(RouterLink.class).withText("Outcome figures").single()).click();
        assertThat(find(H1.class).withText("Outcome figures").exists()).isTrue();
        choose("Families referred to Portage who have a home learning plan within 6 weeks");

        addValue("93.5", LocalDate.of(2026, 10, 15), "2026-27 Q2", "Portage service quarterly return");
        assertThat(find(Paragraph.class)
                        .withText(
                                "Added 93.5% for 2026-27 Q2 to \"Families referred to Portage who have a home learning plan within 6 weeks\".")
                        .exists())
                .isTrue();
        addValue("89", LocalDate.of(2026, 10, 15), "2026-27 Q2", "Portage return, revised");

        assertThat(find(Paragraph.class)
                        .withText(
                                "Saved 89% for 2026-27 Q2 as a correction of 93.5%. The earlier value stays in the history.")
                        .exists())
                .isTrue();
        assertThat(cellTexts())
                .as("the history table keeps both")
                .contains("93.5%", "89%", "Correction of 93.5%")
                .anySatisfy(text -> assertThat(text).startsWith("Corrected: replaced by 89% on "));

        open(OutcomesDashboardView.class, Map.of("service", "PORTAGE"));
        assertThat(find(H1.class).withText("Outcomes and what people say").exists())
                .isTrue();
        assertThat(cellTexts())
                .contains("At least 90%", "Target not met")
                .anySatisfy(text -> assertThat(text)
                        .startsWith("89% for 2026-27 Q2 (as of ")
                        .endsWith("; source: Portage return, revised)"));
        assertThat(find(Paragraph.class)
                        .withText("One value so far: 89% in 2026-27 Q2; target at least 90%, not met yet.")
                        .exists())
                .as("the corrected value is not a second point")
                .isTrue();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void aDatedValueWithoutItsDateIsRefusedAtTheFieldAndWhatWasTypedIsKept() {
        navigate(OutcomesEditView.class);
        choose("Children and young people referred to CAMHS seen within 18 weeks");
        test(find(BigDecimalField.class).withLabel("Value").single()).setValue(new BigDecimal("77"));
        test(find(TextArea.class).withLabel("Source").single()).setValue("KMPT report");

        test(find(Button.class).withText("Add value").single()).click();

        DatePicker date = find(DatePicker.class).withLabel("Date it is for").single();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Enter the date the value is for");
        assertThat(find(Button.class)
                        .withText("Enter the date the value is for")
                        .exists())
                .as("in the error summary")
                .isTrue();
        assertThat(find(BigDecimalField.class).withLabel("Value").single().getValue())
                .isEqualByComparingTo("77");
        assertThat(find(TextArea.class).withLabel("Source").single().getValue()).isEqualTo("KMPT report");
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anImportWithOneBadLineNamesTheLineInThePreviewAndSavesNothingUntilAGoodFileIsConfirmed() {
        navigate(OutcomesEditView.class);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        test(find(Anchor.class).withText("Download the template (CSV)").single())
                .download(template);
        assertThat(template.toString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFindicator,date,value,period,source\r\n");
        long before = jdbc.queryForObject("select count(*) from outcome_value", Long.class);

        upload("bad.csv", """
                indicator,date,value
                CYP_EHCP_20_WEEKS,2025-06-30,55
                CYP_EHCP_20_WEEKS,31.12.2025,58
                """);

        assertThat(find(ListItem.class)
                        .withText("Line 3, column date: Write the date as 2025-12-31 or 31/12/2025 "
                                + "(you wrote \"31.12.2025\").")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Save these values").exists()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outcome_value", Long.class))
                .isEqualTo(before);

        upload("good.csv", """
                indicator,date,value
                CYP_EHCP_20_WEEKS,2025-06-30,55
                New Education, Health and Care plans issued within 20 weeks,31/12/2025,58
                """.replace(
                        "New Education, Health and Care plans issued within 20 weeks",
                        "\"New Education, Health and Care plans issued within 20 weeks\""));
        assertThat(find(Paragraph.class)
                        .withText("2 new values, 0 corrections, 0 already recorded (left out).")
                        .exists())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from outcome_value", Long.class))
                .as("not before confirming")
                .isEqualTo(before);
        test(find(Button.class).withText("Save these values").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Saved 2 values from good.csv.")
                        .exists())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from outcome_value", Long.class))
                .isEqualTo(before + 2);
    }

    private void upload(String name, String content) {
        test(find(Upload.class).single()).upload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        roundTrip();
    }

    private void addValue(String value, LocalDate date, String period, String source) {
        test(find(BigDecimalField.class).withLabel("Value").single()).setValue(new BigDecimal(value));
        test(find(DatePicker.class).withLabel("Date it is for").single()).setValue(date);
        test(find(TextField.class).withLabel("Period (optional)").single()).setValue(period);
        test(find(TextArea.class).withLabel("Source").single()).setValue(source);
        test(find(Button.class).withText("Add value").single()).click();
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
                values ((select id from outcome_indicator where code = ?), (select id from commissioned_service where code = ?))""", code, service);

        open(OutcomesDashboardView.class, Map.of("service", service, "from", "2026-Q4", "to", "2026-Q4"));

        assertThat(find(RouterLink.class).withText("Outcome figures").exists())
                .as("administrators only")
                .isFalse();
        assertThat(find(NativeTableHeaderCell.class)
                        .withText("Young people with a test plan")
                        .exists())
                .isTrue();
        assertThat(cellTexts()).contains("At least 75%", "No value yet");
        assertThat(find(ListItem.class)
                        .withText("Evidence test " + service + ": 10 pieces of feedback, 100% positive")
                        .exists())
                .isTrue();
        assertThat(find(ComboBox.class).withLabel("From quarter").single().getValue())
                .hasToString("2026-Q4");
    }

    private void choose(String title) {
        @SuppressWarnings("unchecked")
        ComboBox<Indicator> chooser = find(ComboBox.class)
                .withLabel("Indicator or objective to update")
                .single();
        Indicator indicator = chooser.getListDataView()
                .getItems()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow();
        test(chooser).selectItem(chooser.getItemLabelGenerator().apply(indicator));
    }

    private List<String> cellTexts() {
        return find(NativeTableCell.class).all().stream()
                .map(NativeTableCell::getText)
                .toList();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionersTeamPickerOffersOnlyTheirTeamAndSaysSo() {
        open(OutcomesDashboardView.class, Map.of("team", "LDA"));
        ComboBox<?> team = find(ComboBox.class).withLabel("Team").single();
        assertThat(team.getPlaceholder()).isEqualTo("All you can see (Children, young people and SEND)");
        assertThat(team.getValue())
                .as("a link to another team's figures shows their own")
                .isNull();
        assertThat(team.getListDataView().getItems().map(Object::toString).toList())
                .containsExactly("CHILDRENS");
    }

    /** Opens a page with a filter in its URL, as a shared link would. */
    private void open(Class<? extends Component> page, Map<String, String> query) {
        navigate(StaffHomeView.class);
        UI.getCurrent().navigate(page, QueryParameters.simple(query));
    }
}
