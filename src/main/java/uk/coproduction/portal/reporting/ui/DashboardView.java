package uk.coproduction.portal.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.EvidenceFigures;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ServiceDashboard.ServiceChoice;
import uk.coproduction.portal.reporting.ServiceDashboard.Trend;
import uk.coproduction.portal.reporting.ServiceDashboard.TrendLine;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.charts.CharterCharts;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service-level dashboard: charter scores, their trend and change since last quarter, themes over time, reply
 * and loop-closure figures, coproduction activities and residents' views beside frontline workers', all for one
 * filter kept in the address so a view can be shared. Aggregates only (board members see it too); every figure
 * arrives suppressed from {@link ServiceDashboard}. Each chart has a text summary (also its accessible name) and a
 * data table.
 */
@Route(value = "staff/dashboard", layout = StaffLayout.class)
@Menu(title = "nav.evidence.dashboard", order = 300)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SPLIT = "split";

    private final ServiceDashboard dashboard;
    private final Map<Integer, String> titles;
    private final Map<String, String> serviceNames;
    private final Map<String, String> areaNames;
    private final List<AreaSummary> areas;

    private final Select<Team> team = new Select<>();
    private final ComboBox<ServiceChoice> service = new ComboBox<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final Select<RespondentGroup> group = new Select<>();
    private final Select<AgeBand> ageBand = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final Select<Quarter> from = new Select<>();
    private final Select<Quarter> to = new Select<>();
    private final Select<ServiceDashboard.CampaignChoice> campaign = new Select<>();
    private final Select<Dimension> split = new Select<>();
    private final Div figures = new Div();

    /** True while fields are set from the address, so their change events do not navigate again. */
    private boolean applyingAddress;

    public DashboardView(ServiceDashboard dashboard, CharterService charter, ServiceCatalogue catalogue) {
        this.dashboard = dashboard;
        this.titles =
                charter.expectations().stream().collect(Collectors.toMap(Expectation::position, Expectation::title));
        List<ServiceChoice> services = dashboard.serviceChoices();
        this.areas = catalogue.areas();
        this.serviceNames = services.stream()
                .collect(Collectors.toMap(ServiceChoice::code, ServiceChoice::name, (a, b) -> a, LinkedHashMap::new));
        this.areaNames = areas.stream()
                .collect(Collectors.toMap(AreaSummary::code, AreaSummary::name, (a, b) -> a, LinkedHashMap::new));
        addClassName("dashboard");

        H1 heading = new H1(getTranslation("dashboard.title"));
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        RouterLink overview = new RouterLink(getTranslation("dashboard.to-overview"), ServicesOverviewView.class);

        List<Team> teams = dashboard.teamChoices();
        choices(team, "dashboard.filter.team", teams, t -> getTranslation("team." + t.name()));
        String anyTeam = TeamChoiceCaption.emptyChoice(this, teams);
        team.setItemLabelGenerator(t -> t == null ? anyTeam : getTranslation("team." + t.name()));
        team.setEmptySelectionCaption(anyTeam);
        service.setLabel(getTranslation("dashboard.filter.service"));
        service.setItems(services);
        service.setItemLabelGenerator(ServiceChoice::name);
        service.setClearButtonVisible(true);
        service.setPlaceholder(getTranslation("dashboard.filter.all"));
        area.setLabel(getTranslation("dashboard.filter.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(AreaSummary::name);
        area.setClearButtonVisible(true);
        area.setPlaceholder(getTranslation("dashboard.filter.all"));
        choices(
                group,
                "dashboard.filter.group",
                List.of(RespondentGroup.values()),
                g -> getTranslation("group." + g.name()));
        choices(ageBand, "dashboard.filter.age", List.of(AgeBand.values()), a -> getTranslation("age." + a.name()));
        choices(
                channel,
                "dashboard.filter.channel",
                List.of(Channel.values()),
                c -> getTranslation("channel." + c.name()));
        choices(from, "dashboard.filter.from", dashboard.quarterChoices(), Quarter::toString);
        choices(to, "dashboard.filter.to", dashboard.quarterChoices(), Quarter::toString);
        from.setEmptySelectionCaption(getTranslation("dashboard.filter.default-from"));
        to.setEmptySelectionCaption(getTranslation("dashboard.filter.default-to"));
        choices(
                campaign,
                "dashboard.filter.campaign",
                dashboard.campaignChoices(),
                ServiceDashboard.CampaignChoice::name);
        split.setLabel(getTranslation("dashboard.filter.split"));
        split.setItems(List.of(
                Dimension.SERVICE,
                Dimension.AREA,
                Dimension.GROUP,
                Dimension.AGE_BAND,
                Dimension.CHANNEL,
                Dimension.QUARTER));
        split.setItemLabelGenerator(d -> getTranslation("dashboard.split." + d.name()));
        split.setValue(Dimension.SERVICE);

        Div filters = new Div(team, service, area, group, ageBand, channel, from, to, campaign, split);
        filters.addClassName("dashboard-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("dashboard.filter.label"));
        for (HasValue<?, ?> field :
                List.<HasValue<?, ?>>of(team, service, area, group, ageBand, channel, from, to, campaign, split)) {
            field.addValueChangeListener(e -> {
                if (!applyingAddress) {
                    showFiltersInAddress();
                }
            });
        }
        figures.addClassName("dashboard-figures");
        add(heading, intro, overview, filters, figures);
    }

    private <T> void choices(Select<T> select, String label, List<T> items, Function<T, String> caption) {
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(
                item -> item == null ? getTranslation("dashboard.filter.all") : caption.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("dashboard.filter.all"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    EvidenceFilter filter() {
        return new EvidenceFilter(
                team.getValue(),
                service.getValue() == null ? null : service.getValue().code(),
                area.getValue() == null ? null : area.getValue().code(),
                group.getValue(),
                ageBand.getValue(),
                channel.getValue(),
                from.getValue(),
                to.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id());
    }

    /** The address is the filter's one source: changing a filter changes the address, which shows the figures. */
    private void showFiltersInAddress() {
        Map<String, String> query = new LinkedHashMap<>(filter().toQuery());
        if (split.getValue() != null && split.getValue() != Dimension.SERVICE) {
            query.put(SPLIT, split.getValue().name());
        }
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(query));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        EvidenceFilter filter = EvidenceFilter.fromQuery(query);
        applyingAddress = true;
        try {
            team.setValue(dashboard.teamChoices().contains(filter.team()) ? filter.team() : null);
            service.setValue(filter.service() == null ? null : serviceIn(filter.service()));
            area.setValue(areas.stream()
                    .filter(a -> a.code().equals(filter.area()))
                    .findFirst()
                    .orElse(null));
            group.setValue(filter.group());
            ageBand.setValue(filter.ageBand());
            channel.setValue(filter.channel());
            from.setValue(quarterIn(from, filter.from()));
            to.setValue(quarterIn(to, filter.to()));
            campaign.setValue(campaign.getListDataView()
                    .getItems()
                    .filter(c -> filter.campaign() != null && c.id() == filter.campaign())
                    .findFirst()
                    .orElse(null));
            split.setValue(splitOf(query));
        } finally {
            applyingAddress = false;
        }
        show(filter(), split.getValue());
    }

    /** The service a link names, added to the choices when it is not among them (e.g. no longer active). */
    private ServiceChoice serviceIn(String code) {
        ServiceChoice choice = new ServiceChoice(code, serviceNames.getOrDefault(code, code));
        if (service.getListDataView().getItems().noneMatch(choice::equals)) {
            service.getListDataView().addItem(choice);
        }
        return choice;
    }

    private static Quarter quarterIn(Select<Quarter> select, Quarter quarter) {
        if (quarter != null && select.getListDataView().getItems().noneMatch(quarter::equals)) {
            select.getListDataView().addItem(quarter);
        }
        return quarter;
    }

    private static Dimension splitOf(Map<String, List<String>> query) {
        List<String> values = query.getOrDefault(SPLIT, List.of());
        for (Dimension dimension : Dimension.values()) {
            if (dimension != Dimension.OVERALL
                    && !values.isEmpty()
                    && dimension.name().equalsIgnoreCase(values.getFirst())) {
                return dimension;
            }
        }
        return Dimension.SERVICE;
    }

    private void show(EvidenceFilter filter, Dimension dimension) {
        figures.removeAll();
        Trend trend = dashboard.trend(filter);
        figures.add(
                scores(filter, trend),
                splitScores(filter, dimension),
                trend(trend),
                themes(filter),
                replies(filter),
                whoWeHeardFrom(filter),
                activities(filter),
                residentsAndFrontline(filter));
    }

    private Section scores(EvidenceFilter filter, Trend trend) {
        List<Score> overall = dashboard.scores(filter, Dimension.OVERALL);
        String summary = CharterCharts.scoresSummary(overall, trend, titles, this::getTranslation);
        FigureTable table =
                new FigureTable(getTranslation("dashboard.scores.table"), scoreColumns("dashboard.column.expectation"));
        Map<Integer, Score> byPosition = overall.stream().collect(Collectors.toMap(Score::position, s -> s));
        titles.keySet().stream()
                .sorted()
                .forEach(position -> table.row(
                        CharterCharts.expectation(titles, position),
                        byPosition.containsKey(position) ? scoreFigures(byPosition.get(position)) : noScores()));
        return section(
                "dashboard.scores.title",
                new Paragraph(summary),
                chart(CharterCharts.scoresSvg(overall, titles, this::getTranslation, summary)),
                dataTable(table),
                new Paragraph(getTranslation("dashboard.scores.legend")));
    }

    private Section splitScores(EvidenceFilter filter, Dimension dimension) {
        List<Score> scores = dashboard.scores(filter, dimension);
        List<String> columns = new ArrayList<>();
        columns.add(getTranslation("dashboard.split." + dimension.name()));
        columns.addAll(scoreColumns("dashboard.column.expectation"));
        FigureTable table = new FigureTable(
                getTranslation("dashboard.split.table", getTranslation("dashboard.split." + dimension.name())),
                columns);
        for (Score score : scores) {
            List<String> cells = new ArrayList<>();
            cells.add(CharterCharts.expectation(titles, score.position()));
            cells.addAll(scoreFigures(score));
            table.row(keyLabel(dimension, score.key()), cells);
        }
        Section section = section("dashboard.split.title", table);
        if (scores.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.no-feedback")));
        }
        return section;
    }

    private Section trend(Trend trend) {
        String summary = CharterCharts.trendSummary(trend, titles, this::getTranslation);
        List<String> columns = new ArrayList<>();
        columns.add(getTranslation("dashboard.column.expectation"));
        trend.quarters().forEach(q -> columns.add(q.toString()));
        columns.add(getTranslation("dashboard.column.change"));
        FigureTable table = new FigureTable(getTranslation("dashboard.trend.table"), columns);
        for (TrendLine line : trend.lines()) {
            List<String> cells = new ArrayList<>();
            trend.quarters().forEach(q -> cells.add(percent(line.positive().get(q))));
            cells.add(getTranslation("dashboard.direction." + line.change().name()));
            table.row(CharterCharts.expectation(titles, line.position()), cells);
        }
        return section(
                "dashboard.trend.title",
                new Paragraph(summary),
                chart(CharterCharts.trendSvg(trend, titles, this::getTranslation, summary)),
                dataTable(table));
    }

    private Section themes(EvidenceFilter filter) {
        ServiceDashboard.Themes themes = dashboard.themes(filter);
        List<String> columns = new ArrayList<>();
        columns.add(getTranslation("dashboard.column.theme"));
        themes.quarters().forEach(q -> columns.add(q.toString()));
        columns.add(getTranslation("dashboard.themes.whole-period"));
        FigureTable table = new FigureTable(getTranslation("dashboard.themes.table"), columns);
        // The whole period's count is the packs' figure (EvidenceFigures.themeTotals), not a sum of rounded cells.
        Map<String, SmallNumbers.Count> totals = dashboard.themeTotals(filter).stream()
                .collect(Collectors.toMap(EvidenceFigures.ThemeTotal::theme, EvidenceFigures.ThemeTotal::items));
        themes.rows().forEach(row -> {
            List<String> cells = new ArrayList<>(
                    row.perQuarter().values().stream().map(this::count).toList());
            cells.add(count(totals.getOrDefault(row.theme(), SmallNumbers.count(0))));
            table.row(row.theme(), cells);
        });
        Section section = section("dashboard.themes.title", table);
        if (themes.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.themes.none")));
        }
        return section;
    }

    private Section replies(EvidenceFilter filter) {
        ServiceDashboard.Replies replies = dashboard.replies(filter);
        FigureTable table = new FigureTable(
                getTranslation("dashboard.replies.table"),
                List.of(getTranslation("dashboard.column.figure"), getTranslation("dashboard.column.value")));
        table.row(getTranslation("dashboard.replies.items"), List.of(count(replies.items())));
        table.row(getTranslation("dashboard.replies.reply-rate"), List.of(percent(replies.replied())));
        table.row(
                getTranslation("dashboard.replies.median-days"),
                List.of(
                        replies.medianDays().isPresent()
                                ? getTranslation(
                                        "dashboard.replies.days",
                                        replies.medianDays().getAsDouble())
                                : getTranslation("dashboard.replies.median-hidden")));
        table.row(getTranslation("dashboard.replies.loop-closure"), List.of(percent(replies.loopClosed())));
        return section("dashboard.replies.title", table);
    }

    /** Who we heard from, as the packs print it (the same queries: EvidenceFigures.voicesBy). */
    private Section whoWeHeardFrom(EvidenceFilter filter) {
        Section section = section("dashboard.who.title");
        for (EvidenceFigures.Breakdown breakdown : EvidenceFigures.Breakdown.values()) {
            String heading = getTranslation("dashboard.who." + breakdown.name());
            FigureTable table =
                    new FigureTable(heading, List.of(heading, getTranslation("dashboard.who.column.items")));
            dashboard
                    .voicesBy(filter, breakdown)
                    .forEach((key, count) -> table.row(whoLabel(breakdown, key), List.of(count(count))));
            section.add(table);
        }
        return section;
    }

    private String whoLabel(EvidenceFigures.Breakdown breakdown, String key) {
        return switch (breakdown) {
            case GROUP -> getTranslation("group." + key);
            case AGE_BAND ->
                "NONE".equals(key) ? getTranslation("dashboard.who.age.none") : getTranslation("age." + key);
            case AREA -> key.isEmpty() ? getTranslation("dashboard.who.area.none") : key;
        };
    }

    private Section activities(EvidenceFilter filter) {
        ServiceDashboard.Activities activities = dashboard.activities(filter);
        FigureTable stages = new FigureTable(
                getTranslation("dashboard.activities.stages"),
                List.of(getTranslation("dashboard.column.stage"), getTranslation("dashboard.column.activities")));
        for (CycleStage stage : CycleStage.values()) {
            stages.row(
                    getTranslation("workspace.stage." + stage.name()),
                    List.of(count(activities.byStage().get(stage))));
        }
        List<String> columns = new ArrayList<>();
        columns.add(getTranslation("dashboard.column.lundy"));
        for (LundyAnswer answer : LundyAnswer.values()) {
            columns.add(getTranslation("activity.lundy.answer." + answer.name()));
        }
        FigureTable lundy = new FigureTable(getTranslation("dashboard.activities.lundy"), columns);
        activities
                .lundy()
                .forEach((element, answers) -> lundy.row(
                        getTranslation("activity.lundy." + element),
                        answers.values().stream().map(this::count).toList()));
        return section(
                "dashboard.activities.title",
                new Paragraph(getTranslation("dashboard.activities.total", count(activities.total()))),
                stages,
                lundy,
                new Paragraph(getTranslation("dashboard.activities.note")));
    }

    private Section residentsAndFrontline(EvidenceFilter filter) {
        ServiceDashboard.ResidentsAndFrontline both = dashboard.residentsAndFrontline(filter);
        Map<Integer, Score> residents = both.residents().stream().collect(Collectors.toMap(Score::position, s -> s));
        Map<Integer, Score> frontline = both.frontline().stream().collect(Collectors.toMap(Score::position, s -> s));
        FigureTable table = new FigureTable(
                getTranslation("dashboard.frontline.table"),
                List.of(
                        getTranslation("dashboard.column.expectation"),
                        getTranslation("dashboard.frontline.residents-answers"),
                        getTranslation("dashboard.frontline.residents-positive"),
                        getTranslation("dashboard.frontline.frontline-answers"),
                        getTranslation("dashboard.frontline.frontline-positive")));
        titles.keySet().stream().sorted().forEach(position -> {
            Score resident = residents.get(position);
            Score worker = frontline.get(position);
            table.row(
                    CharterCharts.expectation(titles, position),
                    List.of(
                            resident == null ? count(SmallNumbers.count(0)) : count(resident.answered()),
                            resident == null ? none() : percent(resident.share(Tone.POSITIVE)),
                            worker == null ? count(SmallNumbers.count(0)) : count(worker.answered()),
                            worker == null ? none() : percent(worker.share(Tone.POSITIVE))));
        });
        return section("dashboard.frontline.title", new Paragraph(getTranslation("dashboard.frontline.intro")), table);
    }

    private List<String> scoreColumns(String firstKey) {
        return List.of(
                getTranslation(firstKey),
                getTranslation("dashboard.column.answers"),
                getTranslation("dashboard.tone.POSITIVE"),
                getTranslation("dashboard.tone.NEUTRAL"),
                getTranslation("dashboard.tone.NEGATIVE"),
                getTranslation("dashboard.column.not-sure"));
    }

    private List<String> scoreFigures(Score score) {
        return List.of(
                count(score.answered()),
                percent(score.share(Tone.POSITIVE)),
                percent(score.share(Tone.NEUTRAL)),
                percent(score.share(Tone.NEGATIVE)),
                count(score.notSure()));
    }

    private List<String> noScores() {
        String zero = count(SmallNumbers.count(0));
        return List.of(zero, none(), none(), none(), zero);
    }

    private String keyLabel(Dimension dimension, String key) {
        if (key == null) {
            return getTranslation("dashboard.key.none");
        }
        return switch (dimension) {
            case SERVICE -> serviceNames.getOrDefault(key, key);
            case AREA -> areaNames.getOrDefault(key, key);
            case GROUP -> getTranslation("group." + key);
            case AGE_BAND -> getTranslation("age." + key);
            case CHANNEL -> getTranslation("channel." + key);
            default -> key;
        };
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("dashboard-section");
        section.add(content);
        return section;
    }

    private Component chart(String svg) {
        Svg chart = new Svg(svg);
        chart.addClassName("dashboard-chart");
        return chart;
    }

    private NativeDetails dataTable(FigureTable table) {
        NativeDetails details = new NativeDetails(getTranslation("dashboard.data-table"), table);
        details.addClassName("dashboard-data");
        return details;
    }

    private String count(SmallNumbers.Count count) {
        return count.format(getTranslation("evidence.fewer-than-5"));
    }

    private String percent(SmallNumbers.Share share) {
        return share.formatPercent(getTranslation("evidence.fewer-than-5"), none());
    }

    private String none() {
        return getTranslation("dashboard.none");
    }
}
