package uk.coproduction.portal.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.coproduction.portal.base.security.Roles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The figures API ({@code /api/**}) has its own filter chain, ahead of the Vaadin one: stateless HTTP Basic against
 * the staff accounts (the sign-in lockout applies, as it listens to every failed sign-in), commissioners, board
 * members and administrators only, and plain JSON 401/403 answers — never the sign-in page.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.anyRequest().hasAnyRole(Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN))
                .httpBasic(basic -> basic.realmName("Coproduction Portal figures")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Coproduction Portal figures\"");
                            json(response, 401, "Sign in with a commissioner, board or administrator account.");
                        }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        (request, response, e) -> json(response, 403, "This account may not read the figures.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only, stateless and never authenticated by a cookie, so there is no session to forge requests
                // with
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }
}
