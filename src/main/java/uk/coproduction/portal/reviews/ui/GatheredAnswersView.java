package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.ConsentByAge;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.GatheredConsent;
import uk.coproduction.portal.reviews.QuestionKind;
import uk.coproduction.portal.reviews.ResponseAnswers;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewQuestionSummary;
import uk.coproduction.portal.reviews.ReviewReceipt;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSubmission;
import uk.coproduction.portal.reviews.ReviewSummary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An advocate or partner organisation (such as Healthwatch) enters answers they gathered from someone for an open
 * review: marked with their organisation and the consent route, as advocates' on-behalf entries are. Same role as
 * {@link ReviewService#enterGathered}. Nothing typed is lost on a problem; sending twice keeps one entry.
 */
@Route(value = GatheredAnswersView.ROUTE, layout = StaffLayout.class)
@Menu(title = "nav.workspace.reviews.gathered", order = 715)
@RolesAllowed(Roles.ADVOCATE)
public class GatheredAnswersView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/reviews/gathered";

    private final ReviewService reviews;
    private final CharterService charter;
    private final ErrorSummary errors = new ErrorSummary();
    private final Select<ReviewSummary> review = new Select<>();
    private final Select<ReviewAudience> audience = new Select<>();
    private final RadioButtonGroup<Wording> voice = new RadioButtonGroup<>();
    private final RadioButtonGroup<PersonsAge> personsAge = new RadioButtonGroup<>();
    private final RadioButtonGroup<ConsentBasis> consent = new RadioButtonGroup<>();
    private final Checkbox gillickConfirmed = new Checkbox();
    private final Checkbox lacksCapacityConfirmed = new Checkbox();
    private final TextArea comment = new TextArea();
    private final Div questions = new Div();
    private final Paragraph status = new Paragraph();
    private final Map<Long, RadioButtonGroup<RatingAnswer>> charterFaces = new LinkedHashMap<>();
    private final Map<Long, TextArea> charterWords = new LinkedHashMap<>();
    private final Map<Long, RadioButtonGroup<RatingAnswer>> reviewFaces = new LinkedHashMap<>();
    private final Map<Long, TextArea> reviewWords = new LinkedHashMap<>();
    private String submissionKey = UUID.randomUUID().toString();

    GatheredAnswersView(ReviewService reviews, CharterService charter) {
        this.reviews = reviews;
        this.charter = charter;
        addClassNames("page", "page-wide", "gathered-answers-page");
        status.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("workspace.reviews.gathered.title")),
                new Paragraph(getTranslation("workspace.reviews.gathered.intro")),
                status,
                errors);
        List<ReviewSummary> open = reviews.openReviews();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.reviews.gathered.none")));
            return;
        }
        review.setLabel(getTranslation("workspace.reviews.gathered.review"));
        review.setItems(open);
        review.setItemLabelGenerator(r -> r.title() + " (" + r.serviceName() + ")");
        review.setWidth("32em");
        audience.setLabel(getTranslation("workspace.reviews.gathered.audience"));
        audience.setItemLabelGenerator(a -> getTranslation("workspace.reviews.audience." + a.key()));
        voice.setLabel(getTranslation("workspace.reviews.gathered.voice"));
        voice.setItems(Wording.values());
        voice.setItemLabelGenerator(w -> getTranslation("workspace.reviews.form.voice." + w.key()));
        voice.setValue(Wording.EASY_READ);
        // The consent that can be recorded depends on the person's age, as on an advocate's own form (decision 0039).
        personsAge.setLabel(getTranslation("advocacy.new.persons-age"));
        personsAge.setItems(PersonsAge.values());
        personsAge.setItemLabelGenerator(a -> getTranslation("advocacy.age." + a.name()));
        personsAge.addValueChangeListener(e -> {
            ConsentBasis before = consent.getValue();
            List<ConsentBasis> allowed = ConsentByAge.allowed(e.getValue());
            consent.setItems(allowed);
            consent.setValue(before != null && allowed.contains(before) ? before : null);
            showConsentFollowUps();
        });
        consent.setLabel(getTranslation("workspace.reviews.gathered.consent"));
        consent.setItems(ConsentBasis.values());
        consent.setItemLabelGenerator(c -> getTranslation("advocacy.consent." + c.name()));
        consent.addValueChangeListener(e -> showConsentFollowUps());
        gillickConfirmed.setLabel(getTranslation("advocacy.new.gillick-confirmed"));
        lacksCapacityConfirmed.setLabel(getTranslation("advocacy.new.lacks-capacity-confirmed"));
        showConsentFollowUps();
        comment.setLabel(getTranslation("workspace.reviews.gathered.comment"));
        comment.setMaxLength(TextInput.MAX_LENGTH);
        comment.setWidthFull();
        review.addValueChangeListener(e -> showQuestions());
        voice.addValueChangeListener(e -> showQuestions());
        Button send = new Button(getTranslation("workspace.reviews.gathered.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Div fields = new Div(
                review,
                audience,
                voice,
                questions,
                comment,
                personsAge,
                consent,
                gillickConfirmed,
                lacksCapacityConfirmed,
                send);
        fields.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("align-items", "stretch")
                .set("gap", "var(--lumo-space-s)");
        add(fields);
        review.setValue(open.getFirst());
    }

    /** The confirmation the chosen consent needs for the person's age, asked only then. */
    private void showConsentFollowUps() {
        ConsentBasis chosen = consent.getValue();
        PersonsAge age = personsAge.getValue();
        gillickConfirmed.setVisible(chosen == ConsentBasis.GILLICK_COMPETENT);
        lacksCapacityConfirmed.setVisible(chosen == ConsentBasis.BEST_INTERESTS && (age == null || !age.isUnder16()));
    }

    /** The questions of the chosen review, in the chosen voice; answers already given stay where they are. */
    private void showQuestions() {
        ReviewSummary chosen = review.getValue();
        questions.removeAll();
        if (chosen == null) {
            return;
        }
        ReviewAudience before = audience.getValue();
        audience.setItems(chosen.audiences());
        boolean stillAsked = before != null && chosen.audiences().contains(before);
        audience.setValue(stillAsked ? before : chosen.audiences().getFirst());
        Wording wording = voice.getValue() == null ? Wording.YOUNG_PERSON : voice.getValue();
        questions.add(new H2(getTranslation("workspace.reviews.gathered.charter")));
        for (Expectation expectation : charter.expectations()) {
            String text = getTranslation("charter." + expectation.position() + ".question." + wording.key());
            questions.add(question(expectation.id(), text, true, charterFaces, charterWords));
        }
        if (!chosen.questions().isEmpty()) {
            questions.add(new H2(getTranslation("workspace.reviews.gathered.own")));
        }
        for (ReviewQuestionSummary q : chosen.questions()) {
            String text = q.shipped() ? getTranslation(q.key(wording)) : q.text(ReviewService.ENGLISH, wording);
            questions.add(question(q.id(), text, q.kind() == QuestionKind.SCALE, reviewFaces, reviewWords));
        }
    }

    private Section question(
            long id,
            String text,
            boolean scale,
            Map<Long, RadioButtonGroup<RatingAnswer>> faces,
            Map<Long, TextArea> words) {
        Section section = new Section();
        section.addClassName("gathered-question");
        RadioButtonGroup<RatingAnswer> group = faces.computeIfAbsent(id, k -> new RadioButtonGroup<>());
        group.setLabel(text);
        group.setItems(RatingAnswer.values());
        group.setItemLabelGenerator(a -> getTranslation("answer." + a.name()));
        TextArea area = words.computeIfAbsent(id, k -> new TextArea());
        area.setLabel(getTranslation("workspace.reviews.gathered.words", text));
        area.setMaxLength(TextInput.MAX_LENGTH);
        area.setWidthFull();
        if (scale) {
            section.add(group);
        }
        section.add(area);
        return section;
    }

    private void send() {
        errors.clear();
        status.setText("");
        List.<HasValidation>of(
                        review, audience, voice, personsAge, consent, gillickConfirmed, lacksCapacityConfirmed, comment)
                .forEach(f -> f.setInvalid(false));
        ReviewSummary chosen = review.getValue();
        if (chosen == null) {
            return;
        }
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        Map<Long, String> words = new HashMap<>();
        charterFaces.forEach((id, group) -> {
            if (group.getValue() != null) {
                ratings.put(id, group.getValue());
            }
        });
        charterWords.forEach((id, area) -> {
            if (!area.getValue().isBlank()) {
                words.put(id, area.getValue());
            }
        });
        Map<Long, ResponseAnswers.QuestionAnswer> answers = new HashMap<>();
        for (ReviewQuestionSummary q : chosen.questions()) {
            RatingAnswer rating =
                    q.kind() == QuestionKind.SCALE ? reviewFaces.get(q.id()).getValue() : null;
            String text = reviewWords.get(q.id()).getValue();
            if (rating != null || !text.isBlank()) {
                answers.put(q.id(), new ResponseAnswers.QuestionAnswer(rating, text.isBlank() ? null : text));
            }
        }
        try {
            ReviewReceipt receipt = reviews.enterGathered(
                    chosen.id(),
                    audience.getValue(),
                    new ReviewSubmission(
                            submissionKey,
                            voice.getValue(),
                            ReviewService.ENGLISH,
                            ratings,
                            words,
                            comment.getValue(),
                            answers),
                    new GatheredConsent(
                            personsAge.getValue(),
                            consent.getValue(),
                            gillickConfirmed.isVisible() && gillickConfirmed.getValue(),
                            lacksCapacityConfirmed.isVisible() && lacksCapacityConfirmed.getValue()));
            status.setText(getTranslation("workspace.reviews.gathered.sent", receipt.referenceCode()));
            submissionKey = UUID.randomUUID().toString();
            charterFaces.values().forEach(RadioButtonGroup::clear);
            reviewFaces.values().forEach(RadioButtonGroup::clear);
            charterWords.values().forEach(TextArea::clear);
            reviewWords.values().forEach(TextArea::clear);
            comment.clear();
            personsAge.clear();
            consent.clear();
            gillickConfirmed.clear();
            lacksCapacityConfirmed.clear();
        } catch (InvalidInputException invalid) {
            Map<String, Component> fields = Map.of(
                    "audience",
                    audience,
                    "personsAge",
                    personsAge,
                    "consent",
                    consent,
                    "gillickConfirmed",
                    gillickConfirmed,
                    "lacksCapacityConfirmed",
                    lacksCapacityConfirmed,
                    "wording",
                    voice,
                    "comment",
                    comment,
                    "organisation",
                    review);
            errors.show(invalid, fields, review);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.reviews.gathered.title");
    }
}
