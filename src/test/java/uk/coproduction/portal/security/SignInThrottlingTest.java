package uk.coproduction.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over HTTP, as a browser's login form does it, from several client addresses. The test acts as the trusted
 * proxy (loopback, see application-test.properties): X-Forwarded-For says which address each try comes from.
 * Wrong passwords slow down and then block the address that sends them, never the account: nobody can keep a member
 * of staff out, and unknown and real usernames get one answer (decision 0018).
 */
@PortalTest
class SignInThrottlingTest {

    private static final String RIGHT = "right-password-for-throttling";
    /** Each test takes its own addresses from the documentation ranges, so the tests never slow each other down. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @Autowired
    TestAccounts testAccounts;

    @BeforeEach
    void theSafeguardingLeadHasAnAccount() {
        testAccounts.ensureStandardAccounts();
    }

    @Test
    void fiftyAnonymousWrongPasswordsFromElsewhereNeverStopTheSafeguardingLeadSigningIn() throws Exception {
        String attacker = newAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(signIn(attacker, TestAccounts.SAFEGUARDING_LEAD, "guess-" + i)
                    .location());
        }
        assertThat(answers).containsOnly("/login?error");

        Attempt lead = signIn(newAddress(), TestAccounts.SAFEGUARDING_LEAD, TestAccounts.PASSWORD);
        assertThat(lead.location()).as("the lead, from their own address").doesNotContain("/login");
        assertThat(lead.signedIn()).isTrue();
        // And however the name is typed: the attacker's "SAFEGUARDING" is the same account.
        for (int i = 0; i < 10; i++) {
            signIn(attacker, TestAccounts.SAFEGUARDING_LEAD.toUpperCase(), "guess-again-" + i);
        }
        assertThat(signIn(newAddress(), TestAccounts.SAFEGUARDING_LEAD, TestAccounts.PASSWORD)
                        .signedIn())
                .isTrue();
    }

    @Test
    void unknownAndRealUsernamesGetTheSameAnswerHoweverManyTimesTheyAreTried() throws Exception {
        String username = newAccount();
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        String client = newAddress();
        List<String> real = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            real.add(signIn(client, username, "wrong-" + i).location());
            made.add(signIn(client, unknown, "wrong-" + i).location());
        }
        assertThat(real).containsOnly("/login?error");
        assertThat(made).isEqualTo(real);
    }

    @Test
    void afterThreeWrongPasswordsTheNextTryFromThatAddressMustWaitButTheOwnerElsewhereNeedNot() throws Exception {
        String username = newAccount();
        String guesser = newAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(guesser, username, "wrong-" + i).location()).isEqualTo("/login?error");
        }
        // The third wrong password asks that address to wait 5 seconds: even the right password, straight away, is
        // refused unchecked, with the same answer (so a guesser cannot tell a right guess from a throttled one).
        Attempt tooSoon = signIn(guesser, username, RIGHT);
        assertThat(tooSoon.location()).isEqualTo("/login?error");
        assertThat(tooSoon.signedIn()).isFalse();
        assertThat(signIn(newAddress(), username, RIGHT).signedIn())
                .as("the owner, elsewhere")
                .isTrue();
    }

    @Test
    void oneAddressTryingManyAccountsIsBlockedAfterTwentyWrongPasswordsWhileOthersSignInAsUsual() throws Exception {
        String sprayer = newAddress();
        for (int i = 0; i < 20; i++) {
            signIn(sprayer, "nobody." + i + "." + UUID.randomUUID().toString().substring(0, 6), "Password1");
        }
        String username = newAccount();
        Attempt blocked = signIn(sprayer, username, RIGHT);
        assertThat(blocked.location()).isEqualTo("/login?error");
        assertThat(blocked.signedIn())
                .as("an address blocked for a while gets nothing checked")
                .isFalse();
        assertThat(signIn(newAddress(), username, RIGHT).signedIn()).isTrue();
    }

    @Test
    void aSuccessfulSignInLetsTheSameAddressStartAfresh() throws Exception {
        String username = newAccount();
        String client = newAddress();
        for (int i = 0; i < 2; i++) {
            assertThat(signIn(client, username, "wrong-" + i).location()).isEqualTo("/login?error");
        }
        assertThat(signIn(client, username, RIGHT).signedIn()).isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(signIn(client, username, "wrong-" + i).location()).isEqualTo("/login?error");
        }
        assertThat(signIn(client, username, RIGHT).signedIn()).isTrue();
    }

    @Test
    void aSignInFormPostedWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        String username = newAccount();
        CookieManager cookies = new CookieManager();
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            // Another site's page posting a hidden form to /login: the browser's own cookies, no token.
            client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> posted = client.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + enc(username) + "&password=" + enc(RIGHT)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.headers().firstValue("Location").orElse("")).doesNotEndWith("/staff");
            assertThat(isSignedIn(client))
                    .as("signed in by a form without the token")
                    .isFalse();
        }
    }

    @Test
    void unknownWrongAndThrottledTriesTakeComparableTime() throws Exception {
        String username = newAccount();
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        String throttledClient = newAddress();
        for (int i = 0; i < 4; i++) {
            signIn(throttledClient, username, "wrong-" + i);
        }
        long unknownMs = medianMillis(() -> signIn(newAddress(), unknown, "wrong"));
        long wrongMs = medianMillis(() -> signIn(newAddress(), username, "wrong"));
        long throttledMs = medianMillis(() -> signIn(throttledClient, username, "wrong"));
        System.out.printf(
                "Sign-in POST median: unknown %d ms, wrong password %d ms, throttled %d ms%n",
                unknownMs, wrongMs, throttledMs);
        long fastest = Math.min(unknownMs, Math.min(wrongMs, throttledMs));
        long slowest = Math.max(unknownMs, Math.max(wrongMs, throttledMs));
        // Every one of them hashes a password; a refusal that skipped it would be several times faster.
        assertThat(slowest).isLessThanOrEqualTo(Math.max(3 * fastest, fastest + 40));
    }

    private interface TimedAttempt {
        Attempt run() throws Exception;
    }

    private long medianMillis(TimedAttempt attempt) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            times.add(attempt.run().postMillis());
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private String newAccount() {
        String username = "test.throttle." + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(new StaffAccount(
                username,
                "Throttle Test",
                passwordEncoder.encode(RIGHT),
                null,
                null,
                Set.of(Roles.COMMISSIONER),
                clock.instant()));
        return username;
    }

    private static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    /** Where the portal sent the browser after the form's POST, whether it is now signed in, and how long it took. */
    record Attempt(String location, boolean signedIn, long postMillis) {}

    /** Signs in as the login form does (the page's CSRF token included) from {@code address}. */
    private Attempt signIn(String address, String username, String password) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("X-Forwarded-For", address)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token =
                    Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                    .matcher(page.body());
            assertThat(token.find() && parameter.find())
                    .as("the sign-in page carries a CSRF token")
                    .isTrue();
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&" + parameter.group(1) + "="
                    + enc(token.group(1));
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("X-Forwarded-For", address)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as("POST /login").isEqualTo(302);
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            String where = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
            return new Attempt(where, isSignedIn(client), millis);
        }
    }

    /** A staff page answers this browser instead of sending it to sign in. */
    private boolean isSignedIn(HttpClient client) throws Exception {
        HttpResponse<String> staff =
                client.send(HttpRequest.newBuilder(uri("/staff")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return staff.statusCode() == 200;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
