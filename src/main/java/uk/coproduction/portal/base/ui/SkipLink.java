package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to main content": the first tab stop of every page, public and staff. It moves focus into the page's main
 * region itself instead of only scrolling, so the next Tab starts inside the content (WCAG 2.4.1).
 */
class SkipLink extends Anchor {

    SkipLink(String text) {
        super("#main-content", text);
        addClassName("skip-link");
        getElement().setAttribute("router-ignore", true);
        getElement()
                .executeJs("this.addEventListener('click', e => { e.preventDefault();"
                        + " const main = document.getElementById('main-content'); main.setAttribute('tabindex', '-1');"
                        + " main.focus(); })");
    }
}
