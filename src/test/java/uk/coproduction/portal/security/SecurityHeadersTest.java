package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.coproduction.portal.PortalTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the headers that keep the portal from being framed, sniffed or leaking where people were. */
@PortalTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void publicPagesStaffPagesAndPicturesAllCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/feedback", "/help/safe", "/login", "/staff", "/images/pictures/safe.svg")) {
            HttpHeaders headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .doesNotContain("*");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = get("/feedback");
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void strictTransportSecurityIsSentOverHttps() throws Exception {
        // Browsers ignore it over plain HTTP, and Spring sends it only on secure requests.
        assertThat(get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        // Behind the TLS proxy (forwarded headers are trusted in production and in the test profile):
        HttpResponse<String> overHttps = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build());
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValue(SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
