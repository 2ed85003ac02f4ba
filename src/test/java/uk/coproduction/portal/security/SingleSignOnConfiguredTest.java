package uk.coproduction.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.security.ui.LoginView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an Entra ID registration configured, staff may also sign in with their organisation account, and password
 * sign-in and the deny-by-default rules stay as they were. (Provider addresses are given directly here, so the test
 * needs no network; in production issuer-uri finds them.)
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.entra.client-id=test-client",
            "spring.security.oauth2.client.registration.entra.client-secret=test-secret",
            "spring.security.oauth2.client.registration.entra.scope=openid,profile,email",
            "spring.security.oauth2.client.registration.entra.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.entra.redirect-uri={baseUrl}/login/oauth2/code/entra",
            "spring.security.oauth2.client.provider.entra.authorization-uri=https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize",
            "spring.security.oauth2.client.provider.entra.token-uri=https://login.microsoftonline.com/tenant/oauth2/v2.0/token",
            "spring.security.oauth2.client.provider.entra.jwk-set-uri=https://login.microsoftonline.com/tenant/discovery/v2.0/keys",
            "spring.security.oauth2.client.provider.entra.user-name-attribute=preferred_username"
        })
class SingleSignOnConfiguredTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageOffersTheOrganisationAccount() {
        navigate(LoginView.class);
        assertThat($(Anchor.class).all())
                .filteredOn(a -> a.getText().equals("Sign in with your organisation account"))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("oauth2/authorization/entra");
    }

    @Test
    void signingInWithTheOrganisationAccountGoesToEntraId() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/entra");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize?")
                .contains("client_id=test-client")
                .contains("scope=openid%20profile%20email")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/entra");
    }

    @Test
    void staffPagesStillSendAnonymousPeopleToTheSignInPage() throws Exception {
        HttpResponse<String> response = get("/staff/inbox");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
