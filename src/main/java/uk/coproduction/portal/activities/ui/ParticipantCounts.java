package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import uk.coproduction.portal.activities.ParticipantCount;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who took part, as counts: a table with a row per group and a column per age band, plus "age not recorded".
 * Each box is named for screen readers by its group and age band.
 */
class ParticipantCounts extends FieldSet {

    private record Cell(RespondentGroup group, AgeBand ageBand) {}

    private final Map<Cell, IntegerField> fields = new LinkedHashMap<>();

    ParticipantCounts() {
        addClassName("activity-counts");
        Paragraph hint = new Paragraph(getTranslation("activity.field.participants.helper"));
        hint.addClassName("activity-hint");
        NativeTable table = new NativeTable();
        NativeTableRow head = table.getHead().addRow();
        head.add(new NativeTableHeaderCell(getTranslation("activity.participants.group")));
        for (AgeBand band : AgeBand.values()) {
            head.add(new NativeTableHeaderCell(getTranslation("age." + band.name())));
        }
        head.add(new NativeTableHeaderCell(getTranslation("activity.participants.any-age")));
        for (RespondentGroup group : RespondentGroup.values()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(getTranslation("group." + group.name()));
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            List<AgeBand> bands = new ArrayList<>(List.of(AgeBand.values()));
            bands.add(null);
            for (AgeBand band : bands) {
                IntegerField count = new IntegerField();
                count.setMin(0);
                count.setMax(100_000);
                count.setAriaLabel(getTranslation(
                        "activity.participants.cell",
                        getTranslation("group." + group.name()),
                        band == null
                                ? getTranslation("activity.participants.any-age")
                                : getTranslation("age." + band.name())));
                count.addClassName("activity-count");
                fields.put(new Cell(group, band), count);
                row.add(new NativeTableCell(count));
            }
        }
        setContent(hint, table);
        setLegendText(getTranslation("activity.field.participants"));
    }

    /** The counts typed; empty boxes are left out (nobody of that group and age). */
    List<ParticipantCount> counts() {
        List<ParticipantCount> counts = new ArrayList<>();
        fields.forEach((cell, field) -> {
            if (field.getValue() != null) {
                counts.add(new ParticipantCount(cell.group(), cell.ageBand(), field.getValue()));
            }
        });
        return counts;
    }

    /** Marks the boxes whose numbers cannot be right (below zero or impossibly many). */
    void markInvalid(String message) {
        fields.values().stream()
                .filter(f -> f.getValue() != null && (f.getValue() < 0 || f.getValue() > 100_000))
                .forEach(f -> {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                });
    }

    void clearInvalid() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** The first box, for the error summary to take people to. */
    IntegerField first() {
        return fields.values().iterator().next();
    }
}
