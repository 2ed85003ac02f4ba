package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.HeldForReviewService;
import uk.coproduction.portal.feedback.HeldItem;

import java.util.List;

/**
 * Feedback held for review (decision 0026): kept, with its code, but out of every figure until a commissioner
 * reads it and clears it. A flood stays here, out of the inbox and the figures, and is never deleted.
 */
@Route(value = "staff/held-for-review", layout = StaffLayout.class)
@Menu(title = "held.nav", order = 120)
@RolesAllowed(Roles.COMMISSIONER)
public class HeldForReviewView extends Div implements HasDynamicTitle {

    private final HeldForReviewService held;
    private final Div list = new Div();
    /** Says what a press of "clear" did, read out politely by screen readers. */
    private final Paragraph said = new Paragraph();

    HeldForReviewView(HeldForReviewService held) {
        this.held = held;
        addClassNames("page", "page-wide");
        said.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("held.title")), new Paragraph(getTranslation("held.intro")), said, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<HeldItem> items = held.held();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("held.none")));
            return;
        }
        Grid<HeldItem> grid = new Grid<>();
        grid.addColumn(HeldItem::referenceCode)
                .setHeader(getTranslation("held.column.code"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(i -> DisplayDates.date(i.submittedAt(), getLocale()))
                .setHeader(getTranslation("held.column.sent"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> getTranslation("held.reason." + i.reason().name()))
                .setHeader(getTranslation("held.column.reason"))
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(i -> i.serviceName() == null ? "" : i.serviceName())
                .setHeader(getTranslation("held.column.service"))
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(HeldItem::words)
                .setHeader(getTranslation("held.column.words"))
                .setWidth("18rem")
                .setFlexGrow(3);
        grid.addComponentColumn(i -> {
                    return new Button(getTranslation("held.clear", i.referenceCode()), e -> {
                        held.clear(i.id());
                        said.setText(getTranslation("held.cleared", i.referenceCode()));
                        show();
                    });
                })
                .setHeader(getTranslation("held.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("held.title"));
        grid.setItems(items);
        list.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("held.title");
    }
}
