package uk.coproduction.portal.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.reporting.Figures;

import java.util.Map;

/**
 * Headline figures split by how the feedback reached us, one row per channel, so that what advocates, events or
 * paper brought in is never silently mixed with what people sent themselves.
 */
public class FiguresByChannel extends Div {

    public FiguresByChannel(Map<Channel, Figures> byChannel) {
        addClassName("advocacy-by-channel");
        H3 title = new H3(getTranslation("advocacy.figures.by-channel"));
        title.setId("advocacy-by-channel-title");
        add(title);
        if (byChannel.isEmpty()) {
            add(new Paragraph(getTranslation("advocacy.figures.by-channel.none")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("advocacy-table");
        table.getElement().setAttribute("aria-labelledby", "advocacy-by-channel-title");
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "advocacy.figures.by-channel.channel",
            "workspace.figures.items",
            "workspace.figures.reply-rate",
            "workspace.figures.median-days",
            "workspace.figures.loop-closure",
            "workspace.figures.overdue"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        byChannel.forEach((channel, figures) -> {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(getTranslation("channel." + channel.name()));
            name.getElement().setAttribute("scope", "row");
            row.add(
                    new NativeTableCell(FiguresList.count(this, figures.itemCount())),
                    new NativeTableCell(FiguresList.rate(this, figures.replyShare())),
                    new NativeTableCell(FiguresList.median(this, figures)),
                    new NativeTableCell(FiguresList.rate(this, figures.loopClosureShare())),
                    new NativeTableCell(FiguresList.count(this, figures.overdueCount())));
        });
        add(table);
    }
}
