package uk.coproduction.portal.base.database.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.coproduction.portal.base.database.DatabaseUnreachable;

/**
 * What anyone sees when a page cannot be opened. When the database cannot be reached (stopped, restarting) every
 * page says so kindly: answers already sent or saved are kept, try again in a minute — the journey pages say the
 * same on their own buttons. Any other failure gets a plain apology without technical detail (that goes to the log).
 *
 * <p>No layout: a layout may itself need the database.
 */
@AnonymousAllowed
public class FailurePage extends Main implements HasErrorParameter<RuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(FailurePage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuntimeException> parameter) {
        removeAll();
        boolean databaseAway = DatabaseUnreachable.causedBy(parameter.getCaughtException());
        String prefix = databaseAway ? "database-away" : "error.general";
        if (databaseAway) {
            log.warn(
                    "Could not open {}: the database is not reachable",
                    event.getLocation().getPath(),
                    parameter.getCaughtException());
        } else {
            log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        }
        H1 title = new H1(getTranslation(prefix + ".title"));
        title.getElement().setAttribute("tabindex", "-1");
        Anchor again =
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("database-away.try-again"));
        add(title, new Paragraph(getTranslation(prefix + ".body")), again);
        title.getElement().executeJs("this.focus()");
        return databaseAway ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
