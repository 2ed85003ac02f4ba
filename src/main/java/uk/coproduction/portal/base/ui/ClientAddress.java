package uk.coproduction.portal.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The address of the person (or program) using the portal, for per-client limits. Behind the TLS proxy it is
 * the client's own address (forwarded headers are trusted in production). */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
