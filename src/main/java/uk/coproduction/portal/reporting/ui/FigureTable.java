package uk.coproduction.portal.reporting.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * A plain HTML table of figures with a caption, column headers ({@code th scope="col"}) and a header cell per row
 * ({@code th scope="row"}): the data table beside each chart, readable by screen readers and when printed.
 */
class FigureTable extends NativeTable {

    FigureTable(String caption, List<String> columns) {
        addClassName("dashboard-table");
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
    }

    /** A row: its name (a row header) and its figures. */
    void row(String name, List<String> figures) {
        NativeTableRow row = getBody().addRow();
        NativeTableHeaderCell header = row.addHeaderCell();
        header.setText(name);
        header.getElement().setAttribute("scope", "row");
        figures.forEach(figure -> row.addDataCell().setText(figure));
    }
}
