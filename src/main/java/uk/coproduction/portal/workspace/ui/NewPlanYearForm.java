package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.plans.NewPlanYear;
import uk.coproduction.portal.plans.PlanAdministration;
import uk.coproduction.portal.plans.PlanListItem;

import java.util.List;
import java.util.Map;

/**
 * For administrators on the plans page: a new plan year, copied from an earlier plan (its domains, outcomes and live
 * actions), then edited on its own page.
 */
class NewPlanYearForm extends Section {

    private final ErrorSummary errors = new ErrorSummary();
    private final Select<PlanListItem> copyFrom = new Select<>();
    private final TextField shortName = new TextField();
    private final TextField title = new TextField();
    private final TextField period = new TextField();

    NewPlanYearForm(PlanAdministration administration, List<PlanListItem> plans) {
        addClassName("form-section");
        copyFrom.setLabel(getTranslation("workspace.plans.admin.field.copy-from"));
        copyFrom.setItems(plans);
        copyFrom.setItemLabelGenerator(p -> p.title() + " (" + p.period() + ")");
        copyFrom.addValueChangeListener(e -> {
            if (e.getValue() != null && shortName.isEmpty() && title.isEmpty()) {
                shortName.setValue(e.getValue().shortName());
                title.setValue(e.getValue().title());
            }
        });
        shortName.setLabel(getTranslation("workspace.plans.admin.field.short-name"));
        shortName.setMaxLength(60);
        title.setLabel(getTranslation("workspace.plans.admin.field.title"));
        title.setMaxLength(300);
        title.addClassName("wide-field");
        period.setLabel(getTranslation("workspace.plans.admin.field.period"));
        period.setHelperText(getTranslation("workspace.plans.admin.field.period.helper"));
        period.setMaxLength(60);
        // No required indicator on the select: Vaadin would put aria-required on its button (axe aria-allowed-attr).
        shortName.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        period.setRequiredIndicatorVisible(true);
        Map<String, HasValidation> fields =
                Map.of("copyFrom", copyFrom, "shortName", shortName, "title", title, "period", period);
        Button create = new Button(getTranslation("workspace.plans.admin.create"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            errors.clear();
            String code;
            try {
                code = administration.newPlanYear(
                        copyFrom.getValue() == null ? "" : copyFrom.getValue().code(),
                        new NewPlanYear(shortName.getValue(), title.getValue(), period.getValue()));
            } catch (InvalidInputException invalid) {
                for (InvalidInputException.Problem problem : invalid.problems()) {
                    HasValidation field = fields.get(problem.field());
                    String message = getTranslation(problem.messageKey());
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                    errors.add(message, (Component) field);
                }
                errors.show();
                return;
            }
            Notification.show(
                            getTranslation(
                                    "workspace.plans.admin.created",
                                    title.getValue().strip(),
                                    period.getValue().strip()),
                            4000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            UI.getCurrent().navigate(PlanView.class, new RouteParameters("code", code));
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H2(getTranslation("workspace.plans.admin.new-year")),
                new Paragraph(getTranslation("workspace.plans.admin.new-year.intro")),
                errors,
                copyFrom,
                shortName,
                title,
                period,
                new Div(create));
    }
}
