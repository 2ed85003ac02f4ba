package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import uk.coproduction.portal.base.i18n.Languages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The frame of every public page, the same everywhere: "Leave this site quickly" first, then the portal's name,
 * the main links (with Help and "I don't feel safe" always in the same place), the language picker and display
 * settings; the page; the footer.
 */
@Layout
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final Map<Locale, Anchor> languageLinks = new LinkedHashMap<>();
    private final PageArrival announcer = new PageArrival();

    public PublicLayout(
            @Value("${portal.leave-quickly-url:https://www.bbc.co.uk/weather}") String leaveUrl,
            ObjectProvider<LeavingQuickly> leavingQuickly) {
        addClassName("portal-shell");
        Locale language = UI.getCurrent().getLocale();
        if (Languages.isEasyRead(language)) {
            addClassName("easy-read");
        }

        // The server forgets the journey at once; the page wipes this device's copies and replaces itself in the
        // history (portal.js, decision 0023). Shift pressed three times clicks this same button.
        Button leave = new Button(getTranslation("leave.button"), Pictures.picture("leave"), e -> {
            leavingQuickly.forEach(LeavingQuickly::forgetOnThisDevice);
            getElement()
                    .executeJs(
                            "window.portalDisplay ? window.portalDisplay.leave($0)" + " : window.location.replace($0)",
                            leaveUrl);
        });
        leave.addClassName("leave-quickly");
        leave.getElement().setAttribute("data-leave-url", leaveUrl);
        leave.getElement().setAttribute("data-leaving", getTranslation("leave.leaving"));
        Span shortcut = new Span(getTranslation("leave.shortcut"));
        shortcut.addClassName("visually-hidden");
        shortcut.setId("leave-shortcut");
        leave.getElement().setAttribute("aria-describedby", "leave-shortcut");
        Paragraph leaveHint = new Paragraph(getTranslation("leave.hint"));
        leaveHint.addClassName("leave-hint");
        Div leaveAnnouncement = new Div();
        leaveAnnouncement.setId("leave-announcement");
        leaveAnnouncement.addClassName("visually-hidden");
        leaveAnnouncement.getElement().setAttribute("aria-live", "assertive");
        Div leaveBar = new Div(leaveHint, leave, shortcut, leaveAnnouncement);
        leaveBar.addClassName("leave-bar");

        RouterLink home = RouteLink.to(getTranslation("app.name"), RouteLink.FRONT_PAGE);
        home.addClassName("portal-brand");
        RouterLink help = RouteLink.to(getTranslation("nav.help"), "help");
        help.addClassName("nav-help");
        RouterLink unsafe = RouteLink.to(getTranslation("nav.unsafe"), "help/safe");
        unsafe.addClassName("nav-unsafe");
        Nav nav = new Nav(
                RouteLink.to(getTranslation("nav.give-feedback"), "feedback"),
                RouteLink.to(getTranslation("nav.track"), "track"),
                help,
                unsafe);
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));

        Nav languages = new Nav();
        languages.addClassName("language-picker");
        languages.getElement().setAttribute("aria-label", getTranslation("nav.language"));
        for (Locale each : Languages.ALL) {
            Anchor link = new Anchor(
                    "language?to=" + each.toLanguageTag(), getTranslation("language." + each.toLanguageTag()));
            link.getElement().setAttribute("lang", Languages.htmlLang(each));
            link.getElement().setAttribute("hreflang", Languages.htmlLang(each));
            link.getElement().setAttribute("router-ignore", true);
            if (each.equals(language)) {
                link.getElement().setAttribute("aria-current", "true");
            }
            languageLinks.put(each, link);
            languages.add(link);
        }
        RouterLink settings = RouteLink.to(getTranslation("nav.settings"), "settings");
        settings.addClassName("settings-link");
        Div tools = new Div(Pictures.picture("language"), languages, settings);
        tools.addClassName("portal-tools");

        SkipLink skip = new SkipLink(getTranslation("nav.skip"));

        Header header = new Header(skip, leaveBar, new Div(home, nav), tools);
        header.addClassName("portal-header");

        main.addClassName("portal-main");
        main.setId("main-content");

        Paragraph partners = new Paragraph(getTranslation("footer.partners"));
        RouterLink staff = RouteLink.to(getTranslation("footer.staff-sign-in"), "staff");
        Nav footerLinks = new Nav(
                staff,
                RouteLink.to(getTranslation("footer.privacy"), "privacy"),
                RouteLink.to(getTranslation("footer.accessibility"), "accessibility"));
        footerLinks.addClassName("portal-footer-links");
        footerLinks.getElement().setAttribute("aria-label", getTranslation("footer.links"));
        Footer footer = new Footer(partners, footerLinks);
        footer.addClassName("portal-footer");

        add(header, main, footer, announcer);
    }

    /** Each language link comes back to the page it was chosen on. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String back = "/" + event.getLocation().getPath();
        languageLinks.forEach((locale, link) -> link.setHref(
                "language?to=" + locale.toLanguageTag() + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
        announcer.arrived();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }
}
