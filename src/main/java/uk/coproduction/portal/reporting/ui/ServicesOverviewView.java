package uk.coproduction.portal.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ServicesOverview;
import uk.coproduction.portal.reporting.ServicesOverview.Row;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.services.Team;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All services on one page: items, overall positive share, reply rate and loop closure per service, sortable, each
 * service linking to its dashboard with the same filter. Counted by the database in two grouped queries.
 */
@Route(value = "staff/dashboard/services", layout = StaffLayout.class)
@Menu(title = "nav.evidence.overview", order = 310)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class ServicesOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServicesOverview overview;
    private final List<Team> teams;
    private final Select<Team> team = new Select<>();
    private final Select<Quarter> from = new Select<>();
    private final Select<Quarter> to = new Select<>();
    private final Grid<Row> grid = new Grid<>(Row.class, false);
    private final Paragraph period = new Paragraph();
    private EvidenceFilter filter = EvidenceFilter.ALL;
    private boolean applyingAddress;

    public ServicesOverviewView(ServicesOverview overview, ServiceDashboard dashboard) {
        this.overview = overview;
        this.teams = dashboard.teamChoices();
        addClassName("dashboard");
        team.setLabel(getTranslation("dashboard.filter.team"));
        team.setItems(teams);
        team.setEmptySelectionAllowed(true);
        String anyTeam = TeamChoiceCaption.emptyChoice(this, teams);
        team.setEmptySelectionCaption(anyTeam);
        team.setItemLabelGenerator(t -> t == null ? anyTeam : getTranslation("team." + t.name()));
        quarters(from, "dashboard.filter.from", "dashboard.filter.default-from", dashboard.quarterChoices());
        quarters(to, "dashboard.filter.to", "dashboard.filter.default-to", dashboard.quarterChoices());
        List.of(team, from, to)
                .forEach(field -> field.addValueChangeListener(e -> {
                    if (!applyingAddress) {
                        EvidenceFilter changed = new EvidenceFilter(
                                team.getValue(), null, null, null, null, null, from.getValue(), to.getValue());
                        UI.getCurrent().navigate(ServicesOverviewView.class, QueryParameters.simple(changed.toQuery()));
                    }
                }));
        Div filters = new Div(team, from, to);
        filters.addClassName("dashboard-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("dashboard.filter.label"));

        grid.addComponentColumn(this::linkToDashboard)
                .setHeader(getTranslation("dashboard.overview.service"))
                .setSortable(true)
                .setComparator(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation("team." + row.team().name()))
                .setHeader(getTranslation("dashboard.overview.team"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(row -> row.items().format(fewer()))
                .setHeader(getTranslation("dashboard.overview.items"))
                .setSortable(true)
                .setComparator(
                        Comparator.comparingLong(row -> row.items().shown().orElse(-1)));
        share(getTranslation("dashboard.overview.positive"), Row::positive);
        share(getTranslation("dashboard.overview.reply-rate"), Row::replied);
        share(getTranslation("dashboard.overview.loop-closure"), Row::loopClosed);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("dashboard.overview.title"));
        grid.addClassName("dashboard-overview");

        add(
                new H1(getTranslation("dashboard.overview.title")),
                new Paragraph(getTranslation("dashboard.overview.intro")),
                new RouterLink(getTranslation("dashboard.to-dashboard"), DashboardView.class),
                filters,
                period,
                grid);
    }

    private RouterLink linkToDashboard(Row row) {
        RouterLink link = new RouterLink(row.name(), DashboardView.class);
        link.setQueryParameters(
                QueryParameters.simple(filter.withService(row.code()).toQuery()));
        return link;
    }

    private void quarters(Select<Quarter> select, String label, String emptyCaption, List<Quarter> items) {
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(emptyCaption));
        select.setItemLabelGenerator(q -> q == null ? getTranslation(emptyCaption) : q.toString());
    }

    private void share(String header, Function<Row, SmallNumbers.Share> share) {
        grid.addColumn(row -> share.apply(row).formatPercent(fewer(), getTranslation("dashboard.none")))
                .setHeader(header)
                .setSortable(true)
                .setComparator(Comparator.comparingDouble(
                        row -> share.apply(row).shown().orElse(-1)));
    }

    private String fewer() {
        return getTranslation("evidence.fewer-than-5");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        EvidenceFilter asked = EvidenceFilter.fromQuery(query);
        filter = new EvidenceFilter(asked.team(), null, null, null, null, null, asked.from(), asked.to());
        applyingAddress = true;
        try {
            team.setValue(teams.contains(filter.team()) ? filter.team() : null);
            from.setValue(addIfMissing(from, filter.from()));
            to.setValue(addIfMissing(to, filter.to()));
        } finally {
            applyingAddress = false;
        }
        List<Row> rows = overview.rows(filter);
        grid.setItems(rows);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.ASCENDING)));
        period.setText(getTranslation("dashboard.overview.count", rows.size()));
    }

    private static Quarter addIfMissing(Select<Quarter> select, Quarter quarter) {
        if (quarter != null && select.getListDataView().getItems().noneMatch(quarter::equals)) {
            select.getListDataView().addItem(quarter);
        }
        return quarter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.overview.title");
    }
}
