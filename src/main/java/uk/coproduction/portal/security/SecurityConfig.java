package uk.coproduction.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import uk.coproduction.portal.security.ui.LoginView;

import java.time.Clock;
import java.time.Duration;

/**
 * Deny by default: Vaadin routes declare their own access (@AnonymousAllowed, @PermitAll, @RolesAllowed),
 * application services declare theirs with @PreAuthorize, and everything else needs a signed-in user.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(EntraGroupRoles.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SingleSignOn singleSignOn,
            StaffOidcUsers staffOidcUsers,
            RequestUtil vaadinRequests,
            SessionRegistry sessionRegistry,
            Clock clock,
            StaffAccountRepository accounts,
            @Value("${portal.staff.idle-timeout:30m}") Duration idleTimeout)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/images/**", "/styles/**", "/language")
                .permitAll()
                .requestMatchers("/favicon.ico", "/icons/**")
                .permitAll());
        // One answer for every refused sign-in: a wrong password, an unknown username, a disabled account and a try
        // that came too soon all look the same (decision 0018). loginPage is named here as well as by Vaadin below:
        // a formLogin customizer without it brings back Spring Security's generated "Please sign in" page at /login.
        http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailures()));
        if (singleSignOn.isEnabled()) {
            OidcUserService oidcUsers = new OidcUserService();
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                            request -> staffOidcUsers.toStaffUser(oidcUsers.loadUser(request))))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?sso-refused")));
        }
        // Every staff session is registered, so disabling an account can end its open sessions (decision 0028);
        // no limit on how many each person has.
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // Idle staff sessions end (StaffIdleTimeout), and every request is checked against the account as it is now.
        http.addFilterBefore(new StaffIdleTimeout(clock, idleTimeout), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SessionMatchesAccount(accounts), SecurityContextHolderFilter.class);
        // Vaadin's own CSRF set-up also exempts the login page, so POST /login without a token would sign a browser
        // in to someone else's account (login CSRF). Only Vaadin's internal requests, which carry their own token,
        // are exempt here; the login form sends the token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Signing in from the sign-in page itself (the footer's "Staff sign in") leads to the staff home, not the
        // public front page; signing in on the way to a staff page still leads to that page.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                .defaultSuccessUrl("/staff")
                                .enableCsrfConfiguration(false))
                .build();
    }

    static AuthenticationFailureHandler signInFailures() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error");
    }

    /** The only way to sign in with a password: throttled, and never a lock (decision 0018). */
    @Bean
    AuthenticationProvider staffPasswords(
            StaffUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            SignInAttempts attempts) {
        return new ThrottledSignIn(users, passwordEncoder, throttle, attempts);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change their id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
