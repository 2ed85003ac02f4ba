package uk.coproduction.portal.operations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics (issue 15): an administrator reads requests, submissions, queue lengths, outbox failures and
 * overdue safeguarding concerns; nobody else reads any of them. The figures follow what happens in the database.
 */
@PortalTest
class MetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    @Test
    void anonymousCallersAndOtherStaffCannotReadTheMetrics() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("portal_");
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics/portal.safeguarding.overdue", null).statusCode())
                .isEqualTo(401);

        HttpResponse<String> commissioner = get("/actuator/prometheus", TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(commissioner.statusCode()).isEqualTo(403);
        assertThat(commissioner.body()).doesNotContain("portal_");
        assertThat(get("/actuator/prometheus", TestAccounts.SAFEGUARDING_LEAD).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", TestAccounts.BOARD).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorReadsRequestsSubmissionsQueuesOutboxAndOverdueConcerns() throws Exception {
        // A request is counted when it has finished: in a fresh context the scrape itself is not yet in its own
        // figures.
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        String before = scrape();
        assertThat(before)
                .contains(
                        "http_server_requests_seconds_count",
                        "portal_feedback_queue{status=\"NEW\"}",
                        "portal_feedback_submitted_total",
                        "portal_outbox_waiting",
                        "portal_outbox_retrying",
                        "portal_outbox_given_up",
                        "portal_outbox_failures_total",
                        "portal_safeguarding_overdue",
                        "portal_safeguarding_unacknowledged");

        String code = submissions
                .tellSomeone(UUID.randomUUID().toString(), "I am scared at home", ContactRequest.NONE, null, "en-GB")
                .referenceCode();
        String afterArrival = scrape();
        assertThat(value(afterArrival, "portal_feedback_submitted_total"))
                .isEqualTo(value(before, "portal_feedback_submitted_total") + 1);
        assertThat(value(afterArrival, "portal_feedback_queue{status=\"NEW\"}"))
                .isEqualTo(value(before, "portal_feedback_queue{status=\"NEW\"}") + 1);
        assertThat(value(afterArrival, "portal_safeguarding_unacknowledged"))
                .isEqualTo(value(before, "portal_safeguarding_unacknowledged") + 1);
        assertThat(value(afterArrival, "portal_outbox_waiting"))
                .as("the lead's alert is queued")
                .isGreaterThan(value(before, "portal_outbox_waiting"));
        assertThat(value(afterArrival, "portal_safeguarding_overdue"))
                .isEqualTo(value(before, "portal_safeguarding_overdue"));

        Timestamp twoHoursAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(2)));
        jdbc.update(
                "update feedback set submitted_at = ?, safeguarding_flagged_at = ? where reference_code = ?",
                twoHoursAgo,
                twoHoursAgo,
                code);
        assertThat(value(scrape(), "portal_safeguarding_overdue"))
                .as("due within an hour, told two hours ago")
                .isEqualTo(value(before, "portal_safeguarding_overdue") + 1);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", TestAccounts.ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of one series, by its name and labels as Prometheus's text format writes them. */
    private static double value(String scrape, String series) {
        Matcher found = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*})? ([0-9.eE+-]+|NaN)$")
                .matcher(scrape);
        assertThat(found.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(found.group(1));
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .GET();
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
