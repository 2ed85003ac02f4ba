package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.plans.NewAction;
import uk.coproduction.portal.plans.PlanAdministration;

import java.util.Map;

/** An administrator adds an action under one outcome of a plan. */
class AddActionDialog extends Dialog {

    private final ErrorSummary errors = new ErrorSummary();
    private final TextField code = new TextField();
    private final TextArea title = new TextArea();
    private final TextField owner = new TextField();
    private final TextField timescale = new TextField();

    AddActionDialog(
            PlanAdministration administration,
            String planCode,
            String domainCode,
            String outcomeCode,
            String suggestedCode,
            Runnable afterSave) {
        setHeaderTitle(getTranslation("workspace.plans.admin.add-action", outcomeCode));
        code.setLabel(getTranslation("workspace.plans.admin.field.action-code"));
        code.setHelperText(getTranslation("workspace.plans.admin.field.action-code.helper"));
        code.setValue(suggestedCode);
        code.setMaxLength(20);
        title.setLabel(getTranslation("workspace.plan.field.title"));
        title.addClassName("wide-field");
        owner.setLabel(getTranslation("workspace.plan.owner"));
        owner.setMaxLength(200);
        timescale.setLabel(getTranslation("workspace.plan.timescale"));
        timescale.setMaxLength(100);
        code.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        owner.setRequiredIndicatorVisible(true);
        timescale.setRequiredIndicatorVisible(true);
        add(errors, code, title, owner, timescale);
        Map<String, HasValidation> fields =
                Map.of("code", code, "title", title, "owner", owner, "timescale", timescale);
        Button save = new Button(getTranslation("workspace.plans.admin.add-action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            errors.clear();
            try {
                administration.addAction(
                        planCode,
                        domainCode,
                        outcomeCode,
                        new NewAction(code.getValue(), title.getValue(), owner.getValue(), timescale.getValue()));
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
            close();
            Notification.show(
                            getTranslation(
                                    "workspace.plans.admin.action-added",
                                    code.getValue().strip()),
                            4000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            afterSave.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("workspace.cancel"), e -> close()), save);
    }
}
