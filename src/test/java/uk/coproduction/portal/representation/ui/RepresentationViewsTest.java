package uk.coproduction.portal.representation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.representation.PopulationEntry;
import uk.coproduction.portal.representation.PopulationFigures;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The representation view and the population figures page, on a service of their own in 2032. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class RepresentationViewsTest extends SpringBrowserlessTest {

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    PopulationFigures populations;

    private static String text(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).collect(Collectors.joining(" | "));
    }

    private List<String> rows(String caption) {
        NativeTable table = find(NativeTable.class).all().stream()
                .filter(t -> caption.equals(t.getCaptionText()))
                .findFirst()
                .orElseThrow();
        return table.getBody().getRows().stream()
                .map(RepresentationViewsTest::text)
                .toList();
    }

    private boolean paragraph(String text) {
        return find(Paragraph.class).withText(text).exists();
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void aCommissionerSeesWhomWeHearLeastFromInWordsAndNeverAZeroScore() {
        String service = fixtures.newService();
        populations.add(new PopulationEntry(
                "Children with EHC plans", "EAST_KENT", null, service, RespondentGroup.YOUNG_PERSON, Set.of(), 1000));
        populations.add(new PopulationEntry(
                "Parent carers", "WEST_KENT", null, service, RespondentGroup.PARENT_CARER, Set.of(), 2000));
        populations.add(new PopulationEntry(
                "LD register (adults)", "EAST_KENT", null, service, RespondentGroup.LDA_ADULT, Set.of(), 500));
        for (int i = 0; i < 20; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    "AGE_11_15",
                    "ONLINE",
                    "2032-02-05 10:00:00",
                    false,
                    Map.of());
        }
        for (int i = 0; i < 10; i++) {
            fixtures.feedback(
                    service, "WEST_KENT", "PARENT_CARER", null, "ONLINE", "2032-02-06 10:00:00", false, Map.of());
        }

        UI.getCurrent()
                .navigate(
                        "staff/dashboard/representation",
                        QueryParameters.simple(Map.of("service", service, "from", "2032-Q1", "to", "2032-Q1")));

        assertThat(find(H1.class).single().getText()).isEqualTo("Who we are not hearing from");
        assertThat(paragraph("From 2032-Q1 to 2032-Q1: 30 pieces of feedback.")).isTrue();
        assertThat(paragraph("We hear least from: LD register (adults) – East Kent (no responses yet); "
                        + "Parent carers – West Kent (0.6× the average rate)."))
                .isTrue();
        assertThat(paragraph("No population figure yet for: Someone else.")).isTrue();
        assertThat(paragraph("On average we heard from 8.6 people per 1,000 across these populations."))
                .isTrue();
        assertThat(rows("Responses per 1,000 people in each population"))
                .containsExactlyInAnyOrder(
                        "Children with EHC plans – East Kent | 1,000 | 20 | 20.0 | Over-represented: 2.3× the average rate",
                        "Parent carers – West Kent | 2,000 | 10 | 5.0 | Under-represented: 0.6× the average rate",
                        "LD register (adults) – East Kent | 500 | 0 | not shown | "
                                + "No responses yet – we are not hearing from this group");
        assertThat(rows("Responses by group"))
                .contains(
                        "A child or young person | 20 | 67% | Children with EHC plans – East Kent",
                        "Someone else | 0 | 0% | No population figure");

        // The filters are kept in the URL.
        test(find(ComboBox.class).withLabel("Group").single()).selectItem("A parent or carer");
        test(find(Button.class).withText("Show").single()).click();
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location)
                .contains("group=PARENT_CARER")
                .contains("service=" + service)
                .contains("from=2032-Q1");
        assertThat(rows("Responses per 1,000 people in each population")).hasSize(1);
        assertThat(paragraph("From 2032-Q1 to 2032-Q1: 10 pieces of feedback.")).isTrue();
    }

    @Test
    @WithMockUser(username = "test.representation.board", roles = Roles.BOARD)
    void aBoardMemberOpensTheRepresentationView() {
        UI.getCurrent()
                .navigate(
                        "staff/dashboard/representation",
                        QueryParameters.simple(Map.of("from", "2033-Q1", "to", "2033-Q1")));
        assertThat(find(H1.class).single().getText()).isEqualTo("Who we are not hearing from");
        assertThat(paragraph("From 2033-Q1 to 2033-Q1: 0 pieces of feedback.")).isTrue();
        assertThat(paragraph("Share of people giving feedback online who answered: –."))
                .isTrue();
        assertThat(rows("Disability"))
                .containsExactly(
                        "Yes | 0 | –",
                        "No | 0 | –",
                        "Prefer not to say | 0 | –",
                        "Not answered (or not asked) | 0 | –");
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void anAdministratorAddsAPopulationFigureAndIsToldWhatIsMissing() {
        navigate(PopulationView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Population figures");
        test(find(Button.class).withText("Add population figure").single()).click();
        assertThat(find(Button.class).withText("Type a name for the population").exists())
                .isTrue();
        assertThat(find(Button.class).withText("Choose the area").exists()).isTrue();
        assertThat(find(Button.class)
                        .withText("Type the number of people as a whole number of 1 or more")
                        .exists())
                .isTrue();

        String name = "Children with EHC plans " + System.nanoTime();
        test(find(TextField.class).withLabel("Name of the population").single()).setValue(name);
        test(find(ComboBox.class).withLabel("Area").single()).selectItem("East Kent");
        test(find(ComboBox.class).withLabel("Service").single()).selectItem("Short Breaks holiday clubs");
        find(IntegerField.class).withLabel("Number of people").single().setValue(4210);
        test(find(Button.class).withText("Add population figure").single()).click();

        assertThat(paragraph("Added " + name + ".")).isTrue();
        assertThat(populations.all())
                .anyMatch(f -> f.name().equals(name)
                        && f.people() == 4210
                        && f.areaCode().equals("EAST_KENT"));
    }
}
