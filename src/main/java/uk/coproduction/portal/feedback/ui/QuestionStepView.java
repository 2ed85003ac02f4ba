package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One charter question: the question as the heading, in the person's own wording, a face scale with words
 * under each face plus "not sure", "skip", and an optional "tell us more".
 */
@Route("feedback/question/:number")
@AnonymousAllowed
class QuestionStepView extends JourneyPage {

    // New for every question: Vaadin keeps this view when moving from one question to the next.
    private RadioButtonGroup<RatingAnswer> faces;
    private TextArea tellUsMore;
    private Expectation expectation;

    QuestionStepView(FeedbackDraftService drafts) {
        super(drafts);
    }

    @Override
    protected boolean prepare(BeforeEnterEvent event) {
        int number = event.getRouteParameters().getInteger("number").orElse(0);
        if (number < 1 || number > questions.size()) {
            event.forwardTo(JourneySteps.question(1));
            return false;
        }
        expectation = questions.get(number - 1);
        return true;
    }

    @Override
    protected String path() {
        return JourneySteps.question(expectation.position());
    }

    /** The question in the words this person is asked in. */
    @Override
    protected String heading() {
        return questionText(expectation);
    }

    @Override
    protected String picture() {
        return "charter-" + expectation.position();
    }

    @Override
    protected void buildAnswer(Div answer) {
        faces = new RadioButtonGroup<>();
        tellUsMore = new TextArea();
        faces.setItems(RatingAnswer.values());
        faces.setAriaLabelledBy("journey-question");
        faces.setItemLabelGenerator(a -> getTranslation("answer." + a.name()));
        faces.setRenderer(new ComponentRenderer<Component, RatingAnswer>(this::face));
        faces.addClassName("face-scale");
        field("rating", faces);

        tellUsMore.setLabel(getTranslation("journey.question.tell-us-more"));
        tellUsMore.setHelperText(getTranslation("journey.question.tell-us-more.helper"));
        tellUsMore.setMaxLength(5000);
        tellUsMore.setValueChangeMode(ValueChangeMode.LAZY);
        tellUsMore.addClassName("wide-field");
        field("comment", tellUsMore);

        DraftSnapshot.Answer earlier = draft.answers().get(expectation.id());
        if (earlier != null) {
            faces.setValue(earlier.rating());
            tellUsMore.setValue(earlier.comment() == null ? "" : earlier.comment());
        }
        answer.add(faces, tellUsMore);
    }

    private Component face(RatingAnswer answer) {
        Span word = new Span(getTranslation("answer." + answer.name()));
        word.addClassName("face-word");
        Span face = new Span(
                Pictures.picture(
                        "face-" + answer.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                word);
        face.addClassName("face");
        return face;
    }

    @Override
    protected void extraActions(Div actions) {
        Button skip = new Button(getTranslation("journey.question.skip"), e -> skip());
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.addClassName("skip-button");
        actions.add(skip);
    }

    private void skip() {
        faces.clear();
        saveAndContinue();
    }

    @Override
    protected DraftSnapshot save() {
        return drafts.answer(draft.returnCode(), expectation.id(), faces.getValue(), tellUsMore.getValue());
    }

    @Override
    protected String textToRead() {
        String options = Stream.of(RatingAnswer.values())
                .map(a -> getTranslation("answer." + a.name()))
                .collect(Collectors.joining(". "));
        return heading() + " " + options + ".";
    }
}
