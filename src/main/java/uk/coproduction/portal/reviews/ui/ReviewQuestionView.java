package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.QuestionKind;
import uk.coproduction.portal.reviews.ResponseAnswers;
import uk.coproduction.portal.reviews.ReviewArrival;
import uk.coproduction.portal.reviews.ReviewQuestionSummary;
import uk.coproduction.portal.reviews.ReviewService;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One question of a review, one per page, with the feedback journey's page pattern: Back, "Question 3 of 15", the
 * question as the heading in the person's voice, read aloud, faces with words and "not sure" where a scale fits,
 * optional words, Continue and Skip. The six charter questions come first, then the review's own.
 */
@Route(ReviewQuestionView.ROUTE)
@AnonymousAllowed
public class ReviewQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = ReviewService.ARRIVAL_ROUTE + "/:token/question/:number";

    private final ReviewService reviews;
    private final CharterService charter;
    private String token;
    private int number;
    private int total;
    private ReviewJourneyState state;
    private Expectation expectation;
    private ReviewQuestionSummary question;
    private RadioButtonGroup<RatingAnswer> faces;
    private TextArea words;
    private String heading = "";

    ReviewQuestionView(ReviewService reviews, CharterService charter) {
        this.reviews = reviews;
        this.charter = charter;
        addClassNames("page", "journey-page", "review-journey");
    }

    static String path(String token, int number) {
        return ReviewService.ARRIVAL_ROUTE + "/" + token + "/question/" + number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!(reviews.arrive(token) instanceof ReviewArrival.Open open)) {
            event.forwardTo(ReviewService.ARRIVAL_ROUTE + "/" + token);
            return;
        }
        state = ReviewJourneyState.of(token);
        if (state.sent()) {
            event.forwardTo(ReviewSentView.path(token));
            return;
        }
        List<Expectation> charterQuestions = charter.expectations();
        total = charterQuestions.size() + open.questions().size();
        number = event.getRouteParameters().getInteger("number").orElse(0);
        if (number < 1 || number > total) {
            event.forwardTo(path(token, 1));
            return;
        }
        Wording wording = Languages.isEasyRead(getLocale())
                ? Wording.EASY_READ
                : open.audience().ordinaryWording();
        if (number <= charterQuestions.size()) {
            expectation = charterQuestions.get(number - 1);
            question = null;
            heading = getTranslation("charter." + expectation.position() + ".question." + wording.key());
        } else {
            expectation = null;
            question = open.questions().get(number - charterQuestions.size() - 1);
            heading = question.shipped()
                    ? getTranslation(question.key(wording))
                    : question.text(getLocale().toLanguageTag(), wording);
        }
        render();
    }

    private void render() {
        removeAll();
        Span arrow = new Span("\u2039 ");
        arrow.getElement().setAttribute("aria-hidden", "true");
        Anchor back = new Anchor(
                number == 1 ? ReviewService.ARRIVAL_ROUTE + "/" + token : path(token, number - 1),
                arrow,
                new Span(getTranslation("journey.back")));
        back.addClassName("back-link");

        Paragraph progress = new Paragraph(getTranslation("journey.progress.question", number, total));
        progress.addClassName("journey-progress");
        progress.setId("journey-progress");

        H1 title = new H1(heading);
        title.setId("journey-question");
        title.getElement().setAttribute("tabindex", "-1");
        Div headingRow =
                new Div(Pictures.picture(expectation != null ? "charter-" + expectation.position() : "write"), title);
        headingRow.addClassName("question-heading");

        boolean scale = question == null || question.kind() == QuestionKind.SCALE;
        Div answer = new Div();
        answer.addClassName("journey-answer");
        faces = new RadioButtonGroup<>();
        words = new TextArea();
        if (scale) {
            faces.setItems(RatingAnswer.values());
            faces.setAriaLabelledBy("journey-question");
            faces.setItemLabelGenerator(a -> getTranslation("answer." + a.name()));
            faces.setRenderer(new ComponentRenderer<Component, RatingAnswer>(this::face));
            faces.addClassName("face-scale");
            answer.add(faces);
        }
        words.setLabel(getTranslation(scale ? "journey.question.tell-us-more" : "reviews.journey.your-words"));
        words.setHelperText(getTranslation("journey.question.tell-us-more.helper"));
        words.setMaxLength(TextInput.MAX_LENGTH);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addClassName("wide-field");
        answer.add(words);
        restore();

        ReadAloud readAloud = new ReadAloud(
                scale
                        ? heading + " "
                                + Stream.of(RatingAnswer.values())
                                        .map(a -> getTranslation("answer." + a.name()))
                                        .collect(Collectors.joining(". "))
                                + "."
                        : heading,
                getTranslation("read-aloud.question"));

        Button next = new Button(getTranslation("journey.continue"), e -> keepAndGo(true));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("continue-button");
        Button skip = new Button(getTranslation("journey.question.skip"), e -> keepAndGo(false));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.addClassName("skip-button");
        Div actions = new Div(next, skip);
        actions.addClassName("journey-actions");
        add(back, progress, headingRow, readAloud, answer, actions);
    }

    private void restore() {
        if (expectation != null) {
            faces.setValue(state.charterRatings.get(expectation.id()));
            words.setValue(state.charterWords.getOrDefault(expectation.id(), ""));
        } else {
            ResponseAnswers.QuestionAnswer earlier = state.answers.get(question.id());
            if (earlier != null) {
                if (earlier.rating() != null) {
                    faces.setValue(earlier.rating());
                }
                words.setValue(earlier.words() == null ? "" : earlier.words());
            }
        }
    }

    /** Keeps the answer (or, when skipping, forgets any) and moves on; the words are checked when sent. */
    private void keepAndGo(boolean keep) {
        RatingAnswer rating = keep ? faces.getValue() : null;
        String text = keep ? words.getValue() : null;
        if (expectation != null) {
            put(state.charterRatings, expectation.id(), rating);
            put(state.charterWords, expectation.id(), text == null || text.isBlank() ? null : text);
        } else {
            put(
                    state.answers,
                    question.id(),
                    rating == null && (text == null || text.isBlank())
                            ? null
                            : new ResponseAnswers.QuestionAnswer(rating, text == null || text.isBlank() ? null : text));
        }
        UI.getCurrent().navigate(number < total ? path(token, number + 1) : ReviewSendView.path(token));
    }

    private static <V> void put(Map<Long, V> map, long key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
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
    public String getPageTitle() {
        return getTranslation("journey.page-title", heading);
    }
}
