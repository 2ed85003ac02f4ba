package uk.coproduction.portal.operations;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.coproduction.portal.base.security.Roles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Metrics for Prometheus ({@code /actuator/prometheus}, issue 15) are for the people who run the portal: an
 * administrator's account over HTTP Basic (Prometheus's {@code basic_auth}), stateless, on every request. Anyone else
 * gets 401 or 403 and never the figures: queue lengths and overdue safeguarding counts are not public. The other
 * actuator endpoints stay as before (only health is exposed). Ahead of the Vaadin filter chain, after the figures API's.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(
                        "/actuator/prometheus", "/actuator/prometheus/**", "/actuator/metrics", "/actuator/metrics/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.realmName("Coproduction Portal metrics")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Coproduction Portal metrics\"");
                            plain(response, 401, "Sign in with an administrator account.");
                        }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        (request, response, e) -> plain(response, 403, "Only administrators may read the metrics.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only and never authenticated by a cookie: nothing to forge a request with
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message + "\n");
    }
}
