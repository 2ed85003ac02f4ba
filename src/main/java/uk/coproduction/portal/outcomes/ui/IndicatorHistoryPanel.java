package uk.coproduction.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.outcomes.DatedValue;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.outcomes.IndicatorHistory;
import uk.coproduction.portal.outcomes.IndicatorNumber;
import uk.coproduction.portal.outcomes.OutcomeHistoryChart;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One indicator's history where people read it (outcomes dashboard, plan and service pages): its trend in one
 * sentence, a small chart with the target line whose accessible name is that sentence, and every value in a real
 * table (caption, column and row headers), corrected values included and said to be corrected.
 */
public class IndicatorHistoryPanel extends Div {

    /**
     * @param subheading true for an h4 title (under a page's h3), false for an h3 (under an h2)
     */
    public IndicatorHistoryPanel(IndicatorHistory history, boolean subheading) {
        addClassName("outcome-history");
        Indicator indicator = history.indicator();
        Component title = subheading ? new H4(indicator.title()) : new H3(indicator.title());
        Paragraph statement = new Paragraph(history.statement());
        statement.addClassName("outcome-trend");
        add(title, statement);
        String svg = OutcomeHistoryChart.svg(history, this::getTranslation, history.statement());
        if (svg != null) {
            Svg chart = new Svg(svg);
            chart.addClassName("outcome-chart");
            add(chart);
        }
        if (!history.values().isEmpty()) {
            NativeDetails details = new NativeDetails(getTranslation("outcomes.history.show-table"), table(history));
            details.addClassName("dashboard-data");
            add(details);
        }
    }

    private NativeTable table(IndicatorHistory history) {
        Indicator indicator = history.indicator();
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        table.setCaptionText(getTranslation("outcomes.history.caption", indicator.title()));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "outcomes.history.column.period",
            "outcomes.history.column.date",
            "outcomes.history.column.value",
            "outcomes.history.column.source",
            "outcomes.history.column.recorded",
            "outcomes.history.column.note"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        Map<Long, DatedValue> byId =
                history.values().stream().collect(Collectors.toMap(DatedValue::id, Function.identity()));
        for (DatedValue value : history.values()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell period = row.addHeaderCell();
            period.setText(value.period());
            period.getElement().setAttribute("scope", "row");
            text(row.addDataCell(), DisplayDates.date(value.asOf(), getLocale()));
            text(row.addDataCell(), IndicatorNumber.format(value.value(), indicator.unit()));
            String source =
                    getTranslation("outcomes.history.source." + value.source().name());
            text(row.addDataCell(), value.sourceNote() == null ? source : source + ": " + value.sourceNote());
            text(
                    row.addDataCell(),
                    getTranslation(
                            "outcomes.history.recorded",
                            value.recordedBy(),
                            DisplayDates.dateTime(value.recordedAt(), getLocale())));
            text(row.addDataCell(), note(value, byId, indicator));
            if (!value.current()) {
                row.addClassName("outcome-value-corrected");
            }
        }
        return table;
    }

    private String note(DatedValue value, Map<Long, DatedValue> byId, Indicator indicator) {
        if (value.correctedBy() != null && byId.containsKey(value.correctedBy())) {
            DatedValue correction = byId.get(value.correctedBy());
            return getTranslation(
                    "outcomes.history.note.corrected",
                    IndicatorNumber.format(correction.value(), indicator.unit()),
                    DisplayDates.date(correction.recordedAt(), getLocale()));
        }
        if (value.corrects() != null && byId.containsKey(value.corrects())) {
            return getTranslation(
                    "outcomes.history.note.correction",
                    IndicatorNumber.format(byId.get(value.corrects()).value(), indicator.unit()));
        }
        return getTranslation("outcomes.history.note.standing");
    }

    private static void text(HasText cell, String text) {
        cell.setText(text);
    }
}
