package uk.coproduction.portal.themes.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.themes.ThemeSummary;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = ThemesViewTest.ADMIN, roles = Roles.ADMIN)
class ThemesViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "test.themes.page-admin";

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Avery Admin", null, Set.of(Roles.ADMIN));
    }

    @Test
    void administratorOpensThemesFromTheMenuAndAddsATheme() {
        navigate(StaffHomeView.class);
        test(find(RouterLink.class).withText("Themes").single()).click();
        assertThat(find(H1.class).withText("Themes").exists()).isTrue();
        String name = "School life " + UUID.randomUUID().toString().substring(0, 8);

        test(find(TextField.class).withLabel("Name of the new theme").single()).setValue(name);
        test(find(TextArea.class).withLabel("Keywords for the new theme").single())
                .setValue("school, teacher, szkoła");
        test(find(Button.class).withText("Add theme").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Theme \u201c" + name + "\u201d added")
                        .exists())
                .isTrue();
        assertThat(namesInList()).contains(name);
        assertThat(find(TextField.class)
                        .withLabel("Name of the new theme")
                        .single()
                        .getValue())
                .isEmpty();
    }

    @Test
    void anEmptyOrDuplicateNameIsRefusedAndWhatWasTypedIsKept() {
        navigate(ThemesView.class);
        TextField name =
                find(TextField.class).withLabel("Name of the new theme").single();
        TextArea keywords =
                find(TextArea.class).withLabel("Keywords for the new theme").single();

        test(keywords).setValue("wait, queue");
        test(find(Button.class).withText("Add theme").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the theme");

        test(name).setValue("Waiting Times");
        test(find(Button.class).withText("Add theme").single()).click();
        assertThat(name.getErrorMessage())
                .isEqualTo("There is already a theme with this name. Choose a different name");
        assertThat(name.getValue()).isEqualTo("Waiting Times");
        assertThat(keywords.getValue()).isEqualTo("wait, queue");
    }

    @Test
    void administratorRenamesAThemeChangesItsKeywordsAndTakesItOutOfUse() {
        navigate(ThemesView.class);
        String name = "Theme to change " + UUID.randomUUID().toString().substring(0, 8);
        test(find(TextField.class).withLabel("Name of the new theme").single()).setValue(name);
        test(find(Button.class).withText("Add theme").single()).click();

        test(find(ComboBox.class).withLabel("Theme to change").single()).selectItem(name);
        test(find(TextField.class).withLabel("Theme name").single()).setValue(name + " renamed");
        test(find(TextArea.class).withLabel("Keywords").single()).setValue("lunch, food");
        test(find(Button.class).withText("Save changes").single()).click();
        assertThat(namesInList()).contains(name + " renamed").doesNotContain(name);

        test(find(Button.class).withText("Take out of use").single()).click();
        assertThat(find(Paragraph.class)
                        .withTextContaining("is no longer in use")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Put back into use").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotOpenTheThemesPage() {
        UI.getCurrent().navigate("staff/themes");

        assertThat(getCurrentView()).isNotInstanceOf(ThemesView.class);
    }

    private List<String> namesInList() {
        @SuppressWarnings("unchecked")
        Grid<ThemeSummary> grid = find(Grid.class).single();
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            names.add(test(grid).getRow(row).name());
        }
        return names;
    }
}
