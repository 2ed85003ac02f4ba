package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * A link to the portal's front page, found by its route ("") rather than its view class: the front page links to
 * nearly every feature, so a feature page that named its class would close a cycle between modules (decision 0043).
 */
public final class FrontPageLink {

    private FrontPageLink() {
    }

    public static RouterLink withText(String text) {
        Class<? extends Component> frontPage = RouteConfiguration.forApplicationScope().getRoute("")
                .orElseThrow(() -> new IllegalStateException("No view has the route \"\" (the front page)"));
        return new RouterLink(text, frontPage);
    }
}
