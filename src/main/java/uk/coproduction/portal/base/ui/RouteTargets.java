package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * A page found by its path, so the layouts in base can link to features' pages without importing their views
 * (base is used by every feature and must not depend on them). A path that no view registers fails loudly on the
 * first page, which every layout test opens.
 */
final class RouteTargets {

    private RouteTargets() {
    }

    static Class<? extends Component> at(String path) {
        return RouteConfiguration.forApplicationScope().getRoute(path)
                .orElseThrow(() -> new IllegalStateException("no view registered at /" + path));
    }
}
