package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A template of short Easy Read sentences: the commissioner ticks the ones they want and fills in the gaps, and
 * the sentences become the Easy Read version of the reply, one per line, still editable there.
 */
class EasyReadTemplate extends Details {

    /** Sentence keys ({@code workspace.reply.template.N}); those with a gap also have a {@code .gap} label. */
    private static final List<String> SENTENCES = List.of("1", "2", "3", "4", "5", "6", "7");

    private static final List<String> WITH_GAP = List.of("3", "4", "5");
    private static final int GAP_LENGTH = 200;

    private record Line(String key, Checkbox tick, TextField gap) {}

    private final List<Line> lines = new ArrayList<>();
    private final Paragraph problem = new Paragraph();

    /** @param use receives the Easy Read text written from the ticked sentences */
    EasyReadTemplate(Consumer<String> use) {
        setSummaryText(getTranslation("workspace.reply.template.title"));
        addClassName("replies-template");
        Div content = new Div(new Paragraph(getTranslation("workspace.reply.template.intro")));
        for (String number : SENTENCES) {
            String key = "workspace.reply.template." + number;
            boolean hasGap = WITH_GAP.contains(number);
            Checkbox tick = new Checkbox(hasGap ? getTranslation(key, "___") : getTranslation(key));
            Div line = new Div(tick);
            line.addClassName("replies-template-line");
            TextField gap = null;
            if (hasGap) {
                gap = new TextField(getTranslation(key + ".gap"));
                gap.setMaxLength(GAP_LENGTH);
                gap.addClassName("wide-field");
                gap.addValueChangeListener(e -> {
                    if (!e.getValue().isBlank()) {
                        tick.setValue(true);
                    }
                });
                line.add(gap);
            }
            lines.add(new Line(key, tick, gap));
            content.add(line);
        }
        problem.addClassName("replies-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button write = new Button(getTranslation("workspace.reply.template.use"), e -> write(use));
        content.add(problem, new Paragraph(getTranslation("workspace.reply.template.replaces")), write);
        add(content);
    }

    /** Unticks every sentence and empties every gap (after a reply is sent). */
    void reset() {
        lines.forEach(line -> {
            line.tick().setValue(false);
            if (line.gap() != null) {
                line.gap().clear();
                line.gap().setInvalid(false);
            }
        });
        problem.setVisible(false);
    }

    private void write(Consumer<String> use) {
        problem.setVisible(false);
        List<String> sentences = new ArrayList<>();
        TextField firstEmptyGap = null;
        for (Line line : lines) {
            if (line.gap() != null) {
                line.gap().setInvalid(false);
            }
            if (!line.tick().getValue()) {
                continue;
            }
            if (line.gap() == null) {
                sentences.add(getTranslation(line.key()));
                continue;
            }
            String filled = filledIn(line.gap().getValue());
            if (filled.isEmpty()) {
                line.gap().setErrorMessage(getTranslation("workspace.reply.template.gap-empty"));
                line.gap().setInvalid(true);
                firstEmptyGap = firstEmptyGap == null ? line.gap() : firstEmptyGap;
            } else {
                sentences.add(getTranslation(line.key(), filled));
            }
        }
        if (firstEmptyGap != null) {
            firstEmptyGap.focus();
            return;
        }
        if (sentences.isEmpty()) {
            problem.setText(getTranslation("workspace.reply.template.none"));
            problem.setVisible(true);
            return;
        }
        use.accept(String.join("\n", sentences));
    }

    /** The gap's words without the full stop the sentence adds itself. */
    private static String filledIn(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("[.!?\\s]+$", "");
    }
}
