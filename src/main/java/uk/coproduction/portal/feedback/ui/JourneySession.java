package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/**
 * Which journey this browser session is on, and the device's own copy of its return code (localStorage), so
 * "continue where I left off" works after the tab is closed, the session ends or the server restarts.
 */
final class JourneySession {

    static final String STORAGE_KEY = "portal.returnCode";
    private static final String CODE = "portal.journey.code";
    private static final String SENT = "portal.journey.sent";

    private JourneySession() {
    }

    static Optional<String> code() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(CODE));
    }

    static void remember(String returnCode) {
        VaadinSession.getCurrent().setAttribute(CODE, returnCode);
        VaadinSession.getCurrent().setAttribute(SENT, null);
        UI.getCurrent().getPage().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", STORAGE_KEY,
                returnCode);
    }

    /** After sending: the journey is over, on the server and on the device. */
    static void sent(String referenceCode) {
        VaadinSession.getCurrent().setAttribute(CODE, null);
        VaadinSession.getCurrent().setAttribute(SENT, referenceCode);
        UI.getCurrent().getPage().executeJs("try { localStorage.removeItem($0); } catch (e) { }", STORAGE_KEY);
    }

    static Optional<String> sentReference() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(SENT));
    }

    static void forget() {
        VaadinSession.getCurrent().setAttribute(CODE, null);
        UI.getCurrent().getPage().executeJs("try { localStorage.removeItem($0); } catch (e) { }", STORAGE_KEY);
    }
}
