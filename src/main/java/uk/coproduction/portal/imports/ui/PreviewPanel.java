package uk.coproduction.portal.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.imports.CheckedRow;
import uk.coproduction.portal.imports.DuplicateOf;
import uk.coproduction.portal.imports.ImportPreview;
import uk.coproduction.portal.imports.ImportProblem;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a file would import, before anything is saved: the counts, every problem with its row and column and how to
 * fix it, every row's result, and the import button. When some rows have problems the person must tick that they
 * understand those rows will not be imported: bad rows are never skipped silently.
 */
class PreviewPanel extends Div {

    private final Consumer<Set<Integer>> onImport;
    private final Runnable onStartAgain;

    /** @param onImport told to import, with the lines of the likely duplicates ticked to import anyway */
    PreviewPanel(Consumer<Set<Integer>> onImport, Runnable onStartAgain) {
        this.onImport = onImport;
        this.onStartAgain = onStartAgain;
        addClassName("import-preview");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(ImportPreview preview) {
        removeAll();
        setVisible(true);
        add(new H2(getTranslation("import.preview.title", preview.fileName())));
        Paragraph counts = new Paragraph(getTranslation(
                "import.preview.counts-duplicates",
                preview.rows().size(),
                preview.ready(),
                preview.withProblems(),
                preview.likelyDuplicates().size()));
        counts.addClassName("import-counts");
        add(counts);
        if (preview.blankRows() > 0) {
            add(new Paragraph(getTranslation("import.preview.blank-rows", preview.blankRows())));
        }
        if (!preview.fileProblems().isEmpty()) {
            showFileProblems(preview.fileProblems());
            add(actions(null));
            return;
        }
        if (preview.withProblems() > 0) {
            add(new H3(getTranslation("import.preview.problems-title")), problemGrid(preview.rowProblems()));
        }
        add(new H3(getTranslation("import.preview.rows-title")), rowGrid(preview.rows()));
        Set<Integer> importAnyway = new TreeSet<>();
        Button importButton = new Button(
                getTranslation("import.preview.import", preview.ready()),
                e -> onImport.accept(Set.copyOf(importAnyway)));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setDisableOnClick(true);
        Checkbox understood =
                new Checkbox(getTranslation("import.preview.skip-confirm", preview.withProblems(), preview.ready()));
        Runnable refresh = () -> {
            int count = preview.ready() + importAnyway.size();
            importButton.setText(getTranslation("import.preview.import", count));
            understood.setLabel(getTranslation("import.preview.skip-confirm", preview.withProblems(), count));
            importButton.setEnabled(count > 0 && (preview.withProblems() == 0 || understood.getValue()));
        };
        if (!preview.likelyDuplicates().isEmpty()) {
            add(
                    new H3(getTranslation("import.preview.duplicates-title")),
                    new Paragraph(getTranslation(
                            "import.preview.duplicates-intro",
                            preview.likelyDuplicates().size())),
                    duplicateGrid(preview.likelyDuplicates(), importAnyway, refresh));
        }
        if (preview.ready() == 0 && preview.likelyDuplicates().isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("import.preview.nothing-to-import"));
            nothing.addClassName("import-warning");
            add(nothing, actions(null));
            return;
        }
        if (preview.withProblems() > 0) {
            Paragraph warning = new Paragraph(getTranslation("import.preview.skip-warning", preview.withProblems()));
            warning.addClassName("import-warning");
            understood.addValueChangeListener(e -> refresh.run());
            add(warning, understood);
        } else if (preview.likelyDuplicates().isEmpty()) {
            add(new Paragraph(getTranslation("import.preview.all-good", preview.ready())));
        }
        refresh.run();
        add(actions(importButton));
    }

    /** The likely duplicates with why each looks like one; ticking a row imports it anyway. */
    private Grid<CheckedRow> duplicateGrid(List<CheckedRow> duplicates, Set<Integer> importAnyway, Runnable changed) {
        Grid<CheckedRow> grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(CheckedRow::row)
                .setHeader(getTranslation("import.preview.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CheckedRow::service)
                .setHeader(getTranslation("import.preview.service"))
                .setFlexGrow(1);
        grid.addColumn(CheckedRow::received)
                .setHeader(getTranslation("import.preview.received"))
                .setAutoWidth(true);
        grid.addColumn(this::duplicateReason)
                .setHeader(getTranslation("import.preview.reason"))
                .setFlexGrow(3);
        grid.setItems(duplicates);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("import.preview.duplicates-label"));
        grid.addClassName("import-duplicates");
        if (duplicates.size() <= 20) {
            grid.setAllRowsVisible(true);
        }
        grid.asMultiSelect().addValueChangeListener(e -> {
            importAnyway.clear();
            e.getValue().forEach(r -> importAnyway.add(r.row()));
            changed.run();
        });
        return grid;
    }

    private String duplicateReason(CheckedRow row) {
        DuplicateOf of = row.duplicateOf();
        if (of == null) {
            return "";
        }
        return of.inThisFile()
                ? getTranslation("import.preview.status.repeated", of.line())
                : getTranslation(
                        "import.preview.status.earlier",
                        DisplayDates.date(of.importedAt(), getLocale()),
                        of.batchId(),
                        of.fileName(),
                        of.line());
    }

    /** The file could not be imported at all (also when found at import time, e.g. imported meanwhile). */
    void showFileProblems(List<ImportProblem> problems) {
        setVisible(true);
        Div box = new Div(new H3(getTranslation("import.preview.file-problems-title")));
        box.addClassName("import-file-problems");
        box.getElement().setAttribute("role", "alert");
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(message(p))));
        box.add(list, new Paragraph(getTranslation("import.preview.file-refused")));
        add(box);
    }

    private Div actions(Button importButton) {
        Button again = new Button(getTranslation("import.preview.start-again"), e -> onStartAgain.run());
        Div actions = importButton == null ? new Div(again) : new Div(importButton, again);
        actions.addClassName("import-actions");
        return actions;
    }

    private Grid<ImportProblem> problemGrid(List<ImportProblem> problems) {
        Grid<ImportProblem> grid = new Grid<>();
        grid.addColumn(ImportProblem::row)
                .setHeader(getTranslation("import.preview.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.column() == null ? getTranslation("import.preview.whole-row") : p.column())
                .setHeader(getTranslation("import.preview.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::message)
                .setHeader(getTranslation("import.preview.problem"))
                .setFlexGrow(1);
        grid.setItems(problems);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("import.preview.problems-title"));
        grid.addClassName("import-problems");
        if (problems.size() <= 20) {
            grid.setAllRowsVisible(true);
        }
        return grid;
    }

    private Grid<CheckedRow> rowGrid(List<CheckedRow> rows) {
        Grid<CheckedRow> grid = new Grid<>();
        grid.addColumn(CheckedRow::row)
                .setHeader(getTranslation("import.preview.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CheckedRow::service)
                .setHeader(getTranslation("import.preview.service"))
                .setFlexGrow(1);
        grid.addColumn(CheckedRow::received)
                .setHeader(getTranslation("import.preview.received"))
                .setAutoWidth(true);
        grid.addColumn(r -> switch (r.status()) {
                    case READY -> getTranslation("import.preview.status.ready");
                    case ALREADY_IMPORTED, REPEATED_IN_FILE -> duplicateReason(r);
                    case PROBLEMS ->
                        getTranslation(
                                "import.preview.status.problems", r.problems().size());
                })
                .setHeader(getTranslation("import.preview.result"))
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("import.preview.rows-title"));
        grid.addClassName("import-rows");
        if (rows.size() <= 20) {
            grid.setAllRowsVisible(true);
        }
        return grid;
    }

    String message(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
