package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.feedback.FeedbackDraftService;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A journey page whose answer is one choice from a short list, named by the page's heading. */
abstract class ChoiceStep<T> extends JourneyPage {

    protected final RadioButtonGroup<T> choices = new RadioButtonGroup<>();

    ChoiceStep(FeedbackDraftService drafts) {
        super(drafts);
    }

    protected abstract List<T> items();

    protected abstract String label(T item);

    /** The current answer, or null. */
    protected abstract T current();

    /** The name problems with this choice are reported under. */
    protected abstract String fieldName();

    /** An optional sentence above the choices. */
    protected String intro() {
        return null;
    }

    @Override
    protected void buildAnswer(Div answer) {
        choices.setItems(items());
        choices.setItemLabelGenerator(this::label);
        choices.setAriaLabelledBy("journey-question");
        choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choices.addClassName("big-choices");
        field(fieldName(), choices);
        if (intro() != null) {
            answer.add(Pictures.sentence(picture(), intro()));
        }
        answer.add(choices);
        T current = current();
        if (current != null) {
            choices.setValue(current);
        }
    }

    @Override
    protected String textToRead() {
        String options = items().stream().map((Function<T, String>) this::label).collect(Collectors.joining(". "));
        return heading() + ". " + (intro() == null ? "" : intro() + ". ") + options + ".";
    }
}
