package uk.coproduction.portal.outcomes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.outcomes.Direction;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.outcomes.IndicatorUpdate;
import uk.coproduction.portal.outcomes.LinkedService;
import uk.coproduction.portal.outcomes.OutcomeIndicators;
import uk.coproduction.portal.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators keep the outcome indicators and SMART objectives up to date: choose one, enter its target and
 * latest value (with the period it refers to, the date and the source) and the services it is about.
 */
@Route(value = "staff/outcomes/edit", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OutcomesEditView extends Div implements HasDynamicTitle {

    private final OutcomeIndicators indicators;
    private final ComboBox<Indicator> chooser = new ComboBox<>();
    private final Div form = new Div();
    private final ErrorSummary errors = new ErrorSummary();
    private final BigDecimalField target = new BigDecimalField();
    private final TextField unit = new TextField();
    private final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    private final BigDecimalField latest = new BigDecimalField();
    private final TextField period = new TextField();
    private final DatePicker asOf = new DatePicker();
    private final TextArea source = new TextArea();
    private final MultiSelectComboBox<LinkedService> services = new MultiSelectComboBox<>();
    private final Paragraph result = new Paragraph();

    OutcomesEditView(OutcomeIndicators indicators) {
        this.indicators = indicators;
        addClassNames("page", "outcomes-edit");
        chooser.setLabel(getTranslation("outcomes.edit.choose"));
        chooser.setItemLabelGenerator(i -> i.heading() + " \u2014 " + i.title());
        chooser.setItems(indicators.all());
        chooser.setWidthFull();
        chooser.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                fill(e.getValue());
            }
        });

        target.setLabel(getTranslation("outcomes.edit.target"));
        unit.setLabel(getTranslation("outcomes.edit.unit"));
        unit.setHelperText(getTranslation("outcomes.edit.unit.help"));
        direction.setLabel(getTranslation("outcomes.edit.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("outcomes.edit.direction." + d.name()));
        latest.setLabel(getTranslation("outcomes.edit.latest"));
        latest.setHelperText(getTranslation("outcomes.edit.latest.help"));
        period.setLabel(getTranslation("outcomes.edit.period"));
        period.setHelperText(getTranslation("outcomes.edit.period.help"));
        asOf.setLabel(getTranslation("outcomes.edit.as-of"));
        source.setLabel(getTranslation("outcomes.edit.source"));
        source.setHelperText(getTranslation("outcomes.edit.source.help"));
        services.setLabel(getTranslation("outcomes.edit.services"));
        services.setItems(indicators.serviceChoices());
        services.setItemLabelGenerator(LinkedService::name);
        Button save = new Button(getTranslation("outcomes.edit.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(new H2(getTranslation("outcomes.edit.form-title")), errors, target, unit, direction, latest, period,
                asOf, source, services, save);
        form.addClassName("outcomes-edit-form");
        form.setVisible(false);
        result.getElement().setAttribute("role", "status");
        result.addClassName("outcomes-result");

        add(new H1(getTranslation("outcomes.edit.title")), new Paragraph(getTranslation("outcomes.edit.intro")),
                chooser, result, form);
    }

    private void fill(Indicator indicator) {
        clearProblems();
        form.setVisible(indicator != null);
        if (indicator == null) {
            return;
        }
        target.setValue(indicator.target());
        unit.setValue(indicator.unit() == null ? "" : indicator.unit());
        direction.setValue(indicator.direction());
        latest.setValue(indicator.latest());
        period.setValue(indicator.latestPeriod() == null ? "" : indicator.latestPeriod());
        asOf.setValue(indicator.latestAsOf());
        source.setValue(indicator.sourceNote() == null ? "" : indicator.sourceNote());
        Set<Long> linked = indicator.services().stream().map(LinkedService::id).collect(Collectors.toSet());
        services.setValue(services.getListDataView().getItems().filter(s -> linked.contains(s.id()))
                .collect(Collectors.toSet()));
    }

    private void save() {
        Indicator chosen = chooser.getValue();
        if (chosen == null) {
            return;
        }
        clearProblems();
        Set<Long> serviceIds = new HashSet<>();
        services.getValue().forEach(s -> serviceIds.add(s.id()));
        try {
            Indicator saved = indicators.update(chosen.kind(), chosen.id(), new IndicatorUpdate(target.getValue(),
                    unit.getValue(), direction.getValue(), latest.getValue(), period.getValue(), asOf.getValue(),
                    source.getValue(), serviceIds));
            List<Indicator> all = indicators.all();
            chooser.setItems(all);
            chooser.setValue(all.stream().filter(i -> i.kind() == saved.kind() && i.id() == saved.id()).findFirst().orElse(null));
            result.setText(getTranslation("outcomes.edit.saved", saved.title(),
                    getTranslation("outcomes.status." + saved.status().name())));
        } catch (InvalidFeedbackException e) {
            Map<String, Component> fields = Map.of("target", target, "unit", unit, "latest", latest, "period", period,
                    "asOf", asOf, "source", source, "services", services);
            for (InvalidFeedbackException.Problem problem : e.problems()) {
                Component field = fields.getOrDefault(problem.field(), chooser);
                String message = getTranslation(problem.messageKey());
                if (field instanceof HasValidation validated) {
                    validated.setInvalid(true);
                    validated.setErrorMessage(message);
                }
                errors.add(message, field);
            }
            errors.show();
        }
    }

    private void clearProblems() {
        errors.clear();
        result.setText("");
        for (HasValidation field : List.<HasValidation>of(target, unit, latest, period, asOf, source, services)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.edit.title");
    }
}
