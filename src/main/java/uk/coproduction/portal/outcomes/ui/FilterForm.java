package uk.coproduction.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import uk.coproduction.portal.api.ServiceRow;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ui.TeamChoiceCaption;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The evidence filter of the outcomes, re-commissioning and export pages. "Show" puts the filter in the page's URL
 * (so the view can be shared) and opens it again; every part is optional.
 */
public class FilterForm extends Section {

    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<ServiceRow> service = new ComboBox<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final ComboBox<RespondentGroup> group = new ComboBox<>();
    private final ComboBox<AgeBand> ageBand = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Quarter> from = new ComboBox<>();
    private final ComboBox<Quarter> to = new ComboBox<>();
    private final ComboBox<ServiceDashboard.CampaignChoice> campaign = new ComboBox<>();

    /**
     * @param teams the teams the picker offers: those whose figures the signed-in person may see; its empty choice
     *              says which teams it stands for when that is not every team
     * @param parts which parts to offer: "team", "service", "area", "group", "age", "channel", "quarters"
     */
    public FilterForm(
            Class<? extends Component> page,
            EvidenceFilter filter,
            List<Team> teams,
            List<ServiceRow> services,
            List<AreaSummary> areas,
            Clock clock,
            List<String> parts) {
        this(page, filter, teams, services, areas, List.of(), clock, parts);
    }

    /**
     * @param campaigns the campaign and event links offered when {@code parts} has "campaign" (decision 0027)
     */
    public FilterForm(
            Class<? extends Component> page,
            EvidenceFilter filter,
            List<Team> teams,
            List<ServiceRow> services,
            List<AreaSummary> areas,
            List<ServiceDashboard.CampaignChoice> campaigns,
            Clock clock,
            List<String> parts) {
        addClassName("outcomes-filter");
        Div fields = new Div();
        fields.addClassName("outcomes-filter-fields");
        setUp(
                team,
                "outcomes.filter.team",
                teams,
                t -> getTranslation("team." + t.name()),
                teams.contains(filter.team()) ? filter.team() : null);
        team.setPlaceholder(TeamChoiceCaption.emptyChoice(this, teams));
        setUp(
                service,
                "outcomes.filter.service",
                services,
                ServiceRow::name,
                services.stream()
                        .filter(s -> s.code().equals(filter.service()))
                        .findFirst()
                        .orElse(null));
        setUp(
                area,
                "outcomes.filter.area",
                areas,
                AreaSummary::name,
                areas.stream()
                        .filter(a -> a.code().equals(filter.area()))
                        .findFirst()
                        .orElse(null));
        setUp(
                group,
                "outcomes.filter.group",
                Arrays.asList(RespondentGroup.values()),
                g -> getTranslation("group." + g.name()),
                filter.group());
        setUp(
                ageBand,
                "outcomes.filter.age",
                Arrays.asList(AgeBand.values()),
                a -> getTranslation("age." + a.name()),
                filter.ageBand());
        setUp(
                channel,
                "outcomes.filter.channel",
                Arrays.asList(Channel.values()),
                c -> getTranslation("channel." + c.name()),
                filter.channel());
        List<Quarter> quarters =
                Quarter.of(LocalDate.now(clock)).lastQuarters(12).reversed();
        setUp(from, "outcomes.filter.from", quarters, Quarter::toString, filter.from());
        setUp(to, "outcomes.filter.to", quarters, Quarter::toString, filter.to());
        List<ServiceDashboard.CampaignChoice> campaignItems = new ArrayList<>(campaigns);
        if (filter.campaign() != null && campaignItems.stream().noneMatch(c -> c.id() == filter.campaign())) {
            // A campaign named in the address is kept when "Show" is pressed, even where it is not offered.
            campaignItems.add(new ServiceDashboard.CampaignChoice(
                    filter.campaign(), filter.campaign().toString()));
        }
        setUp(
                campaign,
                "outcomes.filter.campaign",
                campaignItems,
                ServiceDashboard.CampaignChoice::name,
                campaignItems.stream()
                        .filter(c -> filter.campaign() != null && c.id() == filter.campaign())
                        .findFirst()
                        .orElse(null));
        Map<String, List<ComboBox<?>>> byPart = Map.of(
                "team",
                List.of(team),
                "service",
                List.of(service),
                "area",
                List.of(area),
                "group",
                List.of(group),
                "age",
                List.of(ageBand),
                "channel",
                List.of(channel),
                "quarters",
                List.of(from, to),
                "campaign",
                List.of(campaign));
        parts.forEach(part -> byPart.getOrDefault(part, List.of()).forEach(fields::add));
        Button show = new Button(
                getTranslation("outcomes.filter.show"),
                e -> getUI().ifPresent(ui -> ui.navigate(page, QueryParameters.simple(filter().toQuery()))));
        show.addClassName("outcomes-filter-show");
        add(new H2(getTranslation("outcomes.filter.title")), fields, show);
    }

    /** The filter the fields describe now. */
    public EvidenceFilter filter() {
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

    /** The filter a page's URL names. */
    public static EvidenceFilter fromUrl(QueryParameters query) {
        return EvidenceFilter.fromQuery(query.getParameters());
    }

    private <T> void setUp(ComboBox<T> box, String labelKey, List<T> items, Function<T, String> label, T value) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("outcomes.filter.all"));
        box.setValue(value);
    }

    static String describe(Component within, EvidenceFilter filter, Clock clock) {
        return within.getTranslation(
                "outcomes.filter.period",
                filter.firstQuarter(clock).toString(),
                filter.lastQuarter(clock).toString());
    }
}
