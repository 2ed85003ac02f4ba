package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.reporting.ui.FiguresList;
import uk.coproduction.portal.workspace.ServiceListItem;
import uk.coproduction.portal.workspace.ServicePages;

import java.util.List;

/** The services a commissioner looks after (an administrator sees all), with their headline figures. */
@Route(value = "staff/services", layout = StaffLayout.class)
@Menu(title = "nav.workspace.services", order = 200)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
public class ServicesView extends Div implements HasDynamicTitle {

    ServicesView(ServicePages pages) {
        addClassNames("page", "page-wide");
        List<ServiceListItem> services = pages.services();
        add(
                new H1(getTranslation("workspace.services.title")),
                new Paragraph(getTranslation("workspace.services.intro")));
        if (services.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.services.none")));
            return;
        }
        // A plain table, not a Grid: each service name is a link in a row header, and a Grid's focusable cell
        // around a wrapped link leaves a click target too small (WCAG 2.5.8).
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("workspace.services.grid.label"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "workspace.services.column.service",
            "workspace.services.column.provider",
            "workspace.services.column.stage",
            "workspace.figures.items",
            "workspace.figures.reply-rate",
            "workspace.figures.median-days",
            "workspace.figures.loop-closure",
            "workspace.figures.overdue"
        }) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (ServiceListItem service : services) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new RouterLink(service.name(), ServiceView.class, new RouteParameters("code", service.code())));
            row.add(
                    new NativeTableCell(
                            service.provider() == null
                                    ? getTranslation("workspace.service.no-provider")
                                    : service.provider()),
                    new NativeTableCell(getTranslation(
                            "workspace.stage." + service.cycleStage().name())),
                    new NativeTableCell(
                            FiguresList.count(this, service.figures().itemCount())),
                    new NativeTableCell(FiguresList.rate(this, service.figures().replyShare())),
                    new NativeTableCell(FiguresList.median(this, service.figures())),
                    new NativeTableCell(FiguresList.rate(this, service.figures().loopClosureShare())),
                    new NativeTableCell(
                            FiguresList.count(this, service.figures().overdueCount())));
        }
        table.addClassNames("chain-table", "services-table");
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        add(scroller, new Paragraph(getTranslation("workspace.figures.explained")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.services.page-title");
    }
}
