package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.reviews.ReviewArrival;
import uk.coproduction.portal.reviews.ReviewService;

/**
 * Where an audience's review link (or its QR code) leads: the review's name and closing date and a Start button; or,
 * kindly, that it has closed or not yet opened, or that the link is not one we made, each with the ordinary feedback
 * journey. Nobody is ever stopped here.
 */
@Route(ReviewArrivalView.ROUTE)
@AnonymousAllowed
public class ReviewArrivalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = ReviewService.ARRIVAL_ROUTE + "/:token";

    private final ReviewService reviews;
    private String title = "";

    ReviewArrivalView(ReviewService reviews) {
        this.reviews = reviews;
        addClassNames("page", "review-arrival");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        switch (reviews.arrive(token)) {
            case ReviewArrival.Open open -> {
                title = open.title();
                ReviewJourneyState state = ReviewJourneyState.of(token);
                if (state.sent()) {
                    ReviewJourneyState.forget(token);
                }
                H1 heading = heading(open.title());
                Anchor start = new Anchor(
                        ReviewService.ARRIVAL_ROUTE + "/" + token + "/question/1",
                        getTranslation("reviews.journey.start"));
                start.addClassName("start-button");
                add(
                        heading,
                        Pictures.sentence("service", getTranslation("reviews.journey.about", open.serviceName())),
                        Pictures.sentence(
                                "check",
                                getTranslation(
                                        "reviews.journey.closes", DisplayDates.date(open.closesOn(), getLocale()))),
                        Pictures.sentence("skip", getTranslation("reviews.journey.skip")),
                        Pictures.sentence("person", getTranslation("reviews.journey.no-name")),
                        new Paragraph(start));
                if (!Languages.isEasyRead(getLocale())) {
                    Anchor easyRead = new Anchor(
                            "language?to=" + Languages.EASY_READ.toLanguageTag() + "&back=/"
                                    + ReviewService.ARRIVAL_ROUTE + "/" + token,
                            getTranslation("reviews.journey.easy-read"));
                    easyRead.addClassName("easy-read-link");
                    add(new Paragraph(easyRead));
                }
            }
            case ReviewArrival.Closed closed -> {
                title = getTranslation("reviews.journey.closed.title");
                add(
                        heading(title),
                        new Paragraph(getTranslation(
                                "reviews.journey.closed.text",
                                closed.title(),
                                DisplayDates.date(closed.closesOn(), getLocale()))),
                        feedbackLink(closed.serviceId()));
            }
            case ReviewArrival.NotYetOpen notYet -> {
                title = getTranslation("reviews.journey.not-yet.title");
                add(
                        heading(title),
                        new Paragraph(getTranslation(
                                "reviews.journey.not-yet.text",
                                notYet.title(),
                                DisplayDates.date(notYet.opensOn(), getLocale()))),
                        feedbackLink(notYet.serviceId()));
            }
            case ReviewArrival.Refused refused -> {
                title = getTranslation("reviews.journey.refused.title");
                add(heading(title), new Paragraph(getTranslation("reviews.journey.refused.text")), feedbackLink(null));
            }
        }
    }

    private static H1 heading(String text) {
        H1 heading = new H1(text);
        heading.getElement().setAttribute("tabindex", "-1");
        return heading;
    }

    /** The ordinary feedback journey, about the same service when there is one. */
    private Paragraph feedbackLink(Long serviceId) {
        Anchor link = new Anchor(
                serviceId == null ? "feedback" : "feedback?service=" + serviceId,
                getTranslation("reviews.journey.give-feedback"));
        link.addClassName("start-button");
        return new Paragraph(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", title);
    }
}
