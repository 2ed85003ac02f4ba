package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.feedback.ui.GiveFeedbackView;
import uk.coproduction.portal.feedback.ui.TrackFeedbackView;
import uk.coproduction.portal.home.ui.HomeView;
import uk.coproduction.portal.security.ui.StaffHomeView;

import java.util.Objects;

/** The frame of every public page: the same header, navigation and footer in the same places. */
@Layout
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public PublicLayout() {
        addClassName("portal-shell");

        RouterLink home = new RouterLink(getTranslation("app.name"), HomeView.class);
        home.addClassName("portal-brand");
        Nav nav = new Nav(
                new RouterLink(getTranslation("nav.give-feedback"), GiveFeedbackView.class),
                new RouterLink(getTranslation("nav.track"), TrackFeedbackView.class));
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        Header header = new Header(home, nav);
        header.addClassName("portal-header");

        main.addClassName("portal-main");
        main.setId("main-content");

        Paragraph partners = new Paragraph(getTranslation("footer.partners"));
        RouterLink staff = new RouterLink(getTranslation("footer.staff-sign-in"), StaffHomeView.class);
        Footer footer = new Footer(partners, staff);
        footer.addClassName("portal-footer");

        add(header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }
}
