package uk.coproduction.portal.imports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import uk.coproduction.portal.imports.ImportChoice;
import uk.coproduction.portal.imports.ImportColumn;

import java.util.List;

/** What to write in each column of the template: name, required or not, what it accepts, an example. */
class ColumnGuide extends Div {

    ColumnGuide(List<ImportChoice> services, List<ImportChoice> areas) {
        addClassName("import-column-guide");
        Grid<ImportColumn> columns = new Grid<>();
        columns.addColumn(ImportColumn::header)
                .setHeader(getTranslation("import.guide.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.addColumn(c -> getTranslation(c.required() ? "import.guide.required" : "import.guide.optional"))
                .setHeader(getTranslation("import.guide.required-header"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.addColumn(c -> getTranslation(c.key("description")))
                .setHeader(getTranslation("import.guide.description"))
                .setFlexGrow(2);
        columns.addColumn(c -> getTranslation(c.key("allowed")))
                .setHeader(getTranslation("import.guide.allowed"))
                .setFlexGrow(2);
        columns.addColumn(c -> c.example().isEmpty() ? getTranslation("import.guide.blank") : c.example())
                .setHeader(getTranslation("import.guide.example"))
                .setFlexGrow(1);
        columns.setItems(ImportColumn.values());
        columns.setAllRowsVisible(true);
        columns.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns.setAriaLabel(getTranslation("import.guide.label"));

        add(
                columns,
                new H3(getTranslation("import.guide.services")),
                list(services),
                new H3(getTranslation("import.guide.areas")),
                list(areas));
    }

    private UnorderedList list(List<ImportChoice> choices) {
        UnorderedList list = new UnorderedList();
        list.addClassName("import-choices");
        choices.forEach(c -> list.add(new ListItem(getTranslation("import.guide.choice", c.code(), c.name()))));
        return list;
    }
}
