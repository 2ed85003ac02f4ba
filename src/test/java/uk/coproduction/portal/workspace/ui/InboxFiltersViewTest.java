package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.PastDates;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.themes.ThemeSummary;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class InboxFiltersViewTest extends SpringBrowserlessTest {

    /** Owns items only in this test class, so the overdue count on the page is exact. */
    static final String VIEWER = "test.triage.viewer";

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    ThemeService themes;

    @Autowired
    PastDates pastDates;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(VIEWER, "Vic Viewer", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
    }

    @Test
    void commissionerSearchesTheirWordsAndTheSearchIsKeptInTheAddress() {
        String token = uniqueWord();
        String mine = submit(Team.CHILDRENS, "The " + token + " was shut");
        submit(Team.LDA, "Another team's " + token);
        navigate(InboxView.class);

        test(find(TextField.class).withLabel("Search their words").single()).setValue(token);

        assertThat(codesInGrid()).containsExactly(mine);
        assertThat(find(Paragraph.class).withText("1 item").exists()).isTrue();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("words"))
                .contains(token);
    }

    @Test
    void aSharedFilteredAddressOpensTheSameFilteredInbox() {
        String token = uniqueWord();
        String fresh = submit(Team.CHILDRENS, token + " new one");
        String read = submit(Team.CHILDRENS, token + " read one");
        triage.open(idOf(read)); // opening an item marks it read

        UI.getCurrent()
                .navigate(
                        InboxView.class,
                        QueryParameters.fromString("words=" + token + "&status=NEW&from="
                                + LocalDate.now().minusDays(2)));

        assertThat(find(TextField.class)
                        .withLabel("Search their words")
                        .single()
                        .getValue())
                .isEqualTo(token);
        assertThat(find(Select.class).withLabel("Status").single().getValue()).hasToString("NEW");
        assertThat(find(DatePicker.class).withLabel("Received from").single().getValue())
                .isEqualTo(LocalDate.now().minusDays(2));
        assertThat(codesInGrid()).containsExactly(fresh).doesNotContain(read);

        test(find(Button.class).withText("Clear all filters").single()).click();
        assertThat(find(TextField.class)
                        .withLabel("Search their words")
                        .single()
                        .getValue())
                .isEmpty();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .isEmpty();
    }

    @Test
    void commissionerFiltersByThemeFromTheThemeChooser() {
        String token = uniqueWord();
        String tagged = submit(Team.CHILDRENS, token + " tagged");
        submit(Team.CHILDRENS, token + " not tagged");
        long themeId = themes.activeThemes().stream()
                .filter(t -> t.name().equals("Support for families"))
                .findFirst()
                .orElseThrow()
                .id();
        themes.tag(idOf(tagged), themeId);
        navigate(InboxView.class);
        test(find(TextField.class).withLabel("Search their words").single()).setValue(token);

        test(find(ComboBox.class).withLabel("Theme").single()).selectItem("Support for families");

        assertThat(codesInGrid()).containsExactly(tagged);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("theme"))
                .contains(String.valueOf(themeId));
    }

    @Test
    void commissionerBulkTagsTheSelectedItemsAndIsToldHowMany() {
        String token = uniqueWord();
        String first = submit(Team.CHILDRENS, token + " first");
        String second = submit(Team.CHILDRENS, token + " second");
        navigate(InboxView.class);
        test(find(TextField.class).withLabel("Search their words").single()).setValue(token);

        test(find(Button.class).withText("Tag selected items").single()).click();
        assertThat(find(ComboBox.class)
                        .withLabel("Theme for the selected items")
                        .single()
                        .getErrorMessage())
                .isEqualTo("Tick the items you want to tag in the list first");

        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = find(Grid.class).single();
        test(grid).select(0);
        test(grid).select(1);
        test(find(ComboBox.class).withLabel("Theme for the selected items").single())
                .selectItem("Waiting times");
        test(find(Button.class).withText("Tag selected items").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Tagged 2 items with \u201cWaiting times\u201d.")
                        .exists())
                .isTrue();
        assertThat(List.of(first, second))
                .allSatisfy(code -> assertThat(themes.themesOf(idOf(code)))
                        .extracting(ThemeSummary::name)
                        .contains("Waiting times"));
    }

    @Test
    @WithMockUser(username = VIEWER, roles = Roles.COMMISSIONER)
    void overdueItemsStandOutWithAWordAndTheOwnerSeesTheirCount() {
        String token = uniqueWord();
        String late = submit(Team.CHILDRENS, token + " late");
        submit(Team.CHILDRENS, token + " on time");
        triage.takeOwnership(idOf(late));
        pastDates.replyWasDueOn(Date.valueOf("2020-01-06"), List.of(late));
        navigate(InboxView.class);

        assertThat(find(Paragraph.class).withText("You have 1 overdue item").exists())
                .isTrue();
        test(find(TextField.class).withLabel("Search their words").single()).setValue(token);
        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = find(Grid.class).single();
        int replyByColumn = columnHeaded(grid, "Reply by");
        List<String> overdueRows = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            Div replyBy = (Div) test(grid).getCellComponent(row, replyByColumn);
            if (replyBy.getChildren().anyMatch(c -> c instanceof Span span && "Overdue".equals(span.getText()))) {
                overdueRows.add(test(grid).getRow(row).referenceCode());
            }
        }
        assertThat(overdueRows).containsExactly(late);

        test(find(Button.class).withText("Show my overdue items").single()).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("overdue"))
                .isPresent();
        assertThat(codesInGrid()).containsExactly(late);
    }

    private int columnHeaded(Grid<InboxItem> grid, String header) {
        for (int column = 0; column < grid.getColumns().size(); column++) {
            if (header.equals(test(grid).getHeaderCell(column))) {
                return column;
            }
        }
        throw new AssertionError("No column headed " + header);
    }

    private List<String> codesInGrid() {
        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = find(Grid.class).single();
        List<String> codes = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            codes.add(test(grid).getRow(row).referenceCode());
        }
        return codes;
    }

    private String submit(Team team, String words) {
        return submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(team), words))
                .referenceCode();
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
