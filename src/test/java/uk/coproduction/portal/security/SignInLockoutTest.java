package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.coproduction.portal.PortalTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone guessing a member of staff's password gets five tries, then the account is locked for a while. */
@PortalTest
class SignInLockoutTest {

    private static final String RIGHT = "right-password-for-lockout";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @Test
    void fiveWrongPasswordsLockTheAccountAndEvenTheRightPasswordIsThenRefusedWithTheLockedMessage() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(username, RIGHT)).isEqualTo("/login?locked");
        assertThat(signIn(username, "wrong-again")).isEqualTo("/login?locked");
        assertThat(accounts.findByUsername(username).orElseThrow().isLockedAt(clock.instant())).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(username, RIGHT)).isNotEqualTo("/login?error").doesNotContain("/login");
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedSignIns()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(username, RIGHT)).doesNotContain("/login");
    }

    @Test
    void anUnknownUsernameGetsTheOrdinaryMessageHoweverManyTimesItIsTried() throws Exception {
        String unknown = "nobody." + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            assertThat(signIn(unknown, "whatever-" + i)).isEqualTo("/login?error");
        }
    }

    @Test
    void onceTheLockTimeHasPassedTheRightPasswordWorksAgain() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-password-" + i);
        }
        assertThat(signIn(username, RIGHT)).isEqualTo("/login?locked");

        DaoAuthenticationProvider fourteenMinutesLater = provider(Duration.ofMinutes(14));
        DaoAuthenticationProvider sixteenMinutesLater = provider(Duration.ofMinutes(16));
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, RIGHT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fourteenMinutesLater.authenticate(attempt))
                .isInstanceOf(org.springframework.security.authentication.LockedException.class);
        assertThat(sixteenMinutesLater.authenticate(attempt).isAuthenticated()).isTrue();
    }

    private DaoAuthenticationProvider provider(Duration later) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                new StaffUserDetailsService(accounts, Clock.offset(clock, later)));
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    private String newAccount() {
        String username = "test.lockout." + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(new StaffAccount(username, "Lockout Test", passwordEncoder.encode(RIGHT), null, null,
                Set.of(Roles.COMMISSIONER), clock.instant()));
        return username;
    }

    /** Signs in as the login form does and returns where the portal sends the browser next. */
    private String signIn(String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String form = "username=" + enc(username) + "&password=" + enc(password);
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
            Matcher csrfName = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
            if (csrf.find() && csrfName.find()) {
                form += "&" + csrfName.group(1) + "=" + enc(csrf.group(1));
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("POST /login").isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery());
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
