package uk.coproduction.portal.base.limits;

import com.vaadin.flow.server.VaadinSession;

import java.time.Instant;
import java.util.Optional;

/**
 * What a campaign or event link promises about who will arrive: how many people are expected and in which window.
 * Campaigns keep it in the visitor's session once they follow a valid, open link; the anonymous limits read it to
 * make room for that many people from one address. A session attribute is the whole contract, so neither side
 * depends on the other.
 */
public record CampaignAllowance(long campaignId, int expectedPeople, Instant opens, Instant closes) {

    /** The allowance of the link this visitor followed, if any. */
    public static Optional<CampaignAllowance> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(CampaignAllowance.class));
    }

    /** True while the campaign's window is open at this instant. */
    public boolean openAt(Instant at) {
        return !at.isBefore(opens) && at.isBefore(closes);
    }

    /** Keeps this allowance for the rest of the visitor's session. */
    public void keepInSession() {
        VaadinSession.getCurrent().setAttribute(CampaignAllowance.class, this);
    }
}
