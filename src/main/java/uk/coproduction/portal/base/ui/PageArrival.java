package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Where a person lands after moving to another page inside the portal (decision 0023): focus goes to the error
 * summary or the page's main heading, and the new page's title is said in this polite live region (WCAG 2.4.3,
 * 4.1.3). The first page a browser loads is left alone (portal.js counts arrivals per loaded document, whichever
 * layout a page has): it starts at the top, with "Skip to main content" first.
 */
class PageArrival extends Div {

    PageArrival() {
        setId("page-announcer");
        addClassName("visually-hidden");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Called by the layout after each navigation. */
    void arrived() {
        getElement().executeJs("if (window.portalPage) { window.portalPage.arrive(this); }");
    }
}
