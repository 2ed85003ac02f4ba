package uk.coproduction.portal.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.StaffAccount;
import uk.coproduction.portal.security.StaffAccountRepository;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff whose password someone keeps guessing hears about it: one e-mail through the outbox, and a
 * notice on the staff home once they sign in. The audit log has a line for each try (decision 0018).
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class StaffToldOfWrongPasswordsTest extends SpringBrowserlessTest {

    private static final String USERNAME = "test.guessed";
    private static final String EMAIL = "guessed.person@example.org";
    private static final String RIGHT = "right-password-of-the-guessed";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = USERNAME, roles = Roles.COMMISSIONER)
    void sixWrongPasswordsFromThreeAddressesBringOneEmailAndANoticeAfterTheOwnerSignsIn() throws Exception {
        StaffAccount account = new StaffAccount(
                USERNAME,
                "Gus Guessed",
                passwordEncoder.encode(RIGHT),
                null,
                null,
                Set.of(Roles.COMMISSIONER),
                Instant.now());
        account.setEmail(EMAIL);
        long id = accounts.save(account).getId();

        for (int i = 0; i < 6; i++) {
            assertThat(signIn("192.0.2." + (10 + i % 3), "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForList("SELECT subject FROM outgoing_email WHERE to_address = ?", String.class, EMAIL))
                .as("one e-mail, not one per wrong password")
                .containsExactly("Wrong passwords for your Coproduction Portal account");
        assertThat(jdbc.queryForObject("SELECT body FROM outgoing_email WHERE to_address = ?", String.class, EMAIL))
                .contains(USERNAME)
                .contains("5 times")
                .contains("your account is not locked");

        assertThat(signIn("192.0.2.50", RIGHT)).as("the owner signs in").doesNotContain("/login");
        navigate(StaffHomeView.class);
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text)
                        .startsWith(
                                "Before you signed in, there were 6 tries to sign in as you with a wrong password, the last on ")
                        .endsWith("If they were not yours, tell your administrator. Your account was not locked."));

        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE object_type = 'staff_account'"
                                + " AND object_id = ? ORDER BY id",
                        String.class,
                        String.valueOf(id)))
                .containsExactly(
                        "sign-in.failed",
                        "sign-in.failed",
                        "sign-in.failed",
                        "sign-in.failed",
                        "sign-in.failed",
                        "sign-in.owner-alerted",
                        "sign-in.failed",
                        "sign-in.succeeded");
        assertThat(jdbc.queryForList(
                        "SELECT details FROM audit_event WHERE object_type = 'staff_account'"
                                + " AND object_id = ? ORDER BY id",
                        String.class,
                        String.valueOf(id)))
                .first()
                .asString()
                .contains("192.0.2.10")
                .doesNotContain("wrong-0");
    }

    /** Signs in as the login form does, from {@code address} (the test is the trusted proxy). */
    private String signIn(String address, String password) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            URI login = URI.create("http://localhost:" + port + "/login");
            String page = client.send(
                            HttpRequest.newBuilder(login)
                                    .header("X-Forwarded-For", address)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher token =
                    Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                    .matcher(page);
            assertThat(token.find() && parameter.find()).isTrue();
            String form = "username=" + enc(USERNAME) + "&password=" + enc(password) + "&" + parameter.group(1) + "="
                    + enc(token.group(1));
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(login)
                            .header("X-Forwarded-For", address)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
