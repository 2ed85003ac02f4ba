package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import uk.coproduction.portal.activities.ActivityPage;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.activities.LundyCheck;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lundy check of an activity: space, voice, audience and influence, each yes / partly / no with a note.
 * Shows what was recorded before, and can be recorded again.
 */
class LundyForm extends Div {

    private static final String[] ELEMENTS = {"space", "voice", "audience", "influence"};

    private final ActivityService activities;
    private final long activityId;
    private final Runnable afterSave;
    private final ErrorSummary errors = new ErrorSummary();
    private final Map<String, RadioButtonGroup<LundyAnswer>> answers = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new LinkedHashMap<>();

    LundyForm(ActivityService activities, ActivityPage page, Runnable afterSave) {
        this.activities = activities;
        this.activityId = page.id();
        this.afterSave = afterSave;
        addClassName("activity-lundy");
        add(new Paragraph(getTranslation("activity.lundy.intro")));
        if (page.lundyCheckedAt() != null) {
            add(new Paragraph(getTranslation(
                    "activity.lundy.checked",
                    page.lundyCheckedBy(),
                    DisplayDates.date(page.lundyCheckedAt(), getLocale()))));
        }
        add(errors);
        LundyCheck saved = page.lundy();
        LundyAnswer[] savedAnswers = {saved.space(), saved.voice(), saved.audience(), saved.influence()};
        String[] savedNotes = {saved.spaceNote(), saved.voiceNote(), saved.audienceNote(), saved.influenceNote()};
        for (int i = 0; i < ELEMENTS.length; i++) {
            String element = ELEMENTS[i];
            RadioButtonGroup<LundyAnswer> answer = new RadioButtonGroup<>();
            answer.setLabel(getTranslation("activity.lundy." + element));
            answer.setHelperText(getTranslation("activity.lundy." + element + ".helper"));
            answer.setItems(LundyAnswer.values());
            answer.setItemLabelGenerator(a -> getTranslation("activity.lundy.answer." + a.name()));
            answer.setRequiredIndicatorVisible(true);
            answer.setValue(savedAnswers[i]);
            TextField note =
                    new TextField(getTranslation("activity.lundy.note", getTranslation("activity.lundy." + element)));
            note.setMaxLength(1000);
            note.setValue(savedNotes[i] == null ? "" : savedNotes[i]);
            note.addClassName("wide-field");
            answers.put(element, answer);
            notes.put(element, note);
            Div part = new Div(answer, note);
            part.addClassName("activity-lundy-part");
            add(part);
        }
        add(new Button(getTranslation("activity.lundy.save"), e -> save()));
    }

    private void save() {
        errors.clear();
        answers.values().forEach(a -> a.setInvalid(false));
        notes.values().forEach(n -> n.setInvalid(false));
        try {
            activities.recordLundyCheck(
                    activityId,
                    new LundyCheck(
                            answers.get("space").getValue(), notes.get("space").getValue(),
                            answers.get("voice").getValue(), notes.get("voice").getValue(),
                            answers.get("audience").getValue(),
                                    notes.get("audience").getValue(),
                            answers.get("influence").getValue(),
                                    notes.get("influence").getValue()));
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String field = problem.field();
                Component component =
                        field.endsWith("Note") ? notes.get(field.substring(0, field.length() - 4)) : answers.get(field);
                String message = getTranslation(problem.messageKey());
                ((HasValidation) component).setErrorMessage(message);
                ((HasValidation) component).setInvalid(true);
                errors.add(message, component);
            }
            errors.show();
            return;
        }
        Notification.show(getTranslation("activity.lundy.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterSave.run();
    }
}
