package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import tools.jackson.databind.json.JsonMapper;
import uk.coproduction.portal.feedback.DraftSnapshot;

import java.util.Optional;

/**
 * Which journey this browser session is on, and the device's own copy of its return code (localStorage), so
 * "continue where I left off" works after the tab is closed, the session ends or the server restarts.
 */
final class JourneySession {

    static final String STORAGE_KEY = "portal.returnCode";
    /** A copy of the answers so far, on the device, in case the server ever loses them. */
    static final String COPY_KEY = "portal.draft";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODE = "portal.journey.code";
    private static final String SENT = "portal.journey.sent";
    private static final String SECRET = "portal.journey.secret";
    private static final String HONEYPOT = "portal.journey.honeypot";

    private JourneySession() {}

    static Optional<String> code() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(CODE));
    }

    static void remember(String returnCode) {
        VaadinSession.getCurrent().setAttribute(CODE, returnCode);
        VaadinSession.getCurrent().setAttribute(SENT, null);
        keep(STORAGE_KEY, returnCode);
    }

    /**
     * Writes to the device's storage through portal.js, which refuses while this tab is marked as left through
     * "Leave this site quickly": a page brought back from the history never writes the journey back (decision 0023).
     */
    private static void keep(String key, String value) {
        UI.getCurrent()
                .getPage()
                .executeJs("if (window.portalJourney) { window.portalJourney.keep($0, $1); }", key, value);
    }

    /** The person starts or carries on a journey on purpose: this tab may keep its copies again. */
    static void startedOnPurpose() {
        UI.getCurrent().getPage().executeJs("if (window.portalJourney) { window.portalJourney.startAgain(); }");
    }

    /** The hidden field only programs fill in was filled in when this journey started (decision 0026). */
    static void honeypotFilled(String returnCode) {
        VaadinSession.getCurrent().setAttribute(HONEYPOT, returnCode);
    }

    static boolean honeypotFilledFor(String returnCode) {
        return returnCode != null
                && returnCode.equals(VaadinSession.getCurrent().getAttribute(HONEYPOT));
    }

    /** "Leave this site quickly": this session forgets the journey and the code just sent. */
    static void forgetOnThisDevice() {
        VaadinSession.getCurrent().setAttribute(CODE, null);
        VaadinSession.getCurrent().setAttribute(SENT, null);
    }

    /** Keeps a copy of the answers so far on the device (localStorage), beside the return code. */
    static void keepOnDevice(DraftSnapshot draft) {
        keep(COPY_KEY, JSON.writeValueAsString(draft));
    }

    /** The device's copy, if it is one we can read. */
    static Optional<DraftSnapshot> readCopy(String json) {
        if (json == null || json.isBlank() || json.length() > 200_000) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, DraftSnapshot.class));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** After sending: the journey is over, on the server and on the device. */
    static void sent(String referenceCode) {
        sent(referenceCode, null);
    }

    /**
     * After sending, with the private code to show once beside the reference code (null when there is none, or it
     * was shown already). It is never written to the device.
     */
    static void sent(String referenceCode, String secret) {
        VaadinSession.getCurrent().setAttribute(CODE, null);
        VaadinSession.getCurrent().setAttribute(SENT, referenceCode);
        VaadinSession.getCurrent().setAttribute(SECRET, secret);
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "try { localStorage.removeItem($0); localStorage.removeItem($1); }" + " catch (e) { }",
                        STORAGE_KEY,
                        COPY_KEY);
    }

    /** The private code to show, once: reading it forgets it. */
    static Optional<String> takeSecret() {
        String secret = (String) VaadinSession.getCurrent().getAttribute(SECRET);
        VaadinSession.getCurrent().setAttribute(SECRET, null);
        return Optional.ofNullable(secret);
    }

    static Optional<String> sentReference() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(SENT));
    }

    static void forget() {
        VaadinSession.getCurrent().setAttribute(CODE, null);
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "try { localStorage.removeItem($0); localStorage.removeItem($1); }" + " catch (e) { }",
                        STORAGE_KEY,
                        COPY_KEY);
    }
}
