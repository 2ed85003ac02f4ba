package uk.coproduction.portal;

import com.vaadin.flow.server.VaadinSession;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, server cost: an abandoned resident's session is freed, and a slow reader's is not (decision 0049). The
 * settings are checked on a real session, made by a real request to a public page on the running server: the
 * browser is told to send a heartbeat every minute, heartbeats alone keep an open tab's session (idle sessions are
 * not closed: typing in a text area sends nothing), and a session that hears nothing — a closed or abandoned tab —
 * ends 15 minutes after its last request.
 */
@PortalTest
class PublicSessionSettingsTest {

    static final Duration HEARTBEAT = Duration.ofMinutes(1);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's own record of the session this client's cookie names. */
    private Session serverSession() throws IOException {
        String id = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the public page started no session"));
        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = context.getManager().findSession(id);
        assertThat(session).as("session %s on the server", id).isNotNull();
        return session;
    }

    private static VaadinSession vaadinSessionIn(Session session) {
        return Collections.list(session.getSession().getAttributeNames()).stream()
                .map(name -> session.getSession().getAttribute(name))
                .filter(VaadinSession.class::isInstance)
                .map(VaadinSession.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Vaadin session in the servlet session"));
    }

    @Test
    void aResidentsSessionIsKeptByItsHeartbeatAndEndsAQuarterOfAnHourAfterItGoesQuiet() throws Exception {
        assertThat(get("/feedback").statusCode()).isEqualTo(200);
        HttpResponse<String> firstPage = get("/?v-r=init&location=feedback&query=");
        assertThat(firstPage.statusCode()).isEqualTo(200);
        assertThat(firstPage.body())
                .as("what the browser is told about heartbeats")
                .contains("\"heartbeatInterval\":" + HEARTBEAT.toSeconds());

        Session session = serverSession();
        assertThat(session.getMaxInactiveInterval())
                .as("seconds a quiet session lives")
                .isEqualTo((int) ABANDONED_AFTER.toSeconds());
        VaadinSession vaadin = vaadinSessionIn(session);
        vaadin.lock();
        try {
            assertThat(vaadin.getConfiguration().getHeartbeatInterval()).isEqualTo((int) HEARTBEAT.toSeconds());
            assertThat(vaadin.getConfiguration().isCloseIdleSessions())
                    .as("an open tab whose heartbeat still comes is never closed, however long the person reads")
                    .isFalse();
        } finally {
            vaadin.unlock();
        }
    }
}
