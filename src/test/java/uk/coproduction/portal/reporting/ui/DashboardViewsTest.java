package uk.coproduction.portal.reporting.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.reporting.ServiceDashboard.ServiceChoice;
import uk.coproduction.portal.reporting.ServicesOverview.Row;
import uk.coproduction.portal.security.TestAccounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and the all-services overview, as a commissioner or a board member uses them. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class DashboardViewsTest extends SpringBrowserlessTest {

    private static final String FEWER = "fewer than 5";

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    private String service;

    @BeforeEach
    void feedbackOnAServiceOfItsOwn() {
        // A commissioner's figures are their team's (decision 0022), so the signed-in account must exist.
        accounts.ensureStandardAccounts();
        service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 6, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-07-05 10:00:00", 3, "BAD");
        for (int i = 0; i < 5; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    "AGE_11_15",
                    "ONLINE",
                    "2026-10-05 10:00:00",
                    true,
                    Map.of(1, "VERY_BAD"));
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerOpensASharedDashboardAddressAndChangesAFilter() {
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.fromString("service=" + service + "&from=2025-Q1&to=2026-Q4&split=AREA"));

        assertThat(((ServiceChoice) find(ComboBox.class)
                                .withLabel("Service")
                                .single()
                                .getValue())
                        .code())
                .isEqualTo(service);
        assertThat(find(Select.class).withLabel("To quarter").single().getValue())
                .hasToString("2026-Q4");
        assertThat(find(Select.class).withLabel("Split scores by").single().getValue())
                .hasToString("AREA");
        assertThat(cells("Charter scores for each expectation", 0))
                .as("6 of 9 positive, the flagged items left out, published as 5 of 10 (decision 0022)")
                .startsWith("10", "50%", "0%", FEWER);
        assertThat(cells("Charter scores by Area", 0)).contains("50%");
        assertThat(cells("Positive answers per quarter for each expectation", 0))
                .as("2026-Q3 had three answers; 2026-Q4 six")
                .containsSequence(FEWER, "100%", "too few answers to compare");

        Select<Channel> channel =
                find(Select.class).withLabel("How it reached us").single();
        channel.setValue(Channel.PAPER);

        Map<String, List<String>> address =
                UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters();
        assertThat(address)
                .containsEntry("channel", List.of("PAPER"))
                .containsEntry("service", List.of(service))
                .containsEntry("split", List.of("AREA"))
                .containsEntry("to", List.of("2026-Q4"));
        assertThat(cells("Charter scores for each expectation", 0))
                .as("nothing on paper")
                .startsWith("0", "none");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionersTeamPickerSaysWhatItsEmptyChoiceShows() {
        UI.getCurrent().navigate(DashboardView.class);
        Select<?> team = find(Select.class).withLabel("Team").single();
        assertThat(team.getEmptySelectionCaption())
                .as("choosing no team shows their own team's figures, not all")
                .isEqualTo("All you can see (Children, young people and SEND)");

        UI.getCurrent().navigate(ServicesOverviewView.class);
        assertThat(find(Select.class).withLabel("Team").single().getEmptySelectionCaption())
                .isEqualTo("All you can see (Children, young people and SEND)");
    }

    @Test
    @WithMockUser(username = "test.board", roles = Roles.BOARD)
    void aBoardMembersTeamPickerOffersAll() {
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(find(Select.class).withLabel("Team").single().getEmptySelectionCaption())
                .isEqualTo("All");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void eachChartHasATextSummaryAsItsAccessibleNameAndADataTable() {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.fromString("service=" + service + "&to=2026-Q4"));

        List<Svg> charts = find(Svg.class).all();
        assertThat(charts).hasSize(2);
        String scoresSvg = charts.get(0).getElement().getProperty("innerHTML");
        String summary = find(Paragraph.class).all().stream()
                .map(Paragraph::getText)
                .filter(text -> text.startsWith("Most positive:"))
                .findFirst()
                .orElseThrow();
        assertThat(summary)
                .startsWith("Most positive: 1. ")
                .contains("(50%)")
                .contains("compared with last quarter: 0 up, 0 down, 0 the same, 6 with too few answers to compare.");
        assertThat(scoresSvg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-label=\"" + summary.replace("&", "&amp;") + "\"")
                .contains("+50%");
        String trendSvg = charts.get(1).getElement().getProperty("innerHTML");
        assertThat(trendSvg).contains("role=\"img\"").contains("aria-label=\"Positive answers from 2025-Q1 to 2026-Q4");
        assertThat(tables())
                .contains(
                        "Charter scores for each expectation",
                        "Positive answers per quarter for each expectation",
                        "Feedback items per theme and quarter",
                        "Reply and loop-closure figures",
                        "Activities by commissioning-cycle stage",
                        "Positive answers: residents and frontline workers");
        assertThat(cells("Reply and loop-closure figures", 0)).as("9, rounded").containsExactly("10");
        assertThat(cells("Reply and loop-closure figures", 1))
                .as("no replies yet: 0 of 9")
                .containsExactly("0%");
    }

    @Test
    @WithMockUser(username = "test.board", roles = Roles.BOARD)
    void boardMemberSortsTheOverviewAndOpensAServicesDashboard() {
        String quiet = fixtures.newService();
        fixtures.answers(quiet, "WEST_KENT", "2026-10-05 10:00:00", 2, "OK");
        UI.getCurrent().navigate(ServicesOverviewView.class, QueryParameters.fromString("to=2026-Q4"));

        @SuppressWarnings("unchecked")
        Grid<Row> grid = find(Grid.class).single();
        int itemsColumn = 2;
        assertThat(test(grid).getCellText(rowOf(grid, service), itemsColumn))
                .as("the flagged 5 not counted; 9 published as 10")
                .isEqualTo("10");
        assertThat(test(grid).getCellText(rowOf(grid, service), itemsColumn + 1))
                .as("6 of 9 positive, published as 5 of 10")
                .isEqualTo("50%");
        assertThat(test(grid).getCellText(rowOf(grid, service), itemsColumn + 2))
                .as("none replied to yet")
                .isEqualTo("0%");
        assertThat(test(grid).getCellText(rowOf(grid, quiet), itemsColumn)).isEqualTo(FEWER);
        assertThat(test(grid).getCellText(rowOf(grid, quiet), itemsColumn + 1)).isEqualTo(FEWER);

        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(itemsColumn), SortDirection.DESCENDING)));
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            items.add(test(grid).getRow(i).items().shown().orElse(-1));
        }
        assertThat(items).as("most feedback first, fewer than 5 last").isSortedAccordingTo(Comparator.reverseOrder());

        RouterLink link = (RouterLink) test(grid).getCellComponent(rowOf(grid, service), 0);
        test(link).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("staff/dashboard");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("service", List.of(service))
                .containsEntry("to", List.of("2026-Q4"));
    }

    private int rowOf(Grid<Row> grid, String code) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + code);
    }

    /** Issue 18: the dashboard prints who we heard from with the packs' query (EvidenceFigures), flagged items left out. */
    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerSeesWhoWeHeardFromAsThePacksCountIt() {
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.fromString("service=" + service + "&from=2025-Q1&to=2026-Q4"));

        assertThat(tables()).contains("Group", "Age band", "Area");
        assertThat(cells("Group", 0))
                .as("9 young people, the 5 flagged left out, rounded")
                .containsExactly("10");
        assertThat(cells("Area", 0)).containsExactly("10");
    }

    private List<String> tables() {
        return find(NativeTable.class).all().stream()
                .map(NativeTable::getCaptionText)
                .toList();
    }

    /** The figures of one row of the table with this caption, without its row header. */
    private List<String> cells(String caption, int row) {
        NativeTable table = find(NativeTable.class).all().stream()
                .filter(t -> caption.equals(t.getCaptionText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No table " + caption + " in " + tables()));
        return table.getBody().getRow(row).orElseThrow().getDataCells().stream()
                .map(Component::getElement)
                .map(e -> e.getText())
                .toList();
    }
}
