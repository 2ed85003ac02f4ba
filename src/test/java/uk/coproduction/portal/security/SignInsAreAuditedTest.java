package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins, failed sign-ins and sign-outs through the real sign-in form land in the audit log (decision 0038): who
 * tried (the username typed when it is an account's; never the password), from which address, and what happened.
 */
@PortalTest
class SignInsAreAuditedTest {

    private static final String SECRET =
            "Sup3r-secret-" + UUID.randomUUID().toString().substring(0, 6);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignInFailureIsRecordedWithTheUsernameTriedAndTheAddressButNeverThePassword() throws Exception {
        String username = "test.audited." + UUID.randomUUID().toString().substring(0, 6);
        accounts.ensure(username, "Audie Ted", null, Set.of(Roles.COMMISSIONER));
        long before = lastSeq();
        String address = "198.51.100." + (10 + (int) (Math.random() * 200));

        try (Browser browser = new Browser(address)) {
            assertThat(browser.signIn(username, SECRET)).isFalse();
            // A password typed into the username field is not kept either.
            assertThat(browser.signIn(SECRET, "anything-" + SECRET)).isFalse();
            assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isTrue();
            browser.signOut();
        }

        List<Map<String, Object>> lines = jdbc.queryForList(
                "SELECT actor, action, object_type, details"
                        + " FROM audit_event WHERE seq > ? AND (action LIKE 'sign-%' OR action = 'session.ended')"
                        + " ORDER BY seq",
                before);
        assertThat(lines)
                .extracting(l -> l.get("action"))
                .containsSubsequence("sign-in.failed", "sign-in.failed", "sign-in.succeeded", "sign-out");
        Map<String, Object> wrongPassword = lines.stream()
                .filter(l -> l.get("action").equals("sign-in.failed") && username.equals(l.get("actor")))
                .findFirst()
                .orElseThrow();
        assertThat((String) wrongPassword.get("details"))
                .contains("Wrong password for " + username)
                .contains("from " + address);
        Map<String, Object> unknown = lines.stream()
                .filter(l -> l.get("action").equals("sign-in.failed") && !username.equals(l.get("actor")))
                .findFirst()
                .orElseThrow();
        assertThat(unknown.get("actor")).isEqualTo("unknown-username");
        assertThat((String) unknown.get("details")).contains("from " + address);
        assertThat(lines)
                .filteredOn(l -> l.get("action").equals("sign-in.succeeded"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.get("actor")).isEqualTo(username);
                    assertThat((String) l.get("details")).contains(address);
                });
        assertThat(lines)
                .filteredOn(l -> l.get("action").equals("sign-out"))
                .singleElement()
                .satisfies(l -> assertThat(l.get("actor")).isEqualTo(username));
        // The secret is nowhere in the log, in any column.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE CONCAT_WS('|', actor, action,"
                                + " object_type, object_id, details) LIKE ?",
                        Long.class,
                        "%" + SECRET + "%"))
                .isZero();
    }

    private long lastSeq() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM audit_event", Long.class);
    }

    /** A browser's cookie jar posting the sign-in form and the sign-out form with their CSRF tokens. */
    private final class Browser implements AutoCloseable {

        private final String address;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Browser(String address) {
            this.address = address;
        }

        boolean signIn(String username, String password) throws Exception {
            HttpResponse<String> posted =
                    post("/login", get("/login").body(), "username=" + enc(username) + "&password=" + enc(password));
            return !posted.headers().firstValue("Location").orElse("").contains("/login");
        }

        void signOut() throws Exception {
            HttpResponse<String> posted = post("/logout", get("/staff").body(), null);
            assertThat(posted.statusCode()).isEqualTo(302);
        }

        private HttpResponse<String> get(String path) throws Exception {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, String pageWithToken, String form) throws Exception {
            Matcher token =
                    Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(pageWithToken);
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                    .matcher(pageWithToken);
            assertThat(token.find() && parameter.find())
                    .as("the page carries a CSRF token")
                    .isTrue();
            String body = (form == null ? "" : form + "&") + parameter.group(1) + "=" + enc(token.group(1));
            return client.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address);
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
