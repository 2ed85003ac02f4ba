package uk.coproduction.portal.representation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/**
 * The offer, at the end of a journey, to answer the optional equality monitoring questions. It remembers (in this
 * browser session only) which feedback has just been sent, so the questions fit the person; the answers never are
 * linked to it.
 */
@StyleSheet("styles/equality.css")
public class EqualityInvitation extends Section {

    private static final String OFFER = "portal.equality.offer";

    public EqualityInvitation(String referenceCode) {
        VaadinSession.getCurrent().setAttribute(OFFER, referenceCode);
        addClassName("representation-invitation");
        add(
                new H2(getTranslation("equality.invite.title")),
                new Paragraph(getTranslation("equality.invite.text")),
                // A plain link, so the thank-you page works wherever the questions' route is not registered (tests).
                new Anchor(EqualityView.ROUTE, getTranslation("equality.invite.link")));
    }

    static Optional<String> offered() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(OFFER));
    }

    /** Answered or skipped: the questions are not offered again for this feedback. */
    static void done() {
        VaadinSession.getCurrent().setAttribute(OFFER, null);
    }
}
