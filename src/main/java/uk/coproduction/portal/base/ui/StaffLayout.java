package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The frame of every staff page: who is signed in, what they can open, and signing out. Staff routes name it
 * ({@code layout = StaffLayout.class}); see decision 0005. The menu comes from the views' own {@code @Menu}
 * declarations, filtered by their access annotations (decision 0044).
 */
@PermitAll
// The staff pages' styles load with this layout, never on a public page (decision 0049; PublicPagesStyleSheetsTest).
@StyleSheet("styles/workspace.css")
@StyleSheet("styles/advocacy.css")
@StyleSheet("styles/activities.css")
@StyleSheet("styles/imports.css")
@StyleSheet("styles/dashboard.css")
@StyleSheet("styles/outcomes.css")
@StyleSheet("styles/packs.css")
@StyleSheet("styles/representation.css")
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final PageArrival announcer = new PageArrival();
    private final List<RouterLink> menuLinks = new ArrayList<>();

    public StaffLayout(
            SignedInName signedIn,
            AuthenticationContext authenticationContext,
            ObjectProvider<StaffMenuAddition> additions) {
        addClassNames("portal-shell", "staff-shell");

        RouterLink home = RouteLink.to(getTranslation("staff.app-name"), "staff");
        home.addClassName("portal-brand");
        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        // The views declare their own entries (@Menu, title = translation key) and who may open them
        // (@RolesAllowed / @PermitAll); MenuConfiguration keeps the ones this person may open, in their order.
        List<StaffMenuAddition> extras = additions.orderedStream().toList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            RouterLink link = new RouterLink(getTranslation(entry.title()), entry.menuClass());
            menuLinks.add(link);
            nav.add(link);
            extras.stream()
                    .filter(extra -> extra.follows().equals(entry.menuClass()))
                    .forEach(extra -> nav.add(extra.create()));
        }
        Span who = new Span(signedIn.displayName()
                .map(name -> getTranslation("staff.signed-in-as", name))
                .orElse(""));
        who.addClassName("staff-who");
        Button signOut = new Button(getTranslation("staff.sign-out"), e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        SkipLink skip = new SkipLink(getTranslation("nav.skip"));
        Header header = new Header(skip, home, nav, who, signOut);
        header.addClassName("portal-header");

        main.addClassName("portal-main");
        main.setId("main-content");
        add(header, main, announcer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        announcer.arrived();
        String here = event.getLocation().getPath();
        for (RouterLink link : menuLinks) {
            if (link.getHref().equals(here)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }
}
