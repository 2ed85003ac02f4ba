package uk.coproduction.portal.help.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy notice: what the portal keeps about people who give feedback, why, who sees it, and their rights. */
@Route("privacy")
@AnonymousAllowed
public class PrivacyView extends Statement implements HasDynamicTitle {

    PrivacyView() {
        super(
                "privacy",
                new Topic("collect", "write", 5),
                new Topic("why", "service", 2),
                new Topic("who", "person", 3),
                new Topic("keep", "save", 2),
                new Topic("rights", "code", 4),
                new Topic("cookies", "settings", 3));
    }

    @Override
    public String getPageTitle() {
        return pageTitle();
    }
}
