package uk.coproduction.portal.imports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.imports.ImportBatchSummary;

import java.util.List;

/** The team's imports: when, who, which file, and what happened to its rows. */
class ImportHistory extends Grid<ImportBatchSummary> {

    ImportHistory() {
        addColumn(b -> DisplayDates.dateTime(b.importedAt(), getLocale()))
                .setHeader(getTranslation("import.history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(ImportBatchSummary::importedBy)
                .setHeader(getTranslation("import.history.who"))
                .setAutoWidth(true);
        addColumn(ImportBatchSummary::fileName)
                .setHeader(getTranslation("import.history.file"))
                .setFlexGrow(2);
        addColumn(ImportBatchSummary::imported)
                .setHeader(getTranslation("import.history.imported"))
                .setAutoWidth(true);
        addColumn(ImportBatchSummary::withProblems)
                .setHeader(getTranslation("import.history.problems"))
                .setAutoWidth(true);
        addColumn(ImportBatchSummary::alreadyImported)
                .setHeader(getTranslation("import.history.already"))
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("import.history.label"));
        addClassName("import-history");
    }

    void show(List<ImportBatchSummary> batches) {
        setItems(batches);
    }
}
