package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The mark of an item that reached the portal after its reply window had run out counted from the day it was
 * given (a paper form typed up months later): shown wherever "overdue" can show, so nobody reads the delay before
 * it reached us as ours (decision 0039).
 */
public final class ReceivedLate {

    private ReceivedLate() {}

    public static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassNames("status-badge", "status-received-late");
        return badge;
    }
}
