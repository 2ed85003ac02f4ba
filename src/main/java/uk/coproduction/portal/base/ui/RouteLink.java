package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * A router link to the view registered at a route path, found by the path rather than the view's class: a page
 * lower in the module map (base's layouts, the login page) may link to a page above it without depending on it
 * (decision 0043). A path no view has fails as loudly as a link to an unregistered view class did.
 */
public final class RouteLink {

    /** The front page's route. */
    public static final String FRONT_PAGE = "";

    private RouteLink() {}

    public static RouterLink to(String text, String path) {
        return new RouterLink(text, viewAt(path));
    }

    /** The view registered at the path, to navigate to it without depending on it. */
    public static Class<? extends Component> viewAt(String path) {
        return RouteConfiguration.forApplicationScope()
                .getRoute(path)
                .orElseThrow(() -> new IllegalStateException("No view has the route \"" + path + "\""));
    }
}
