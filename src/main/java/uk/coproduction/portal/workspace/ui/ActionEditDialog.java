package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.plans.ActionEdit;
import uk.coproduction.portal.plans.ActionStatus;
import uk.coproduction.portal.plans.PlanPage;
import uk.coproduction.portal.plans.PlanService;

import java.util.Map;

/** An administrator edits a plan action: title, owner, timescale, status and progress notes. */
class ActionEditDialog extends Dialog {

    private final PlanService plans;
    private final long actionId;
    private final Runnable afterSave;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextArea title = new TextArea();
    private final TextField owner = new TextField();
    private final TextField timescale = new TextField();
    private final Select<ActionStatus> status = new Select<>();
    private final TextArea progressNotes = new TextArea();

    ActionEditDialog(PlanService plans, PlanPage.Action action, Runnable afterSave) {
        this.plans = plans;
        this.actionId = action.id();
        this.afterSave = afterSave;
        setHeaderTitle(getTranslation("workspace.plan.edit", action.code()));
        title.setLabel(getTranslation("workspace.plan.field.title"));
        title.setValue(action.title());
        owner.setLabel(getTranslation("workspace.plan.owner"));
        owner.setValue(action.owner());
        timescale.setLabel(getTranslation("workspace.plan.timescale"));
        timescale.setValue(action.timescale());
        status.setLabel(getTranslation("workspace.plan.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("workspace.plan.status." + s.name()));
        status.setValue(action.status());
        progressNotes.setLabel(getTranslation("workspace.plan.progress-notes"));
        progressNotes.setHelperText(getTranslation("workspace.plan.progress-notes.helper"));
        progressNotes.setValue(action.progressNotes() == null ? "" : action.progressNotes());
        title.setRequiredIndicatorVisible(true);
        owner.setRequiredIndicatorVisible(true);
        timescale.setRequiredIndicatorVisible(true);
        title.addClassName("wide-field");
        progressNotes.addClassName("wide-field");
        add(errors, title, owner, timescale, status, progressNotes);

        Button save = new Button(getTranslation("workspace.plan.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("workspace.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of(
                "title",
                title,
                "owner",
                owner,
                "timescale",
                timescale,
                "status",
                status,
                "progressNotes",
                progressNotes);
        fields.values().forEach(f -> f.setInvalid(false));
        errors.clear();
        try {
            plans.editAction(
                    actionId,
                    new ActionEdit(
                            title.getValue(),
                            owner.getValue(),
                            timescale.getValue(),
                            status.getValue(),
                            progressNotes.getValue()));
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
        Notification.show(getTranslation("workspace.plan.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterSave.run();
    }
}
