package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.activities.ActivityListItem;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;

import java.util.List;

/** The coproduction activities a commissioner's team or an advocate has recorded, newest first. */
@Route(value = "staff/activities", layout = StaffLayout.class)
@Menu(title = "nav.workspace.activities", order = 400)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADVOCATE})
public class ActivitiesView extends Div implements HasDynamicTitle {

    ActivitiesView(ActivityService activities) {
        addClassNames("page", "page-wide");
        RouterLink record = new RouterLink(getTranslation("activity.list.record"), NewActivityView.class);
        record.addClassName("activity-primary-link");
        add(
                new H1(getTranslation("activity.list.title")),
                new Paragraph(getTranslation("activity.list.intro")),
                new Paragraph(record));
        List<ActivityListItem> items = activities.activities();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("activity.list.none")));
            return;
        }
        Grid<ActivityListItem> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("activity.list.grid.label"));
        grid.addColumn(a -> DisplayDates.date(a.heldOn(), getLocale()))
                .setHeader(getTranslation("activity.column.date"));
        grid.addComponentColumn(a -> new RouterLink(
                        a.title(), ActivityView.class, new RouteParameters("id", String.valueOf(a.id()))))
                .setHeader(getTranslation("activity.column.title"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("activity.kind." + a.kind().name()))
                .setHeader(getTranslation("activity.column.kind"));
        grid.addColumn(ActivityListItem::mainService)
                .setHeader(getTranslation("activity.column.service"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("workspace.stage." + a.stage().name()))
                .setHeader(getTranslation("activity.column.stage"));
        grid.addColumn(ActivityListItem::people).setHeader(getTranslation("activity.column.people"));
        grid.addColumn(ActivityListItem::answers).setHeader(getTranslation("activity.column.answers"));
        grid.addColumn(a -> LundySummary.of(a.lundy(), this))
                .setHeader(getTranslation("activity.column.lundy"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.list.page-title");
    }
}
