package uk.coproduction.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import uk.coproduction.portal.security.ui.LoginView;

import java.util.Map;

/**
 * Deny by default: Vaadin routes declare their own access (@AnonymousAllowed, @PermitAll, @RolesAllowed),
 * application services declare theirs with @PreAuthorize, and everything else needs a signed-in user.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOn singleSignOn, StaffOidcUsers staffOidcUsers)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/images/**", "/styles/**", "/language").permitAll()
                .requestMatchers("/favicon.ico", "/icons/**").permitAll());
        // A locked account gets its own message; everything else (an unknown username included) the ordinary one.
        // loginPage is named here as well as by Vaadin below: a formLogin customizer without it brings back
        // Spring Security's generated "Please sign in" page at /login.
        http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailures()));
        if (singleSignOn.isEnabled()) {
            OidcUserService oidcUsers = new OidcUserService();
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                            request -> staffOidcUsers.toStaffUser(oidcUsers.loadUser(request))))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?sso-refused")));
        }
        // Signing in from the sign-in page itself (the footer's "Staff sign in") leads to the staff home, not the
        // public front page; signing in on the way to a staff page still leads to that page.
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/staff")).build();
    }

    static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
