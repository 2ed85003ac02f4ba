package uk.coproduction.portal.outcomes.ui;

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
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.outcomes.DatedValue;
import uk.coproduction.portal.outcomes.Direction;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.outcomes.IndicatorNumber;
import uk.coproduction.portal.outcomes.IndicatorUpdate;
import uk.coproduction.portal.outcomes.LinkedService;
import uk.coproduction.portal.outcomes.NewValue;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.outcomes.OutcomeIndicators;
import uk.coproduction.portal.outcomes.OutcomeValueImport;
import uk.coproduction.portal.outcomes.PlanDomainChoice;
import uk.coproduction.portal.outcomes.RecordedValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators keep the outcome indicators and SMART objectives up to date: choose one, set its target and the
 * services it is about, add dated values (a value for a date that has one is saved as a correction, the earlier
 * value kept) and see its history; or import the values of many indicators from a CSV file (decision 0037).
 */
@Route(value = "staff/outcomes/edit", layout = StaffLayout.class)
@Menu(title = "outcomes.nav.edit", order = 660)
@RolesAllowed(Roles.ADMIN)
public class OutcomesEditView extends Div implements HasDynamicTitle {

    private final OutcomeIndicators indicators;
    private final ComboBox<Indicator> chooser = new ComboBox<>();
    private final Div form = new Div();
    private final ErrorSummary errors = new ErrorSummary();
    private final BigDecimalField target = new BigDecimalField();
    private final TextField unit = new TextField();
    private final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    private final MultiSelectComboBox<LinkedService> services = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PlanDomainChoice> planDomains = new MultiSelectComboBox<>();
    private final Paragraph result = new Paragraph();
    private final OutcomeHistories histories;
    private final Clock clock;
    private final Section valueSection = new Section();
    private final ErrorSummary valueErrors = new ErrorSummary();
    private final BigDecimalField value = new BigDecimalField();
    private final DatePicker valueDate = new DatePicker();
    private final TextField valuePeriod = new TextField();
    private final TextArea valueSource = new TextArea();
    private final Paragraph valueResult = new Paragraph();
    private final Div history = new Div();

    OutcomesEditView(
            OutcomeIndicators indicators, OutcomeHistories histories, OutcomeValueImport imports, Clock clock) {
        this.indicators = indicators;
        this.histories = histories;
        this.clock = clock;
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
        services.setLabel(getTranslation("outcomes.edit.services"));
        services.setItems(indicators.serviceChoices());
        services.setItemLabelGenerator(LinkedService::name);
        planDomains.setLabel(getTranslation("outcomes.edit.plan-domains"));
        planDomains.setItems(indicators.planDomainChoices());
        planDomains.setItemLabelGenerator(PlanDomainChoice::label);
        Button save = new Button(getTranslation("outcomes.edit.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(
                new H2(getTranslation("outcomes.edit.form-title")),
                errors,
                target,
                unit,
                direction,
                services,
                planDomains,
                save);
        form.addClassName("outcomes-edit-form");
        form.setVisible(false);
        result.getElement().setAttribute("role", "status");
        result.addClassName("outcomes-result");

        value.setLabel(getTranslation("outcomes.value.value"));
        valueDate.setLabel(getTranslation("outcomes.value.as-of"));
        valueDate.setHelperText(getTranslation("outcomes.value.as-of.help"));
        valueDate.setMax(LocalDate.now(clock));
        valuePeriod.setLabel(getTranslation("outcomes.value.period"));
        valuePeriod.setHelperText(getTranslation("outcomes.value.period.help"));
        valueSource.setLabel(getTranslation("outcomes.value.source"));
        valueSource.setHelperText(getTranslation("outcomes.value.source.help"));
        Button addValue = new Button(getTranslation("outcomes.value.save"), e -> addValue());
        addValue.addThemeVariants(ButtonVariant.PRIMARY);
        valueResult.getElement().setAttribute("role", "status");
        valueResult.addClassName("outcomes-result");
        valueSection.add(
                new H2(getTranslation("outcomes.value.title")),
                new Paragraph(getTranslation("outcomes.value.intro")),
                valueErrors,
                value,
                valueDate,
                valuePeriod,
                valueSource,
                addValue,
                valueResult,
                history);
        valueSection.addClassNames("outcomes-edit-form", "outcomes-value-form");
        valueSection.setVisible(false);

        add(
                new H1(getTranslation("outcomes.edit.title")),
                new Paragraph(getTranslation("outcomes.edit.intro")),
                chooser,
                result,
                form,
                valueSection,
                new ValueImportPanel(imports, this::refreshChosen));
    }

    /** Records the value typed for the chosen indicator; what was typed stays in the fields if it is refused. */
    private void addValue() {
        Indicator chosen = chooser.getValue();
        if (chosen == null) {
            return;
        }
        clearValueProblems();
        try {
            RecordedValue recorded = histories.record(
                    chosen.kind(),
                    chosen.id(),
                    new NewValue(
                            value.getValue(), valueDate.getValue(), valuePeriod.getValue(), valueSource.getValue()));
            DatedValue saved = recorded.saved();
            String figure = IndicatorNumber.format(saved.value(), chosen.unit());
            refreshChosen();
            value.clear();
            valuePeriod.clear();
            valueResult.setText(
                    recorded.isCorrection()
                            ? getTranslation(
                                    "outcomes.value.corrected",
                                    figure,
                                    saved.period(),
                                    IndicatorNumber.format(recorded.replaced().value(), chosen.unit()))
                            : getTranslation("outcomes.value.saved", figure, saved.period(), chosen.title()));
        } catch (InvalidInputException e) {
            valueErrors.show(
                    e, Map.of("value", value, "asOf", valueDate, "period", valuePeriod, "source", valueSource), value);
        }
    }

    /** Reads the chosen indicator again (its latest value and history) after values were saved. */
    private void refreshChosen() {
        Indicator chosen = chooser.getValue();
        List<Indicator> all = indicators.all();
        chooser.setItems(all);
        if (chosen != null) {
            Indicator again = all.stream()
                    .filter(i -> i.kind() == chosen.kind() && i.id() == chosen.id())
                    .findFirst()
                    .orElse(null);
            chooser.setValue(again);
            showHistory(again);
        }
    }

    private void showHistory(Indicator indicator) {
        history.removeAll();
        if (indicator != null) {
            history.add(
                    new H2(getTranslation("outcomes.value.history")),
                    new IndicatorHistoryPanel(histories.of(indicator.kind(), indicator.id(), getLocale()), false));
        }
    }

    private void clearValueProblems() {
        valueErrors.clear();
        valueResult.setText("");
        for (HasValidation field : List.<HasValidation>of(value, valueDate, valuePeriod, valueSource)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void fill(Indicator indicator) {
        clearProblems();
        form.setVisible(indicator != null);
        valueSection.setVisible(indicator != null);
        if (indicator == null) {
            return;
        }
        clearValueProblems();
        value.setHelperText(
                getTranslation("outcomes.value.value.help", indicator.unit() == null ? "" : indicator.unit()));
        showHistory(indicator);
        target.setValue(indicator.target());
        unit.setValue(indicator.unit() == null ? "" : indicator.unit());
        direction.setValue(indicator.direction());
        Set<Long> linked = indicator.services().stream().map(LinkedService::id).collect(Collectors.toSet());
        services.setValue(services.getListDataView()
                .getItems()
                .filter(s -> linked.contains(s.id()))
                .collect(Collectors.toSet()));
        Set<Long> domains = indicators.planDomains(indicator.kind(), indicator.id());
        planDomains.setValue(planDomains
                .getListDataView()
                .getItems()
                .filter(d -> domains.contains(d.id()))
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
            // Values are added below, each with its date; this form changes only the target and the links.
            Indicator saved = indicators.update(
                    chosen.kind(),
                    chosen.id(),
                    new IndicatorUpdate(
                            target.getValue(),
                            unit.getValue(),
                            direction.getValue(),
                            null,
                            null,
                            null,
                            null,
                            serviceIds));
            indicators.linkPlanDomains(
                    chosen.kind(),
                    chosen.id(),
                    planDomains.getValue().stream().map(PlanDomainChoice::id).collect(Collectors.toSet()));
            List<Indicator> all = indicators.all();
            chooser.setItems(all);
            chooser.setValue(all.stream()
                    .filter(i -> i.kind() == saved.kind() && i.id() == saved.id())
                    .findFirst()
                    .orElse(null));
            result.setText(getTranslation(
                    "outcomes.edit.saved",
                    saved.title(),
                    getTranslation("outcomes.status." + saved.status().name())));
        } catch (InvalidInputException e) {
            errors.show(
                    e,
                    Map.of("target", target, "unit", unit, "services", services, "planDomains", planDomains),
                    chooser);
        }
    }

    private void clearProblems() {
        errors.clear();
        result.setText("");
        for (HasValidation field : List.<HasValidation>of(target, unit, services, planDomains)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.edit.title");
    }
}
