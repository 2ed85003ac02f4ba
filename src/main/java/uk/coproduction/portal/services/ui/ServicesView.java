package uk.coproduction.portal.services.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.evidence.ui.FiguresList;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.services.ServiceListItem;
import uk.coproduction.portal.services.ServicePages;

import java.util.List;

/** The services a commissioner looks after (an administrator sees all), with their headline figures. */
@Route(value = "staff/services", layout = StaffLayout.class)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
public class ServicesView extends Div implements HasDynamicTitle {

    ServicesView(ServicePages pages) {
        addClassNames("page", "page-wide");
        List<ServiceListItem> services = pages.services();
        add(new H1(getTranslation("workspace.services.title")),
                new Paragraph(getTranslation("workspace.services.intro")));
        if (services.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.services.none")));
            return;
        }
        Grid<ServiceListItem> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("workspace.services.grid.label"));
        grid.addComponentColumn(s -> new RouterLink(s.name(), ServiceView.class, new RouteParameters("code", s.code())))
                .setHeader(getTranslation("workspace.services.column.service")).setFlexGrow(3);
        grid.addColumn(ServiceListItem::provider).setHeader(getTranslation("workspace.services.column.provider"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation("workspace.stage." + s.cycleStage().name()))
                .setHeader(getTranslation("workspace.services.column.stage"));
        grid.addColumn(s -> s.figures().items()).setHeader(getTranslation("workspace.figures.items"));
        grid.addColumn(s -> FiguresList.rate(this, s.figures().replyRate(), s.figures().replied(), s.figures().items()))
                .setHeader(getTranslation("workspace.figures.reply-rate"));
        grid.addColumn(s -> FiguresList.median(this, s.figures().medianDaysToReply()))
                .setHeader(getTranslation("workspace.figures.median-days"));
        grid.addColumn(s -> FiguresList.rate(this, s.figures().loopClosureRate(), s.figures().loopClosed(),
                s.figures().items())).setHeader(getTranslation("workspace.figures.loop-closure"));
        grid.addColumn(s -> s.figures().overdue()).setHeader(getTranslation("workspace.figures.overdue"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(services);
        add(grid, new Paragraph(getTranslation("workspace.figures.explained")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.services.page-title");
    }
}
