package uk.coproduction.portal.representation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.representation.Characteristic;
import uk.coproduction.portal.representation.PopulationEntry;
import uk.coproduction.portal.representation.PopulationFigure;
import uk.coproduction.portal.representation.PopulationFigures;
import uk.coproduction.portal.services.Team;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators enter the population figures the representation view compares respondents with: a named population
 * in an area (optionally for one team or service) and which respondents it is compared with.
 */
@Route(value = "staff/population", layout = StaffLayout.class)
@Menu(title = "representation.nav.population", order = 670)
@RolesAllowed(Roles.ADMIN)
public class PopulationView extends Div implements HasDynamicTitle {

    private final PopulationFigures figures;
    private final Grid<PopulationFigure> list = new Grid<>();
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph result = new Paragraph();
    private final TextField name = new TextField();
    private final ComboBox<PopulationFigures.Choice> area = new ComboBox<>();
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<PopulationFigures.Choice> service = new ComboBox<>();
    private final ComboBox<RespondentGroup> group = new ComboBox<>();
    private final CheckboxGroup<AgeBand> ageBands = new CheckboxGroup<>();
    private final ComboBox<Characteristic> characteristic = new ComboBox<>();
    private final IntegerField people = new IntegerField();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final H2 formTitle = new H2();
    private PopulationFigure editing;

    PopulationView(PopulationFigures figures) {
        this.figures = figures;
        addClassNames("page", "page-wide", "representation-population");

        list.addColumn(PopulationFigure::name)
                .setHeader(getTranslation("representation.population.column.name"))
                .setFlexGrow(1);
        list.addColumn(PopulationFigure::areaName)
                .setHeader(getTranslation("representation.population.column.area"))
                .setAutoWidth(true);
        list.addColumn(this::comparedWith)
                .setHeader(getTranslation("representation.population.column.compared"))
                .setFlexGrow(1);
        list.addColumn(f -> NumberFormat.getIntegerInstance(Locale.UK).format(f.people()))
                .setHeader(getTranslation("representation.population.column.people"))
                .setAutoWidth(true);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.setAriaLabel(getTranslation("representation.population.list"));
        list.addSelectionListener(e -> edit(e.getFirstSelectedItem().orElse(null)));

        name.setLabel(getTranslation("representation.population.name"));
        name.setHelperText(getTranslation("representation.population.name-help"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.addClassName("wide-field");
        area.setLabel(getTranslation("representation.population.area"));
        area.setItems(figures.areas());
        area.setItemLabelGenerator(PopulationFigures.Choice::name);
        area.setRequiredIndicatorVisible(true);
        team.setLabel(getTranslation("representation.population.team"));
        team.setItems(Team.values());
        team.setItemLabelGenerator(t -> getTranslation("team." + t.name()));
        team.setHelperText(getTranslation("representation.population.optional"));
        service.setLabel(getTranslation("representation.population.service"));
        service.setItems(figures.services());
        service.setItemLabelGenerator(PopulationFigures.Choice::name);
        service.setHelperText(getTranslation("representation.population.optional"));
        group.setLabel(getTranslation("representation.population.group"));
        group.setItems(RespondentGroup.residents());
        group.setItemLabelGenerator(g -> getTranslation("group." + g.name()));
        group.setHelperText(getTranslation("representation.population.group-help"));
        ageBands.setLabel(getTranslation("representation.population.age-bands"));
        ageBands.setItems(AgeBand.values());
        ageBands.setItemLabelGenerator(b -> getTranslation("age." + b.name()));
        ageBands.setHelperText(getTranslation("representation.population.age-bands-help"));
        characteristic.setLabel(getTranslation("representation.population.characteristic"));
        characteristic.setItems(Characteristic.all());
        characteristic.setItemLabelGenerator(this::characteristicLabel);
        characteristic.setHelperText(getTranslation("representation.population.characteristic-help"));
        characteristic.addClassName("wide-field");
        people.setLabel(getTranslation("representation.population.people"));
        people.setHelperText(getTranslation("representation.population.people-help"));
        people.setRequiredIndicatorVisible(true);
        people.setMin(1);

        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("representation.population.delete"));
        delete.addClickListener(e -> delete());
        Button fresh = new Button(getTranslation("representation.population.new"), e -> list.deselectAll());
        result.getElement().setAttribute("role", "status");

        Section form = new Section(
                formTitle,
                errors,
                name,
                area,
                team,
                service,
                group,
                ageBands,
                characteristic,
                people,
                new Div(save, fresh, delete));
        form.addClassName("form-section");
        add(
                new H1(getTranslation("representation.population.title")),
                new Paragraph(getTranslation("representation.population.intro")),
                result,
                list,
                form);
        reload();
        edit(null);
    }

    private String characteristicLabel(Characteristic c) {
        return getTranslation(
                "representation.characteristic",
                getTranslation("representation.equality." + c.question().key()),
                getTranslation("equality." + c.question().key() + "." + c.answer()));
    }

    private String comparedWith(PopulationFigure figure) {
        if (figure.characteristic() != null) {
            String who =
                    getTranslation("representation.population.answered", characteristicLabel(figure.characteristic()));
            return figure.group() == null
                    ? who
                    : who + " — " + getTranslation("group." + figure.group().name());
        }
        String who = figure.group() == null
                ? getTranslation("representation.population.all-groups")
                : getTranslation("group." + figure.group().name());
        if (!figure.ageBands().isEmpty()) {
            who += " ("
                    + figure.ageBands().stream()
                            .map(b -> getTranslation("age." + b.name()))
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        if (figure.serviceName() != null) {
            who += " — " + figure.serviceName();
        } else if (figure.team() != null) {
            who += " — " + getTranslation("team." + figure.team().name());
        }
        return who;
    }

    private void reload() {
        list.setItems(figures.all());
    }

    private void edit(PopulationFigure figure) {
        editing = figure;
        clearProblems();
        formTitle.setText(getTranslation(
                figure == null ? "representation.population.add-title" : "representation.population.edit-title"));
        save.setText(
                getTranslation(figure == null ? "representation.population.add" : "representation.population.save"));
        delete.setVisible(figure != null);
        name.setValue(figure == null ? "" : figure.name());
        area.setValue(figure == null ? null : choice(area, figure.areaCode()));
        team.setValue(figure == null ? null : figure.team());
        service.setValue(figure == null ? null : choice(service, figure.service()));
        group.setValue(figure == null ? null : figure.group());
        ageBands.setValue(figure == null ? Set.of() : Set.copyOf(figure.ageBands()));
        characteristic.setValue(figure == null ? null : figure.characteristic());
        people.setValue(figure == null ? null : figure.people());
    }

    private static PopulationFigures.Choice choice(ComboBox<PopulationFigures.Choice> box, String code) {
        return code == null
                ? null
                : box.getListDataView()
                        .getItems()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    private void save() {
        clearProblems();
        PopulationEntry entry = new PopulationEntry(
                name.getValue(),
                area.getValue() == null ? null : area.getValue().code(),
                team.getValue(),
                service.getValue() == null ? null : service.getValue().code(),
                group.getValue(),
                new HashSet<>(ageBands.getValue()),
                characteristic.getValue(),
                people.getValue());
        try {
            PopulationFigure saved = editing == null ? figures.add(entry) : figures.update(editing.id(), entry);
            result.setText(getTranslation(
                    editing == null ? "representation.population.added" : "representation.population.saved",
                    saved.name()));
            reload();
            list.deselectAll();
            edit(null);
        } catch (InvalidInputException invalid) {
            Map<String, HasValidation> fields = Map.of(
                    "name",
                    name,
                    "area",
                    area,
                    "service",
                    service,
                    "group",
                    group,
                    "ageBands",
                    ageBands,
                    "characteristic",
                    characteristic,
                    "people",
                    people);
            Map<String, Component> components = Map.of(
                    "name",
                    name,
                    "area",
                    area,
                    "service",
                    service,
                    "group",
                    group,
                    "ageBands",
                    ageBands,
                    "characteristic",
                    characteristic,
                    "people",
                    people);
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
                errors.add(message, components.getOrDefault(problem.field(), name));
            }
            errors.show();
        }
    }

    private void delete() {
        if (editing != null) {
            figures.delete(editing.id());
            result.setText(getTranslation("representation.population.deleted", editing.name()));
            reload();
            list.deselectAll();
            edit(null);
        }
    }

    private void clearProblems() {
        errors.clear();
        List.<HasValidation>of(name, area, service, group, ageBands, characteristic, people)
                .forEach(f -> f.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("representation.population.page-title");
    }
}
