package uk.coproduction.portal.campaigns.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.campaigns.CampaignArrival;
import uk.coproduction.portal.campaigns.CampaignJourney;
import uk.coproduction.portal.campaigns.CampaignService;
import uk.coproduction.portal.feedback.ui.StartFeedbackView;

import java.util.Map;

/**
 * Where a campaign or event link (or its QR code) leads. An open link goes straight on to its journey, with the
 * campaign's allowance kept in the session. A closed, expired or forged link never stops anyone: this page says kindly
 * that the link is not in use and leads to the same journey, without the allowance (decision 0027).
 */
@Route(CampaignService.ARRIVAL_ROUTE + "/:token")
@AnonymousAllowed
public class CampaignArrivalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CampaignService campaigns;

    CampaignArrivalView(CampaignService campaigns) {
        this.campaigns = campaigns;
        addClassNames("page", "campaign-arrival");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        CampaignArrival arrival = campaigns.follow(token);
        removeAll();
        switch (arrival) {
            case CampaignArrival.Open open -> {
                if (open.journey() == CampaignJourney.FRONTLINE) {
                    event.forwardTo("frontline", QueryParameters.of("quarter", open.quarter()));
                } else if (open.serviceId() != null) {
                    event.forwardTo(
                            "feedback",
                            QueryParameters.of(
                                    StartFeedbackView.SERVICE_PARAMETER,
                                    open.serviceId().toString()));
                } else {
                    event.forwardTo(StartFeedbackView.class);
                }
            }
            case CampaignArrival.NotOpen closed -> {
                add(
                        new H1(getTranslation("campaign.arrival.closed.title")),
                        new Paragraph(getTranslation("campaign.arrival.closed.text")));
                add(new Paragraph(
                        closed.journey() == CampaignJourney.FRONTLINE
                                ? frontline(closed.quarter(), true)
                                : feedback(closed.serviceId(), true)));
            }
            case CampaignArrival.Refused refused -> {
                add(
                        new H1(getTranslation("campaign.arrival.refused.title")),
                        new Paragraph(getTranslation("campaign.arrival.refused.text")),
                        new Paragraph(feedback(null, true)),
                        new Paragraph(frontline(null, false)));
            }
        }
    }

    private Anchor feedback(@Nullable Long serviceId, boolean main) {
        String address = serviceId == null
                ? "feedback"
                : "feedback?"
                        + QueryParameters.simple(Map.of(StartFeedbackView.SERVICE_PARAMETER, serviceId.toString()))
                                .getQueryString();
        return link(address, getTranslation("campaign.arrival.give-feedback"), main);
    }

    private Anchor frontline(@Nullable String quarter, boolean main) {
        String address = quarter == null
                ? "frontline"
                : "frontline?"
                        + QueryParameters.simple(Map.of("quarter", quarter)).getQueryString();
        return link(address, getTranslation("campaign.arrival.frontline"), main);
    }

    private static Anchor link(String address, String text, boolean main) {
        Anchor anchor = new Anchor(address, text);
        anchor.addClassName(main ? "campaign-journey-link" : "campaign-other-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.arrival.page-title");
    }
}
