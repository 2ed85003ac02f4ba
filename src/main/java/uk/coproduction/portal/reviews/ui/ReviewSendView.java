package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.ReviewArrival;
import uk.coproduction.portal.reviews.ReviewReceipt;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSubmission;

import java.util.Map;

/**
 * The last page of a review: anything else, then Send. Sending goes through the review service (and so the one
 * feedback intake); a problem is shown at the words box and in the summary, and nothing typed is lost.
 */
@Route(ReviewSendView.ROUTE)
@AnonymousAllowed
public class ReviewSendView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = ReviewService.ARRIVAL_ROUTE + "/:token/send";

    private final ReviewService reviews;
    private final CharterService charter;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextArea comment = new TextArea();
    private String token;
    private ReviewJourneyState state;
    private ReviewArrival.Open open;

    ReviewSendView(ReviewService reviews, CharterService charter) {
        this.reviews = reviews;
        this.charter = charter;
        addClassNames("page", "journey-page", "review-journey");
    }

    static String path(String token) {
        return ReviewService.ARRIVAL_ROUTE + "/" + token + "/send";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!(reviews.arrive(token) instanceof ReviewArrival.Open found)) {
            event.forwardTo(ReviewService.ARRIVAL_ROUTE + "/" + token);
            return;
        }
        open = found;
        state = ReviewJourneyState.of(token);
        if (state.sent()) {
            event.forwardTo(ReviewSentView.path(token));
            return;
        }
        removeAll();
        errors.clear();
        int total = charter.expectations().size() + open.questions().size();
        Span arrow = new Span("\u2039 ");
        arrow.getElement().setAttribute("aria-hidden", "true");
        Anchor back =
                new Anchor(ReviewQuestionView.path(token, total), arrow, new Span(getTranslation("journey.back")));
        back.addClassName("back-link");
        H1 heading = new H1(getTranslation("reviews.journey.anything-else"));
        heading.setId("journey-question");
        heading.getElement().setAttribute("tabindex", "-1");
        Div headingRow = new Div(Pictures.picture("write"), heading);
        headingRow.addClassName("question-heading");
        comment.setLabel(getTranslation("reviews.journey.anything-else.label"));
        comment.setMaxLength(TextInput.MAX_LENGTH);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.addClassName("wide-field");
        comment.setValue(state.comment == null ? "" : state.comment);
        comment.addValueChangeListener(e -> state.comment = e.getValue());
        Button send = new Button(getTranslation("reviews.journey.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("continue-button");
        Div actions = new Div(send);
        actions.addClassName("journey-actions");
        add(
                back,
                errors,
                headingRow,
                new Paragraph(getTranslation("reviews.journey.anything-else.help")),
                comment,
                actions);
    }

    private void send() {
        errors.clear();
        comment.setInvalid(false);
        state.comment = comment.getValue();
        Wording wording = Languages.isEasyRead(getLocale())
                ? Wording.EASY_READ
                : open.audience().ordinaryWording();
        try {
            ReviewReceipt receipt = reviews.answer(
                    token,
                    new ReviewSubmission(
                            state.submissionKey,
                            wording,
                            getLocale().toLanguageTag(),
                            state.charterRatings,
                            state.charterWords,
                            state.comment,
                            state.answers));
            state.referenceCode = receipt.referenceCode();
            state.proofSecret = receipt.proofSecret();
            UI.getCurrent().navigate(ReviewSentView.path(token));
        } catch (InvalidInputException invalid) {
            errors.show(invalid, Map.of("comment", comment), comment);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("reviews.journey.anything-else"));
    }
}
