package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.reviews.ReviewService;

/** Thank you: the reference code (and private code) for the answers just sent, and where to see what happened. */
@Route(ReviewSentView.ROUTE)
@AnonymousAllowed
public class ReviewSentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = ReviewService.ARRIVAL_ROUTE + "/:token/sent";

    ReviewSentView() {
        addClassNames("page", "journey-page", "review-journey");
    }

    static String path(String token) {
        return ReviewService.ARRIVAL_ROUTE + "/" + token + "/sent";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        ReviewJourneyState state = ReviewJourneyState.of(token);
        if (!state.sent()) {
            event.forwardTo(ReviewService.ARRIVAL_ROUTE + "/" + token);
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("reviews.journey.sent.title"));
        heading.getElement().setAttribute("tabindex", "-1");
        Span code = new Span(state.referenceCode);
        code.addClassName("return-code");
        Paragraph line = new Paragraph(getTranslation("journey.sent.code-intro") + " ");
        line.add(code);
        add(new Div(Pictures.picture("sent"), heading), line, new Paragraph(getTranslation("journey.sent.keep")));
        if (state.proofSecret != null) {
            Span secret = new Span(state.proofSecret);
            secret.addClassName("return-code");
            Paragraph secretLine = new Paragraph(getTranslation("journey.sent.secret.intro") + " ");
            secretLine.add(secret);
            add(secretLine, new Paragraph(getTranslation("journey.sent.secret.keep")));
        }
        add(
                new Paragraph(getTranslation("reviews.journey.sent.next")),
                new Paragraph(new Anchor("track", getTranslation("journey.sent.track"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("reviews.journey.sent.title"));
    }
}
