package uk.coproduction.portal.representation.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain HTML table of figures with a caption and header cells scoped to their column or row: read by screen
 * readers as a table, and printed as one.
 */
class FigureTable extends NativeTable {

    FigureTable(String caption, String... headers) {
        addClassName("representation-table");
        setCaptionText(caption);
        NativeTableRow head = new NativeTableRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        getHead().addRows(head);
    }

    /** A row whose first value names it (a row header), then its figures. */
    void row(String name, String... values) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell first = row.addHeaderCell();
        first.setText(name);
        first.getElement().setAttribute("scope", "row");
        for (String value : values) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(value);
        }
        getBody().addRows(row);
    }
}
