package uk.coproduction.portal.base.limits;

import com.vaadin.flow.server.VaadinRequest;
import uk.coproduction.portal.base.ui.ClientAddress;

import java.util.Optional;

/**
 * Who is arriving, as far as the limits need to know: the address the trusted proxies report (decision 0018), the
 * browser's signed cookie, the campaign link they followed, and their answer to the check if they were asked.
 *
 * @param proof the browser's answer to a challenge ({@link ArrivalCheck}), or null
 */
public record Arrival(String address, String browser, Optional<CampaignAllowance> campaign, String proof) {

    /** The person using this page now. */
    public static Arrival current(String proof) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object browser = request == null ? null : request.getAttribute(BrowserCookie.REQUEST_ATTRIBUTE);
        return new Arrival(ClientAddress.current(), browser == null ? null : browser.toString(),
                CampaignAllowance.current(), proof);
    }

    public Arrival withProof(String answer) {
        return new Arrival(address, browser, campaign, answer);
    }
}
