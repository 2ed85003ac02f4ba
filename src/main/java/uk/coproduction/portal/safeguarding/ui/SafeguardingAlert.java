package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.router.RouterLink;
import uk.coproduction.portal.safeguarding.SafeguardingService;

/** For safeguarding leads: "N new safeguarding concerns", linking to the queue (only for leads: the service checks). */
public class SafeguardingAlert extends RouterLink {

    public SafeguardingAlert(SafeguardingService safeguarding) {
        super("", SafeguardingQueueView.class);
        setText(getTranslation("safeguarding.alert", safeguarding.waitingCount()));
    }
}
