package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.activities.ActivityPage;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;

import java.util.Locale;

/** What changed as a result of the activity, and when: shown as recorded, and can be written again. */
class WhatChangedForm extends Div {

    private final ActivityService activities;
    private final long activityId;
    private final Runnable afterSave;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextArea whatChanged = new TextArea();
    private final DatePicker changedOn = new DatePicker();

    WhatChangedForm(ActivityService activities, ActivityPage page, Runnable afterSave) {
        this.activities = activities;
        this.activityId = page.id();
        this.afterSave = afterSave;
        addClassName("activity-changed");
        if (page.whatChanged() != null) {
            add(new Paragraph(getTranslation(
                    "activity.changed.recorded",
                    page.changeRecordedBy(),
                    DisplayDates.date(page.changedOn(), getLocale()))));
        }
        whatChanged.setLabel(getTranslation("activity.changed.field"));
        whatChanged.setHelperText(getTranslation("activity.changed.field.helper"));
        whatChanged.setMaxLength(5000);
        whatChanged.setValue(page.whatChanged() == null ? "" : page.whatChanged());
        whatChanged.addClassName("wide-field");
        changedOn.setLabel(getTranslation("activity.changed.on"));
        changedOn.setHelperText(getTranslation("activity.field.date.helper"));
        changedOn.setLocale(Locale.UK);
        changedOn.setValue(page.changedOn());
        add(errors, whatChanged, changedOn, new Div(new Button(getTranslation("activity.changed.save"), e -> save())));
    }

    private void save() {
        errors.clear();
        whatChanged.setInvalid(false);
        changedOn.setInvalid(false);
        try {
            activities.recordWhatChanged(activityId, whatChanged.getValue(), changedOn.getValue());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                if ("changedOn".equals(problem.field())) {
                    changedOn.setErrorMessage(message);
                    changedOn.setInvalid(true);
                    errors.add(message, changedOn);
                } else {
                    whatChanged.setErrorMessage(message);
                    whatChanged.setInvalid(true);
                    errors.add(message, whatChanged);
                }
            }
            errors.show();
            return;
        }
        Notification.show(getTranslation("activity.changed.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterSave.run();
    }
}
