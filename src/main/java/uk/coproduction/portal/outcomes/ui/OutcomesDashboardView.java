package uk.coproduction.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.api.FiguresFeed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.outcomes.IndicatorHistory;
import uk.coproduction.portal.outcomes.IndicatorNumber;
import uk.coproduction.portal.outcomes.IndicatorWithVoices;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.outcomes.OutcomesDashboard;
import uk.coproduction.portal.outcomes.ServiceVoices;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.services.ServiceCatalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcomes dashboard: each outcome indicator and SMART objective with its target and latest value (met, not met
 * or no value yet, in words) beside what people said about the same services over the filter's quarters, and under
 * each table the history of every indicator that has values: its trend in words, a chart and a table.
 */
@Route(value = "staff/dashboard/outcomes", layout = StaffLayout.class)
@Menu(title = "outcomes.nav.dashboard", order = 330)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class OutcomesDashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OutcomesDashboard dashboard;
    private final FiguresFeed feed;
    private final ServiceCatalogue catalogue;
    private final Clock clock;
    private final OutcomeHistories histories;

    OutcomesDashboardView(
            OutcomesDashboard dashboard,
            FiguresFeed feed,
            ServiceCatalogue catalogue,
            Clock clock,
            OutcomeHistories histories) {
        this.histories = histories;
        this.dashboard = dashboard;
        this.feed = feed;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassNames("page", "page-wide", "outcomes-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EvidenceFilter filter = FilterForm.fromUrl(event.getLocation().getQueryParameters());
        removeAll();
        add(
                new H1(getTranslation("outcomes.dashboard.title")),
                new Paragraph(getTranslation("outcomes.dashboard.intro")),
                new FilterForm(
                        OutcomesDashboardView.class,
                        filter,
                        dashboard.teamChoices(),
                        feed.services(),
                        catalogue.areas(),
                        clock,
                        List.of("team", "service", "area", "group", "age", "channel", "quarters")),
                new Paragraph(FilterForm.describe(this, filter, clock)));
        List<IndicatorWithVoices> rows = dashboard.rows(filter);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("outcomes.dashboard.none")));
            return;
        }
        Map<String, List<IndicatorWithVoices>> byHeading = new LinkedHashMap<>();
        rows.forEach(row -> byHeading
                .computeIfAbsent(row.indicator().heading(), k -> new ArrayList<>())
                .add(row));
        Map<String, IndicatorHistory> historyOf = new HashMap<>();
        histories
                .of(rows.stream().map(IndicatorWithVoices::indicator).toList(), getLocale())
                .forEach(h ->
                        historyOf.put(h.indicator().kind() + ":" + h.indicator().id(), h));
        byHeading.forEach((heading, indicators) -> {
            Div section = section(heading, indicators);
            // Each indicator's trend under the table, beside the voices in it: a sentence, a chart and its values.
            indicators.stream()
                    .map(row -> historyOf.get(
                            row.indicator().kind() + ":" + row.indicator().id()))
                    .filter(h -> h != null && !h.values().isEmpty())
                    .forEach(h -> section.add(new IndicatorHistoryPanel(h, false)));
            add(section);
        });
        add(new Paragraph(getTranslation("outcomes.dashboard.explained")));
    }

    private Div section(String heading, List<IndicatorWithVoices> rows) {
        Div section = new Div();
        section.addClassName("outcomes-section");
        H2 title = new H2(heading);
        NativeTable table = new NativeTable();
        table.addClassName("outcomes-table");
        table.setCaptionText(heading);
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "outcomes.column.indicator",
            "outcomes.column.target",
            "outcomes.column.latest",
            "outcomes.column.status",
            "outcomes.column.voices"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (IndicatorWithVoices row : rows) {
            Indicator indicator = row.indicator();
            NativeTableRow line = table.getBody().addRow();
            NativeTableHeaderCell name = line.addHeaderCell();
            name.setText(indicator.title());
            name.getElement().setAttribute("scope", "row");
            NativeTableCell status = new NativeTableCell(
                    getTranslation("outcomes.status." + indicator.status().name()));
            status.addClassName(
                    "outcomes-status-" + indicator.status().name().toLowerCase().replace('_', '-'));
            line.add(
                    new NativeTableCell(target(this, indicator)),
                    new NativeTableCell(latest(this, indicator)),
                    status,
                    voices(row.voices()));
        }
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        section.add(title, scroller);
        return section;
    }

    private NativeTableCell voices(List<ServiceVoices> voices) {
        NativeTableCell cell = new NativeTableCell();
        if (voices.isEmpty()) {
            cell.setText(getTranslation("outcomes.voices.no-services"));
            return cell;
        }
        UnorderedList list = new UnorderedList();
        String fewer = getTranslation("evidence.fewer-than-5");
        for (ServiceVoices voice : voices) {
            list.add(new ListItem(getTranslation(
                    "outcomes.voices.service",
                    voice.service().name(),
                    voice.items().format(fewer),
                    voice.positive().formatPercent(fewer, getTranslation("outcomes.voices.no-answers")))));
        }
        cell.add(list);
        return cell;
    }

    static String target(Component within, Indicator indicator) {
        if (indicator.target() == null) {
            return within.getTranslation("outcomes.target.none");
        }
        return within.getTranslation(
                "outcomes.target." + indicator.direction().name(), number(indicator.target(), indicator.unit()));
    }

    static String latest(Component within, Indicator indicator) {
        if (indicator.latest() == null) {
            return within.getTranslation("outcomes.latest.none");
        }
        return within.getTranslation(
                "outcomes.latest.value",
                number(indicator.latest(), indicator.unit()),
                indicator.latestPeriod(),
                DisplayDates.date(indicator.latestAsOf(), Locale.UK),
                indicator.sourceNote());
    }

    static String number(BigDecimal value, String unit) {
        return IndicatorNumber.format(value, unit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.dashboard.title");
    }
}
