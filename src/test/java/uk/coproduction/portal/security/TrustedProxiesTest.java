package uk.coproduction.portal.security;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile's web server (application-prod.properties, nothing else of the portal) believes
 * X-Forwarded-For only from the proxies named in PORTAL_TRUSTED_PROXIES. What it believes is the request's remote
 * address, and that is the key of every per-address limit: ArrivalLimits (through VaadinRequest.getRemoteAddr)
 * and the sign-in throttle (through WebAuthenticationDetails.getRemoteAddress). The test's own requests come from
 * 127.0.0.1, so it plays an untrusted client by naming some other proxy, and a trusted proxy by keeping the default.
 */
class TrustedProxiesTest {

    private static final String SPOOFED = "203.0.113.66";

    @Test
    void aSpoofedForwardedForFromAnAddressThatIsNoTrustedProxyDoesNotChangeTheLimitKey() throws Exception {
        try (ConfigurableApplicationContext prod = productionWebServer("10\\.20\\.30\\.40")) {
            assertThat(limitKeySeenBy(prod, SPOOFED)).isEqualTo("127.0.0.1");
            assertThat(limitKeySeenBy(prod, null)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void fromATrustedProxyTheForwardedClientAddressIsTheLimitKey() throws Exception {
        try (ConfigurableApplicationContext prod = productionWebServer("127\\.0\\.0\\.1")) {
            assertThat(limitKeySeenBy(prod, SPOOFED)).isEqualTo(SPOOFED);
            // A client that sends its own header through the proxy is not believed beyond the proxy's own entry.
            assertThat(limitKeySeenBy(prod, "192.0.2.1, " + SPOOFED)).isEqualTo(SPOOFED);
        }
    }

    @Test
    void byDefaultOnlyAProxyOnTheSameMachineIsTrusted() throws Exception {
        try (ConfigurableApplicationContext prod = productionWebServer(null)) {
            assertThat(limitKeySeenBy(prod, SPOOFED)).isEqualTo(SPOOFED);
        }
        String defaultProxies = new ClassPathResource("application-prod.properties")
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("server.tomcat.remoteip.internal-proxies="))
                .findFirst()
                .orElseThrow();
        assertThat(defaultProxies)
                .doesNotContain("10\\\\.")
                .doesNotContain("192\\\\.168")
                .doesNotContain("172\\\\.");
    }

    private static ConfigurableApplicationContext productionWebServer(String trustedProxies) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(RemoteAddressEcho.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "spring.config.location=classpath:application-prod.properties",
                        "server.port=0",
                        "spring.main.banner-mode=off");
        if (trustedProxies != null) {
            app.properties("PORTAL_TRUSTED_PROXIES=" + trustedProxies);
        }
        return app.run();
    }

    private static String limitKeySeenBy(ConfigurableApplicationContext prod, String forwardedFor) throws Exception {
        int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whoami"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    /**
     * Only the embedded web server, configured by Spring Boot from the production properties. Deliberately not a
     * (Spring Boot) configuration class: those would be found by the portal's own tests and component scan.
     */
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    static class RemoteAddressEcho {

        @Bean
        ServletRegistrationBean<HttpServlet> whoami() {
            return new ServletRegistrationBean<>(
                    new HttpServlet() {
                        @Override
                        protected void doGet(HttpServletRequest request, HttpServletResponse response)
                                throws IOException {
                            response.getWriter().write(request.getRemoteAddr());
                        }
                    },
                    "/whoami");
        }
    }
}
