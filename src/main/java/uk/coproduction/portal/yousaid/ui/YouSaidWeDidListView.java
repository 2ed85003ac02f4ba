package uk.coproduction.portal.yousaid.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.yousaid.ServiceListing;
import uk.coproduction.portal.yousaid.YouSaidWeDidService;

/** "You said, we did": every service, and how many changes each has made because of what people said. */
@StyleSheet("styles/yousaid.css")
@Route("you-said-we-did")
@AnonymousAllowed
public class YouSaidWeDidListView extends Div implements HasDynamicTitle {

    YouSaidWeDidListView(YouSaidWeDidService youSaidWeDid) {
        addClassNames("page", "yousaid-page");
        add(
                new H1(getTranslation("yousaid.title")),
                Pictures.sentence("change", getTranslation("yousaid.intro.1")),
                Pictures.sentence("service", getTranslation("yousaid.intro.2")));
        UnorderedList services = new UnorderedList();
        services.addClassName("yousaid-services");
        for (ServiceListing service : youSaidWeDid.services()) {
            RouterLink link = new RouterLink(
                    service.name(), YouSaidWeDidView.class, new RouteParameters(YouSaidWeDidView.CODE, service.code()));
            Span changes = new Span(
                    service.changesPublished() == 0
                            ? getTranslation("yousaid.changes.none")
                            : getTranslation("yousaid.changes.count", service.changesPublished()));
            changes.addClassName("yousaid-changes-count");
            services.add(new ListItem(link, changes));
        }
        add(services);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("yousaid.title"));
    }
}
