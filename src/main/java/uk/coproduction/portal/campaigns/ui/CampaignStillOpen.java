package uk.coproduction.portal.campaigns.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.limits.CampaignAllowance;
import uk.coproduction.portal.campaigns.CampaignService;

/**
 * On every page a campaign visitor opens, checks that the link was not closed since: closing takes the allowance back
 * at once from the sessions on the instance where it was closed, and this takes it back from those on any other.
 */
@Component
class CampaignStillOpen implements VaadinServiceInitListener {

    private final CampaignService campaigns;

    CampaignStillOpen(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI()
                        .addBeforeEnterListener(enter -> CampaignAllowance.current()
                                .ifPresent(allowance -> {
                                    if (campaigns.closedByHand(allowance.campaignId())) {
                                        VaadinSession.getCurrent().setAttribute(CampaignAllowance.class, null);
                                    }
                                })));
    }
}
