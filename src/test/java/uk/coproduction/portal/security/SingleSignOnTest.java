package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in with an organisation account (e.g. Microsoft Entra ID) exists only when it is configured. */
@PortalTest
class SingleSignOnTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SingleSignOn singleSignOn;

    @Autowired
    StaffOidcUsers staffOidcUsers;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @Test
    void withNoRegistrationConfiguredThereIsNoOrganisationSignIn() throws Exception {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        assertThat(singleSignOn.isEnabled()).isFalse();
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/entra"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // Only the ordinary "sign in first" redirect: nothing sends anyone to an identity provider.
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    @Test
    void aConfiguredRegistrationIsOfferedOnTheSignInPage() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("registrations", new InMemoryClientRegistrationRepository(entra())));
        SingleSignOn configured = new SingleSignOn(beans.getBeanProvider(ClientRegistrationRepository.class));
        assertThat(configured.isEnabled()).isTrue();
        assertThat(configured.signInPath()).isEqualTo("oauth2/authorization/entra");
    }

    @Test
    void anOrganisationSignInBecomesTheStaffAccountWithTheSameUsernameAndItsRoles() {
        String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
        accounts.save(new StaffAccount(
                username,
                "Sam Single",
                passwordEncoder.encode(UUID.randomUUID().toString()),
                null,
                null,
                Set.of(Roles.COMMISSIONER),
                clock.instant()));

        OidcUser staff = staffOidcUsers.toStaffUser(signedIn(Map.of("preferred_username", username, "roles", "Admin")));

        assertThat(staff.getName()).isEqualTo(username);
        assertThat(staff.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_" + Roles.COMMISSIONER);
    }

    @Test
    void theEmailClaimIsUsedWhenThereIsNoPreferredUsername() {
        String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
        accounts.save(new StaffAccount(
                username,
                "Sam Single",
                passwordEncoder.encode(UUID.randomUUID().toString()),
                null,
                null,
                Set.of(Roles.ADVOCATE),
                clock.instant()));

        assertThat(staffOidcUsers
                        .toStaffUser(signedIn(Map.of("email", username)))
                        .getName())
                .isEqualTo(username);
    }

    @Test
    void anOrganisationAccountWithNoActiveStaffAccountIsRefused() {
        assertThatThrownBy(() -> staffOidcUsers.toStaffUser(
                        signedIn(Map.of("preferred_username", "stranger@elsewhere.example"))))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(StaffOidcUsers.NO_STAFF_ACCOUNT));

        String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
        StaffAccount leaver = new StaffAccount(
                username,
                "Lee Leaver",
                passwordEncoder.encode(UUID.randomUUID().toString()),
                null,
                null,
                Set.of(Roles.COMMISSIONER),
                clock.instant());
        leaver.deactivate();
        accounts.save(leaver);
        assertThatThrownBy(() -> staffOidcUsers.toStaffUser(signedIn(Map.of("preferred_username", username))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcUser signedIn(Map<String, Object> claims) {
        HashMap<String, Object> all = new HashMap<>(claims);
        all.put("sub", "entra-subject-1");
        all.put("iss", "https://login.microsoftonline.com/tenant/v2.0");
        OidcIdToken token =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), all);
        return new DefaultOidcUser(List.of(), token);
    }

    private static ClientRegistration entra() {
        return ClientRegistration.withRegistrationId("entra")
                .clientId("client")
                .clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri("https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize")
                .tokenUri("https://login.microsoftonline.com/tenant/oauth2/v2.0/token")
                .jwkSetUri("https://login.microsoftonline.com/tenant/discovery/v2.0/keys")
                .userNameAttributeName("sub")
                .build();
    }
}
