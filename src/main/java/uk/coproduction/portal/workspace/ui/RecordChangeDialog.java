package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.LinkedFeedback;
import uk.coproduction.portal.plans.NewChange;
import uk.coproduction.portal.services.ServiceSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A commissioner records a change made under one of the item's linked plan actions: what was done, when, by whom,
 * which service it changed, and the feedback that led to it (only feedback linked to that action can be named).
 */
class RecordChangeDialog extends Dialog {

    private final ChangeService changes;
    private final Runnable afterSave;
    private final ErrorSummary errors = new ErrorSummary();
    private final Select<ActionSummary> action = new Select<>();
    private final TextArea whatChanged = new TextArea();
    private final DatePicker changedOn = new DatePicker();
    private final TextField doneBy = new TextField();
    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final MultiSelectComboBox<LinkedFeedback> feedback = new MultiSelectComboBox<>();
    private final TextArea easyRead = new TextArea();

    RecordChangeDialog(
            ChangeService changes,
            List<ActionSummary> linkedActions,
            List<ServiceSummary> services,
            ServiceSummary mainService,
            long feedbackId,
            Runnable afterSave) {
        this.changes = changes;
        this.afterSave = afterSave;
        setHeaderTitle(getTranslation("workspace.change.record"));
        addClassName("chain-dialog");

        action.setLabel(getTranslation("workspace.change.field.action"));
        action.setItems(linkedActions);
        action.setItemLabelGenerator(ActionSummary::label);
        action.addValueChangeListener(e -> offerFeedbackFor(e.getValue(), feedbackId));

        whatChanged.setLabel(getTranslation("workspace.change.field.what"));
        whatChanged.setHelperText(getTranslation("workspace.change.field.what.helper"));
        whatChanged.setMaxLength(2000);
        changedOn.setLabel(getTranslation("workspace.change.field.when"));
        changedOn.setHelperText(getTranslation("workspace.change.field.when.helper"));
        changedOn.setLocale(Locale.UK);
        doneBy.setLabel(getTranslation("workspace.change.field.done-by"));
        doneBy.setHelperText(getTranslation("workspace.change.field.done-by.helper"));
        doneBy.setMaxLength(200);
        service.setLabel(getTranslation("workspace.change.field.service"));
        service.setItems(ServiceSummary::matches, services);
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setValue(
                mainService == null
                        ? null
                        : services.stream()
                                .filter(s -> s.id() == mainService.id())
                                .findFirst()
                                .orElse(null));
        feedback.setLabel(getTranslation("workspace.change.field.feedback"));
        feedback.setHelperText(getTranslation("workspace.change.field.feedback.helper"));
        feedback.setItemLabelGenerator(f -> f.referenceCode() + " (" + getTranslation("status." + f.status()) + ")");
        easyRead.setLabel(getTranslation("workspace.change.field.easy-read"));
        easyRead.setHelperText(getTranslation("workspace.change.field.easy-read.helper"));
        easyRead.setMaxLength(1000);
        whatChanged.setRequiredIndicatorVisible(true);
        changedOn.setRequiredIndicatorVisible(true);
        doneBy.setRequiredIndicatorVisible(true);
        for (Component field : new Component[] {action, whatChanged, doneBy, service, feedback, easyRead}) {
            field.addClassName("wide-field");
        }
        add(errors, action, whatChanged, changedOn, doneBy, service, feedback, easyRead);
        action.setValue(linkedActions.getFirst());

        Button save = new Button(getTranslation("workspace.change.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("workspace.cancel"), e -> close()), save);
    }

    private void offerFeedbackFor(ActionSummary chosen, long feedbackId) {
        List<LinkedFeedback> linked = chosen == null ? List.of() : changes.feedbackLinkedTo(chosen.id());
        feedback.setItems(linked);
        feedback.setValue(linked.stream().filter(f -> f.id() == feedbackId).collect(Collectors.toSet()));
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of(
                "whatChanged",
                whatChanged,
                "changedOn",
                changedOn,
                "doneBy",
                doneBy,
                "feedback",
                feedback,
                "easyRead",
                easyRead);
        fields.values().forEach(f -> f.setInvalid(false));
        errors.clear();
        LocalDate when = changedOn.getValue();
        try {
            changes.record(new NewChange(
                    action.getValue().id(),
                    whatChanged.getValue(),
                    easyRead.getValue(),
                    when,
                    doneBy.getValue(),
                    service.getValue() == null ? null : service.getValue().id(),
                    feedback.getValue().stream().map(LinkedFeedback::id).collect(Collectors.toSet())));
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                HasValidation field = fields.getOrDefault(problem.field(), whatChanged);
                String message = getTranslation(problem.messageKey());
                field.setErrorMessage(message);
                field.setInvalid(true);
                errors.add(message, (Component) field);
            }
            errors.show();
            return;
        }
        close();
        Notification.show(getTranslation("workspace.change.recorded"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterSave.run();
    }
}
