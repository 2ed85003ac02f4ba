package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.coproduction.portal.activities.AnswerRowsRejected;
import uk.coproduction.portal.activities.AnswersSaved;
import uk.coproduction.portal.activities.EventAnswersService;
import uk.coproduction.portal.activities.PersonsAnswers;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quick entry of many people's charter answers at an event, made for speed at the keyboard: one row per person,
 * one key per answer (the cursor moves on by itself), Enter to start the next person, who gets the same group and
 * age band. Rows with problems are named by number and keep everything typed; each row has its own key, so saving
 * again never stores a person twice.
 */
class QuickEntry extends Div {

    /** Moves to the next answer (or the words box) as soon as an answer is typed. */
    private static final String MOVE_ON_WHEN_ANSWERED = """
            this.addEventListener('input', e => {
              const field = e.target.closest && e.target.closest('vaadin-text-field.activity-answer');
              if (!field || !e.target.value) { return; }
              const fields = Array.from(this.querySelectorAll('vaadin-text-field.activity-answer, vaadin-text-field.activity-words'));
              const next = fields[fields.indexOf(field) + 1];
              if (next) { next.focus(); const input = next.querySelector('input'); if (input) { input.select(); } }
            });""";

    private final EventAnswersService answers;
    private final List<Expectation> questions;
    private final long activityId;
    private final Runnable afterSave;
    private final ErrorSummary errors = new ErrorSummary();
    private final NativeTable table = new NativeTable();
    private final List<PersonRow> rows = new ArrayList<>();

    QuickEntry(EventAnswersService answers, List<Expectation> questions, long activityId, Runnable afterSave) {
        this.answers = answers;
        this.questions = questions;
        this.activityId = activityId;
        this.afterSave = afterSave;
        addClassName("activity-quick");

        NativeTableRow head = table.getHead().addRow();
        head.add(
                new NativeTableHeaderCell(getTranslation("activity.quick.column.person")),
                new NativeTableHeaderCell(getTranslation("activity.quick.column.group")),
                new NativeTableHeaderCell(getTranslation("activity.quick.column.age")));
        for (Expectation question : questions) {
            head.add(new NativeTableHeaderCell(question.position() + ". " + question.title()));
        }
        head.add(new NativeTableHeaderCell(getTranslation("activity.quick.column.words")));
        table.setCaptionText(getTranslation("activity.quick.caption"));
        table.getElement().executeJs(MOVE_ON_WHEN_ANSWERED);
        Div scroller = new Div(table);
        scroller.addClassName("activity-quick-scroll");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("activity.quick.caption"));
        scroller.getElement().setAttribute("tabindex", "0");

        Button addPerson = new Button(getTranslation("activity.quick.add"), e -> addRow().focusFirstAnswer());
        Button saveAll = new Button(getTranslation("activity.quick.save"), e -> saveAll());
        saveAll.addThemeVariants(ButtonVariant.PRIMARY);
        saveAll.setDisableOnClick(true);
        saveAll.addClickListener(e -> saveAll.setEnabled(true));
        // Ctrl+Enter anywhere in the quick entry saves; the field being typed in gives up its value first.
        saveAll.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        Div buttons = new Div(addPerson, saveAll);
        buttons.addClassName("activity-buttons");

        add(new Paragraph(getTranslation("activity.quick.intro")), keysLegend(), errors, scroller, buttons);
        addRow();
    }

    private Component keysLegend() {
        Paragraph legend = new Paragraph(getTranslation("activity.quick.keys"));
        legend.addClassName("activity-keys");
        return legend;
    }

    private PersonRow addRow() {
        PersonRow previous = rows.isEmpty() ? null : rows.getLast();
        PersonRow row = new PersonRow(rows.size() + 1, previous);
        rows.add(row);
        table.getBody().add(row.element);
        return row;
    }

    /** Enter in a row: on to the next person, adding them when this was the last row. */
    private void nextPersonAfter(PersonRow row) {
        int index = rows.indexOf(row);
        PersonRow next = index == rows.size() - 1 ? addRow() : rows.get(index + 1);
        next.focusFirstAnswer();
    }

    private void saveAll() {
        errors.clear();
        rows.forEach(PersonRow::clearInvalid);
        AnswersSaved saved;
        try {
            saved = answers.save(
                    activityId, rows.stream().map(PersonRow::answers).toList());
        } catch (AnswerRowsRejected rejected) {
            for (AnswerRowsRejected.RowProblem problem : rejected.rowProblems()) {
                PersonRow row = rows.get(problem.row() - 1);
                String message =
                        getTranslation("activity.quick.error.row", problem.row(), getTranslation(problem.messageKey()));
                Component field = row.field(problem.field());
                ((HasValidation) field).setErrorMessage(getTranslation(problem.messageKey()));
                ((HasValidation) field).setInvalid(true);
                errors.add(message, field);
            }
            errors.show();
            return;
        }
        String message = saved.alreadySaved() == 0
                ? getTranslation("activity.quick.saved", saved.saved())
                : getTranslation("activity.quick.saved-again", saved.saved(), saved.alreadySaved());
        Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterSave.run();
    }

    /** One person: group, age band, an answer per charter question, and their words. */
    private final class PersonRow {

        private final String key = UUID.randomUUID().toString();
        private final NativeTableRow element = new NativeTableRow();
        private final Select<RespondentGroup> group = new Select<>();
        private final Select<AgeBand> ageBand = new Select<>();
        private final List<TextField> answerFields = new ArrayList<>();
        private final TextField words = new TextField();

        PersonRow(int number, PersonRow previous) {
            NativeTableHeaderCell person = new NativeTableHeaderCell(String.valueOf(number));
            person.getElement().setAttribute("scope", "row");
            element.add(person);

            group.setItems(RespondentGroup.values());
            group.setItemLabelGenerator(g -> g == null ? "" : getTranslation("group." + g.name()));
            group.setAriaLabel(getTranslation("activity.quick.label.group", number));
            group.setPlaceholder(getTranslation("activity.quick.group.choose"));
            group.addClassName("activity-group");
            ageBand.setItems(AgeBand.values());
            ageBand.setEmptySelectionAllowed(true);
            ageBand.setEmptySelectionCaption(getTranslation("activity.quick.age.not-asked"));
            ageBand.setItemLabelGenerator(a ->
                    a == null ? getTranslation("activity.quick.age.not-asked") : getTranslation("age." + a.name()));
            ageBand.setAriaLabel(getTranslation("activity.quick.label.age", number));
            ageBand.addClassName("activity-age");
            if (previous != null) {
                group.setValue(previous.group.getValue());
                ageBand.setValue(previous.ageBand.getValue());
            }
            element.add(new NativeTableCell(group), new NativeTableCell(ageBand));

            for (Expectation question : questions) {
                TextField answer = new TextField();
                answer.setMaxLength(1);
                answer.setAllowedCharPattern(AnswerKeys.ALLOWED);
                answer.setAriaLabel(
                        getTranslation("activity.quick.label.answer", number, question.position(), question.title()));
                answer.addClassName("activity-answer");
                answer.addKeyDownListener(Key.ENTER, e -> enterIn(e));
                answerFields.add(answer);
                element.add(new NativeTableCell(answer));
            }
            words.setAriaLabel(getTranslation("activity.quick.label.words", number));
            words.setMaxLength(5000);
            words.addClassName("activity-words");
            words.addKeyDownListener(Key.ENTER, e -> enterIn(e));
            element.add(new NativeTableCell(words));
        }

        /** Enter alone moves on to the next person; Ctrl+Enter is the shortcut for saving. */
        private void enterIn(KeyDownEvent event) {
            if (event.getModifiers().isEmpty()) {
                nextPersonAfter(this);
            }
        }

        PersonsAnswers answers() {
            Map<Long, RatingAnswer> given = new HashMap<>();
            for (int i = 0; i < questions.size(); i++) {
                RatingAnswer answer = AnswerKeys.answerFor(answerFields.get(i).getValue());
                if (answer != null) {
                    given.put(questions.get(i).id(), answer);
                }
            }
            return new PersonsAnswers(key, group.getValue(), ageBand.getValue(), given, words.getValue());
        }

        Component field(String name) {
            return switch (name) {
                case "group" -> group;
                case "ageBand" -> ageBand;
                case "words" -> words;
                default -> answerFields.getFirst();
            };
        }

        void focusFirstAnswer() {
            answerFields.getFirst().focus();
        }

        void clearInvalid() {
            group.setInvalid(false);
            ageBand.setInvalid(false);
            words.setInvalid(false);
            answerFields.forEach(f -> f.setInvalid(false));
        }
    }
}
