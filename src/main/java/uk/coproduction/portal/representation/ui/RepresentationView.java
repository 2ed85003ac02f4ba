package uk.coproduction.portal.representation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.representation.EqualityQuestion;
import uk.coproduction.portal.representation.PopulationFigure;
import uk.coproduction.portal.representation.PopulationFigures;
import uk.coproduction.portal.representation.Representation;
import uk.coproduction.portal.representation.RepresentationReport;
import uk.coproduction.portal.representation.RepresentationReport.Cell;
import uk.coproduction.portal.representation.RepresentationReport.Comparison;
import uk.coproduction.portal.representation.RepresentationReport.Standing;
import uk.coproduction.portal.services.Team;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who we are not hearing from: respondents by group, age band and area set against the population figures, and the
 * equality monitoring answers in aggregate. A text summary comes first; every figure is in a table with words, never
 * colour alone. The filters are kept in the URL so the view can be shared.
 */
@Route(value = "staff/dashboard/representation", layout = StaffLayout.class)
@Menu(title = "representation.nav.view", order = 350)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class RepresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NONE = "NONE";

    private final Representation representation;
    private final Map<String, String> areaNames;
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<PopulationFigures.Choice> area = new ComboBox<>();
    private final ComboBox<PopulationFigures.Choice> service = new ComboBox<>();
    private final ComboBox<RespondentGroup> group = new ComboBox<>();
    private final ComboBox<AgeBand> ageBand = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<Quarter> from = new ComboBox<>();
    private final ComboBox<Quarter> to = new ComboBox<>();
    private final Div results = new Div();

    RepresentationView(Representation representation, PopulationFigures figures) {
        this.representation = representation;
        addClassNames("page", "page-wide", "representation-view");
        List<PopulationFigures.Choice> areas = figures.areas();
        areaNames = areas.stream()
                .collect(Collectors.toMap(PopulationFigures.Choice::code, PopulationFigures.Choice::name));

        team.setLabel(getTranslation("representation.filter.team"));
        team.setItems(Team.values());
        team.setItemLabelGenerator(t -> getTranslation("team." + t.name()));
        area.setLabel(getTranslation("representation.filter.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(PopulationFigures.Choice::name);
        service.setLabel(getTranslation("representation.filter.service"));
        service.setItems(figures.services());
        service.setItemLabelGenerator(PopulationFigures.Choice::name);
        group.setLabel(getTranslation("representation.filter.group"));
        group.setItems(RespondentGroup.residents());
        group.setItemLabelGenerator(g -> getTranslation("group." + g.name()));
        ageBand.setLabel(getTranslation("representation.filter.age"));
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(b -> getTranslation("age." + b.name()));
        channel.setLabel(getTranslation("representation.filter.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("representation.channel." + c.name()));
        from.setLabel(getTranslation("representation.filter.from"));
        to.setLabel(getTranslation("representation.filter.to"));
        Button apply = new Button(getTranslation("representation.filter.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(team, area, service, group, ageBand, channel, from, to, apply);
        filters.addClassName("representation-filters");
        Section filterSection = new Section(new H2(getTranslation("representation.filter.title")), filters);
        filterSection.addClassName("representation-filter-section");

        add(
                new H1(getTranslation("representation.title")),
                new Paragraph(getTranslation("representation.intro")),
                filterSection,
                results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EvidenceFilter requested = EvidenceFilter.fromQuery(
                event.getLocation().getQueryParameters().getParameters());
        RepresentationReport report = representation.report(requested);
        show(report);
    }

    private void apply() {
        EvidenceFilter filter = new EvidenceFilter(
                team.getValue(),
                service.getValue() == null ? null : service.getValue().code(),
                area.getValue() == null ? null : area.getValue().code(),
                group.getValue(),
                ageBand.getValue(),
                channel.getValue(),
                from.getValue(),
                to.getValue());
        UI.getCurrent().navigate(RepresentationView.class, QueryParameters.simple(filter.toQuery()));
    }

    private void show(RepresentationReport report) {
        EvidenceFilter filter = report.filter();
        List<Quarter> quarters = filter.to().lastQuarters(12);
        List<Quarter> choices = new ArrayList<>(quarters);
        if (!choices.contains(filter.from())) {
            choices.addFirst(filter.from());
        }
        from.setItems(choices);
        to.setItems(choices);
        team.setValue(filter.team());
        area.setValue(area.getListDataView()
                .getItems()
                .filter(c -> c.code().equals(filter.area()))
                .findFirst()
                .orElse(null));
        service.setValue(service.getListDataView()
                .getItems()
                .filter(c -> c.code().equals(filter.service()))
                .findFirst()
                .orElse(null));
        group.setValue(filter.group());
        ageBand.setValue(filter.ageBand());
        channel.setValue(filter.channel());
        from.setValue(filter.from());
        to.setValue(filter.to());

        results.removeAll();
        results.add(
                summary(report), populations(report), answerPopulations(report), respondents(report), equality(report));
    }

    private Section summary(RepresentationReport report) {
        Section section = new Section(new H2(getTranslation("representation.summary.title")));
        section.addClassName("representation-summary");
        section.add(new Paragraph(getTranslation(
                "representation.summary.period",
                report.filter().from(),
                report.filter().to(),
                fewer(report.respondents()))));
        if (report.populations().isEmpty() && report.answerPopulations().isEmpty()) {
            section.add(new Paragraph(getTranslation("representation.summary.no-figures")));
        } else {
            List<Comparison> least = report.heardLeast();
            section.add(new Paragraph(
                    least.isEmpty()
                            ? getTranslation("representation.summary.none-under")
                            : getTranslation(
                                    "representation.summary.least",
                                    least.stream()
                                            .map(c -> label(c.figure()) + " (" + standingShort(c) + ")")
                                            .collect(Collectors.joining("; ")))));
            List<String> tooFew = Stream.concat(report.populations().stream(), report.answerPopulations().stream())
                    .filter(c -> c.standing() == Standing.TOO_FEW_TO_COMPARE)
                    .map(c -> label(c.figure()))
                    .toList();
            if (!tooFew.isEmpty()) {
                section.add(new Paragraph(getTranslation("representation.summary.too-few", String.join("; ", tooFew))));
            }
        }
        List<String> uncovered = RespondentGroup.residents().stream()
                .filter(g -> report.filter().group() == null || report.filter().group() == g)
                .filter(g -> report.populations().stream()
                        .noneMatch(c -> c.figure().group() == null || c.figure().group() == g))
                .map(g -> getTranslation("group." + g.name()))
                .toList();
        if (!uncovered.isEmpty()) {
            section.add(new Paragraph(
                    getTranslation("representation.summary.no-figure-for", String.join("; ", uncovered))));
        }
        return section;
    }

    private Section populations(RepresentationReport report) {
        Section section = new Section(new H2(getTranslation("representation.populations.title")));
        if (report.populations().isEmpty()) {
            section.add(new Paragraph(getTranslation("representation.summary.no-figures")));
            return section;
        }
        section.add(new Paragraph(
                report.averageRate().isPresent()
                        ? getTranslation(
                                "representation.populations.average",
                                decimal(report.averageRate().getAsDouble()))
                        : getTranslation("representation.populations.no-average")));
        FigureTable table = new FigureTable(
                getTranslation("representation.populations.caption"),
                getTranslation("representation.populations.column.population"),
                getTranslation("representation.populations.column.people"),
                getTranslation("representation.populations.column.responses"),
                getTranslation("representation.populations.column.rate"),
                getTranslation("representation.populations.column.standing"));
        for (Comparison comparison : report.populations()) {
            table.row(
                    label(comparison.figure()),
                    NumberFormat.getIntegerInstance(Locale.UK)
                            .format(comparison.figure().people()),
                    fewer(comparison.respondents()),
                    rate(comparison),
                    standing(comparison));
        }
        section.add(table);
        return section;
    }

    /** Respondents per 1,000 people, or "not shown" when the count behind it is hidden. */
    private String rate(Comparison comparison) {
        return comparison.ratePerThousand().isPresent()
                ? decimal(comparison.ratePerThousand().getAsDouble())
                : getTranslation("representation.not-shown");
    }

    private Section answerPopulations(RepresentationReport report) {
        Section section = new Section(
                new H2(getTranslation("representation.answers.title")),
                new Paragraph(getTranslation("representation.answers.intro")));
        if (report.answerPopulations().isEmpty()) {
            section.add(new Paragraph(getTranslation("representation.answers.none")));
            return section;
        }
        section.add(new Paragraph(
                report.answerAverageRate().isPresent()
                        ? getTranslation(
                                "representation.answers.average",
                                decimal(report.answerAverageRate().getAsDouble()))
                        : getTranslation("representation.populations.no-average")));
        FigureTable table = new FigureTable(
                getTranslation("representation.answers.caption"),
                getTranslation("representation.populations.column.population"),
                getTranslation("representation.answers.column.answer"),
                getTranslation("representation.populations.column.people"),
                getTranslation("representation.answers.column.answered"),
                getTranslation("representation.populations.column.rate"),
                getTranslation("representation.populations.column.standing"));
        for (Comparison comparison : report.answerPopulations()) {
            var c = comparison.figure().characteristic();
            table.row(
                    label(comparison.figure()),
                    getTranslation(
                            "representation.characteristic",
                            getTranslation(
                                    "representation.equality." + c.question().key()),
                            getTranslation("equality." + c.question().key() + "." + c.answer())),
                    NumberFormat.getIntegerInstance(Locale.UK)
                            .format(comparison.figure().people()),
                    fewer(comparison.respondents()),
                    rate(comparison),
                    standing(comparison));
        }
        section.add(table);
        return section;
    }

    private Section respondents(RepresentationReport report) {
        Section section = new Section(
                new H2(getTranslation("representation.respondents.title")),
                new Paragraph(getTranslation("representation.respondents.intro")));
        FigureTable groups = cellTable("representation.respondents.by-group", "representation.respondents.group");
        for (Cell cell : report.byGroup()) {
            RespondentGroup g = RespondentGroup.valueOf(cell.key());
            List<String> names = report.populations().stream()
                    .filter(c -> c.figure().group() == null || c.figure().group() == g)
                    .map(c -> label(c.figure()))
                    .toList();
            groups.row(
                    getTranslation("group." + g.name()),
                    cellCount(cell),
                    cellShare(cell),
                    names.isEmpty()
                            ? getTranslation("representation.respondents.no-figure")
                            : String.join("; ", names));
        }
        FigureTable bands = cellTable("representation.respondents.by-age", "representation.respondents.age");
        for (Cell cell : report.byAgeBand()) {
            bands.row(
                    NONE.equals(cell.key())
                            ? getTranslation("representation.respondents.no-age")
                            : getTranslation("age." + cell.key()),
                    cellCount(cell),
                    cellShare(cell),
                    coverage(report, cell));
        }
        FigureTable areas = cellTable("representation.respondents.by-area", "representation.respondents.area");
        for (Cell cell : report.byArea()) {
            areas.row(
                    NONE.equals(cell.key())
                            ? getTranslation("representation.respondents.no-area")
                            : areaNames.getOrDefault(cell.key(), cell.key()),
                    cellCount(cell),
                    cellShare(cell),
                    coverage(report, cell));
        }
        section.add(groups, bands, areas);
        return section;
    }

    /** Whether a population figure covers an age band or an area row. */
    private String coverage(RepresentationReport report, Cell cell) {
        List<String> names = report.populations().stream()
                .filter(c -> NONE.equals(cell.key())
                        ? false
                        : c.figure().areaCode().equals(cell.key())
                                || c.figure().ageBands().stream()
                                        .anyMatch(b -> b.name().equals(cell.key())))
                .map(c -> label(c.figure()))
                .toList();
        return names.isEmpty() ? getTranslation("representation.respondents.no-figure") : String.join("; ", names);
    }

    private FigureTable cellTable(String captionKey, String firstHeaderKey) {
        return new FigureTable(
                getTranslation(captionKey),
                getTranslation(firstHeaderKey),
                getTranslation("representation.respondents.responses"),
                getTranslation("representation.respondents.share"),
                getTranslation("representation.respondents.population"));
    }

    private Section equality(RepresentationReport report) {
        Section section = new Section(
                new H2(getTranslation("representation.equality.title")),
                new Paragraph(getTranslation("representation.equality.intro")),
                new Paragraph(getTranslation(
                        "representation.equality.answered",
                        report.equality()
                                .answered()
                                .formatPercent(
                                        getTranslation("evidence.fewer-than-5"),
                                        getTranslation("representation.none")))));
        for (EqualityQuestion question : EqualityQuestion.values()) {
            section.add(new H3(getTranslation("representation.equality." + question.key())));
            FigureTable table = new FigureTable(
                    getTranslation("representation.equality." + question.key()),
                    getTranslation("representation.equality.answer"),
                    getTranslation("representation.respondents.responses"),
                    getTranslation("representation.respondents.share"));
            for (Cell cell : report.equality().questions().get(question)) {
                String answer = NONE.equals(cell.key())
                        ? getTranslation("representation.equality.not-answered")
                        : EqualityQuestion.PREFER_NOT_TO_SAY.equals(cell.key())
                                ? getTranslation("equality.prefer-not")
                                : getTranslation("equality." + question.key() + "." + cell.key());
                table.row(answer, cellCount(cell), cellShare(cell));
            }
            section.add(table);
        }
        return section;
    }

    private String label(PopulationFigure figure) {
        return getTranslation(
                "representation.population.label",
                figure.name(),
                areaNames.getOrDefault(figure.areaCode(), figure.areaName()));
    }

    private String standing(Comparison comparison) {
        return switch (comparison.standing()) {
            case NO_RESPONSES -> getTranslation("representation.standing.no-responses");
            case TOO_FEW_TO_COMPARE -> getTranslation("representation.standing.too-few");
            case NO_AVERAGE -> getTranslation("representation.standing.no-average");
            case UNDER_REPRESENTED ->
                getTranslation(
                        "representation.standing.under",
                        decimal(comparison.ratio().orElseThrow()));
            case ABOUT_AVERAGE ->
                getTranslation(
                        "representation.standing.about",
                        decimal(comparison.ratio().orElseThrow()));
            case OVER_REPRESENTED ->
                getTranslation(
                        "representation.standing.over",
                        decimal(comparison.ratio().orElseThrow()));
        };
    }

    private String standingShort(Comparison comparison) {
        return comparison.standing() == Standing.NO_RESPONSES
                ? getTranslation("representation.standing.no-responses-short")
                : getTranslation(
                        "representation.standing.ratio",
                        decimal(comparison.ratio().orElseThrow()));
    }

    private String cellCount(Cell cell) {
        return fewer(cell.count());
    }

    private String cellShare(Cell cell) {
        return cell.share()
                .formatPercent(getTranslation("evidence.fewer-than-5"), getTranslation("representation.none"));
    }

    private String fewer(SmallNumbers.Count count) {
        return count.format(getTranslation("evidence.fewer-than-5"));
    }

    private static String decimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("representation.page-title");
    }
}
