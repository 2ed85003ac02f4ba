package uk.coproduction.portal.themes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.themes.ThemeSummary;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Administrators keep the list of themes: add, rename, change keywords, take out of use and back. */
@Route(value = "staff/themes", layout = StaffLayout.class)
@Menu(title = "nav.workspace.themes", order = 610)
@RolesAllowed(Roles.ADMIN)
public class ThemesView extends Div implements HasDynamicTitle {

    private final ThemeService themes;

    private final Grid<ThemeSummary> list = new Grid<>();
    private final TextField newName = new TextField();
    private final TextArea newKeywords = new TextArea();
    private final ComboBox<ThemeSummary> editing = new ComboBox<>();
    private final TextField editName = new TextField();
    private final TextArea editKeywords = new TextArea();
    private final Button activeToggle = new Button();
    private final Paragraph result = new Paragraph();

    ThemesView(ThemeService themes) {
        this.themes = themes;
        addClassNames("page", "page-wide", "triage-themes-admin");

        list.addColumn(ThemeSummary::name)
                .setHeader(getTranslation("workspace.themes.admin.column.name"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(ThemeSummary::keywordText)
                .setHeader(getTranslation("workspace.themes.admin.column.keywords"))
                .setFlexGrow(1);
        list.addColumn(t -> getTranslation(
                        t.active() ? "workspace.themes.admin.in-use" : "workspace.themes.admin.not-in-use"))
                .setHeader(getTranslation("workspace.themes.admin.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.setAriaLabel(getTranslation("workspace.themes.admin.list"));

        newName.setLabel(getTranslation("workspace.themes.admin.new-name"));
        newName.setMaxLength(100);
        newKeywords.setLabel(getTranslation("workspace.themes.admin.new-keywords"));
        newKeywords.setHelperText(getTranslation("workspace.themes.admin.keywords-helper"));
        newKeywords.addClassName("wide-field");
        Button add = new Button(getTranslation("workspace.themes.admin.add"), e -> addTheme());
        add.addThemeVariants(ButtonVariant.PRIMARY);

        editing.setLabel(getTranslation("workspace.themes.admin.choose"));
        editing.setItemLabelGenerator(ThemeSummary::name);
        editing.addValueChangeListener(e -> fillEditor(e.getValue()));
        editName.setLabel(getTranslation("workspace.themes.admin.edit-name"));
        editName.setMaxLength(100);
        editKeywords.setLabel(getTranslation("workspace.themes.admin.edit-keywords"));
        editKeywords.setHelperText(getTranslation("workspace.themes.admin.keywords-helper"));
        editKeywords.addClassName("wide-field");
        Button save = new Button(getTranslation("workspace.themes.admin.save"), e -> saveTheme());
        activeToggle.addClickListener(e -> toggleActive());

        result.getElement().setAttribute("role", "status");
        result.addClassName("triage-themes-result");

        Section adding = new Section(
                new H2(getTranslation("workspace.themes.admin.add-title")), newName, newKeywords, new Div(add));
        adding.addClassName("form-section");
        Section edit = new Section(
                new H2(getTranslation("workspace.themes.admin.edit-title")),
                editing,
                editName,
                editKeywords,
                new Div(save, activeToggle));
        edit.addClassName("form-section");
        add(
                new H1(getTranslation("workspace.themes.admin.title")),
                new Paragraph(getTranslation("workspace.themes.admin.intro")),
                result,
                list,
                adding,
                edit);
        reload(null);
    }

    private void reload(@Nullable Long selectId) {
        List<ThemeSummary> all = themes.allThemes();
        list.setItems(all);
        editing.setItems(all);
        editing.setValue(
                selectId == null
                        ? null
                        : all.stream()
                                .filter(t -> t.id() == selectId)
                                .findFirst()
                                .orElse(null));
        fillEditor(editing.getValue());
    }

    private void fillEditor(ThemeSummary theme) {
        editName.setInvalid(false);
        editKeywords.setInvalid(false);
        editName.setValue(theme == null ? "" : theme.name());
        editKeywords.setValue(theme == null ? "" : theme.keywordText());
        editName.setEnabled(theme != null);
        editKeywords.setEnabled(theme != null);
        activeToggle.setText(getTranslation(
                theme == null || theme.active()
                        ? "workspace.themes.admin.deactivate"
                        : "workspace.themes.admin.reactivate"));
        activeToggle.setEnabled(theme != null);
    }

    private void addTheme() {
        attempt(
                () -> themes.addTheme(newName.getValue(), newKeywords.getValue()),
                Map.of("name", newName, "keywords", newKeywords),
                "workspace.themes.admin.added",
                false);
    }

    private void saveTheme() {
        if (editing.getValue() == null) {
            editing.setErrorMessage(getTranslation("workspace.themes.error.choose"));
            editing.setInvalid(true);
            return;
        }
        long id = editing.getValue().id();
        attempt(
                () -> themes.updateTheme(id, editName.getValue(), editKeywords.getValue()),
                Map.of("editName", editName, "editKeywords", editKeywords),
                "workspace.themes.admin.saved",
                true);
    }

    private void toggleActive() {
        ThemeSummary theme = editing.getValue();
        if (theme != null) {
            ThemeSummary changed = themes.setActive(theme.id(), !theme.active());
            result.setText(getTranslation(
                    changed.active() ? "workspace.themes.admin.reactivated" : "workspace.themes.admin.deactivated",
                    changed.name()));
            reload(changed.id());
        }
    }

    /** Saves, or shows the problem at its field; nothing typed is lost on a problem. */
    private void attempt(
            Supplier<ThemeSummary> save, Map<String, HasValidation> fields, String doneKey, boolean keepSelected) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            ThemeSummary saved = save.get();
            result.setText(getTranslation(doneKey, saved.name()));
            if (!keepSelected) {
                newName.clear();
                newKeywords.clear();
            }
            reload(keepSelected ? saved.id() : null);
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.messageKey()));
                    field.setInvalid(true);
                }
            }
            result.setText(getTranslation(invalid.problems().getFirst().messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.themes.admin.page-title");
    }
}
