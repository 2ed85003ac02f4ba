package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.QuestionKind;
import uk.coproduction.portal.reviews.ReviewForm.QuestionDraft;
import uk.coproduction.portal.reviews.ReviewService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review's own questions as the commissioner edits them: shipped ones ("You're Welcome") show their theme and
 * wording; their own have a young person's, parent's and Easy Read wording. Adding or removing a question keeps
 * everything typed in the others.
 */
class QuestionsEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button addOwn = new Button();
    private boolean editable = true;

    QuestionsEditor() {
        addClassName("review-questions");
        addOwn.setText(getTranslation("workspace.reviews.form.add-question"));
        addOwn.addClickListener(e -> {
            rows.add(new Row(QuestionDraft.own(QuestionKind.SCALE, "", "", "")));
            render();
            rows.getLast().focus();
        });
        add(list, addOwn);
        render();
    }

    void setDrafts(List<QuestionDraft> drafts) {
        rows.clear();
        drafts.forEach(d -> rows.add(new Row(d)));
        render();
    }

    List<QuestionDraft> drafts() {
        return rows.stream().map(Row::draft).toList();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        render();
    }

    /** Each question's problem goes to its first field ({@code question.<index>}); "questions" to the list. */
    Map<String, Component> fields() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("questions", addOwn);
        for (int i = 0; i < rows.size(); i++) {
            fields.put("question." + i, rows.get(i).firstField());
        }
        return fields;
    }

    private void render() {
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("workspace.reviews.form.no-questions")));
        }
        for (int i = 0; i < rows.size(); i++) {
            list.add(rows.get(i).section(i + 1));
        }
        addOwn.setVisible(editable && rows.size() < ReviewService.MOST_QUESTIONS);
    }

    private final class Row {

        private final String messageKey;
        private final RadioButtonGroup<QuestionKind> kind = new RadioButtonGroup<>();
        private final TextArea youngPerson = new TextArea();
        private final TextArea parentCarer = new TextArea();
        private final TextArea easyRead = new TextArea();
        private final Button remove = new Button();

        Row(QuestionDraft draft) {
            this.messageKey = draft.messageKey();
            kind.setLabel(getTranslation("workspace.reviews.form.question-kind"));
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("workspace.reviews.question-kind." + k.name()));
            kind.setValue(draft.kind());
            youngPerson.setLabel(getTranslation("workspace.reviews.form.voice.young-person"));
            parentCarer.setLabel(getTranslation("workspace.reviews.form.voice.parent-carer"));
            easyRead.setLabel(getTranslation("workspace.reviews.form.voice.easy-read"));
            easyRead.setHelperText(getTranslation("workspace.reviews.form.voice.easy-read.help"));
            for (TextArea area : List.of(youngPerson, parentCarer, easyRead)) {
                area.setMaxLength(ReviewService.QUESTION_MAX_LENGTH);
                area.setWidthFull();
            }
            youngPerson.setValue(draft.youngPerson() == null ? "" : draft.youngPerson());
            parentCarer.setValue(draft.parentCarer() == null ? "" : draft.parentCarer());
            easyRead.setValue(draft.easyRead() == null ? "" : draft.easyRead());
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClickListener(e -> {
                rows.remove(this);
                render();
                addOwn.focus();
            });
        }

        QuestionDraft draft() {
            return messageKey != null
                    ? QuestionDraft.shipped(kind.getValue(), messageKey)
                    : QuestionDraft.own(
                            kind.getValue(), youngPerson.getValue(), parentCarer.getValue(), easyRead.getValue());
        }

        Component firstField() {
            return messageKey != null ? remove : youngPerson;
        }

        void focus() {
            youngPerson.focus();
        }

        Section section(int number) {
            String name = getTranslation("workspace.reviews.form.question", number);
            Section section = new Section(new H3(name));
            section.addClassName("review-question");
            section.getElement().setAttribute("aria-label", name);
            remove.setText(getTranslation("workspace.reviews.form.remove-question", number));
            if (messageKey != null) {
                section.add(new Paragraph(
                        getTranslation("workspace.reviews.form.theme", getTranslation("workspace." + messageKey))));
                for (Wording wording : Wording.values()) {
                    section.add(new Paragraph(getTranslation("workspace.reviews.form.voice." + wording.key()) + ": "
                            + getTranslation(messageKey + "." + wording.key())));
                }
                section.add(new Paragraph(getTranslation(
                        "workspace.reviews.question-kind." + kind.getValue().name())));
            } else {
                kind.setReadOnly(!editable);
                youngPerson.setReadOnly(!editable);
                parentCarer.setReadOnly(!editable);
                easyRead.setReadOnly(!editable);
                section.add(kind, youngPerson, parentCarer, easyRead);
            }
            if (editable) {
                section.add(remove);
            }
            return section;
        }
    }
}
