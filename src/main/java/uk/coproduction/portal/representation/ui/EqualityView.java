package uk.coproduction.portal.representation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ArrivalGate;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.Honeypot;
import uk.coproduction.portal.base.ui.RouteLink;
import uk.coproduction.portal.representation.EqualityMonitoring;
import uk.coproduction.portal.representation.EqualityQuestion;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The optional equality monitoring questions, after sending feedback: every question has "Prefer not to say", and
 * Skip is as plain to see as Save. Skipping keeps nothing; saving keeps the answers apart from the feedback.
 */
@StyleSheet("styles/equality.css")
@Route(EqualityView.ROUTE)
@AnonymousAllowed
class EqualityView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "feedback/about-you";

    private final EqualityMonitoring equality;
    private final ArrivalGate gate;
    private final Map<EqualityQuestion, RadioButtonGroup<String>> fields = new EnumMap<>(EqualityQuestion.class);
    private final ErrorSummary errors = new ErrorSummary();
    private final Honeypot honeypot = new Honeypot();
    private String referenceCode;

    EqualityView(EqualityMonitoring equality) {
        this.equality = equality;
        this.gate = new ArrivalGate();
        addClassNames("page", "representation-equality");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        fields.clear();
        errors.clear();
        referenceCode = EqualityInvitation.offered().orElse(null);
        var offer =
                referenceCode == null ? Optional.<EqualityMonitoring.Offer>empty() : equality.offerFor(referenceCode);
        if (offer.isEmpty()) {
            finish("equality.nothing.title", "equality.nothing.text");
            return;
        }
        add(
                errors,
                new H1(getTranslation("equality.title")),
                new Paragraph(getTranslation("equality.optional")),
                new Paragraph(getTranslation("equality.why")),
                new Paragraph(getTranslation("equality.apart")),
                new Paragraph(getTranslation("equality.any")));
        Div questions = new Div();
        questions.addClassName("representation-questions");
        for (EqualityQuestion question : offer.get().questions()) {
            RadioButtonGroup<String> field = new RadioButtonGroup<>();
            field.setLabel(getTranslation("equality." + question.key() + ".label"));
            field.setItems(question.options());
            field.setItemLabelGenerator(option -> EqualityQuestion.PREFER_NOT_TO_SAY.equals(option)
                    ? getTranslation("equality.prefer-not")
                    : getTranslation("equality." + question.key() + "." + option));
            field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            field.addClassName("representation-question");
            fields.put(question, field);
            questions.add(field);
        }
        Button save = new Button(getTranslation("equality.save"), e -> save());
        Button skip = new Button(getTranslation("equality.skip"), e -> skip());
        // Skip is exactly as prominent as Save: answering is a choice, not the expected path.
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        skip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save, skip);
        actions.addClassName("representation-actions");
        add(questions, honeypot, actions, gate);
    }

    private void save() {
        errors.clear();
        // Flag, don't drop (decision 0026): a filled hidden field keeps the answers, held with their feedback.
        boolean honeypotFilled = honeypot.isFilled();
        gate.pass(null, () -> saveNow(honeypotFilled));
    }

    private void saveNow(boolean honeypotFilled) {
        Map<EqualityQuestion, String> answers = new EnumMap<>(EqualityQuestion.class);
        fields.forEach((question, field) -> answers.put(question, field.getValue()));
        try {
            boolean kept = equality.save(referenceCode, answers, honeypotFilled);
            EqualityInvitation.done();
            if (kept) {
                finish("equality.saved.title", "equality.saved.text");
            } else {
                finish("equality.skipped.title", "equality.skipped.text");
            }
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                fields.entrySet().stream()
                        .filter(f -> f.getKey().key().equals(problem.field()))
                        .findFirst()
                        .ifPresentOrElse(
                                f -> {
                                    f.getValue().setErrorMessage(getTranslation(problem.messageKey()));
                                    f.getValue().setInvalid(true);
                                    errors.add(getTranslation(problem.messageKey()), f.getValue());
                                },
                                () -> errors.add(getTranslation(problem.messageKey()), this));
            }
            errors.show();
        }
    }

    private void skip() {
        EqualityInvitation.done();
        finish("equality.skipped.title", "equality.skipped.text");
    }

    private void finish(String titleKey, String textKey) {
        removeAll();
        fields.clear();
        add(
                new H1(getTranslation(titleKey)),
                new Paragraph(getTranslation(textKey)),
                RouteLink.to(getTranslation("equality.home"), RouteLink.FRONT_PAGE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("equality.title"));
    }
}
