package uk.coproduction.portal.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures API over real HTTP: 7 good and 3 bad answers to expectation 1 for a service of the test's own in 2026-Q4. */
@PortalTest
class FiguresApiTest {

    static final String BOARD = "test.api.board";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceFixtures fixtures;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String service;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        accounts.ensure(BOARD, "Billie Board", null, Set.of(Roles.BOARD));
        service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 7, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-06 10:00:00", 3, "BAD");
    }

    @Test
    void withoutCredentialsTheAnswerIs401InJsonNeverTheSignInPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/figures?service=" + service, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("<html", "login").contains("\"error\"");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anAdvocateAccountIsRefused() throws Exception {
        HttpResponse<String> response = get("/api/v1/figures/services", TestAccounts.ADVOCATE);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void aBoardMemberReadsTheFiguresWithSmallNumbersSuppressed() throws Exception {
        HttpResponse<String> response =
                get("/api/v1/figures?service=" + service + "&quarter=2026-Q4&expectation=1", BOARD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("from").asString()).isEqualTo("2026-Q4");
        assertThat(body.get("suppression").asString()).contains("fewer than 5");
        assertThat(body.get("figures")).hasSize(1);
        JsonNode row = body.get("figures").get(0);
        assertThat(row.get("service").asString()).isEqualTo(service);
        assertThat(row.get("quarter").asString()).isEqualTo("2026-Q4");
        assertThat(row.get("expectation").asInt()).isEqualTo(1);
        assertThat(row.get("answered").asLong()).isEqualTo(10);
        assertThat(row.get("positivePercent").asLong())
                .as("7 of 10 published as 5 of 10 (decision 0022)")
                .isEqualTo(50);
        assertThat(row.get("negativePercent").isNull()).as("3 answers").isTrue();
        assertThat(row.get("neutralPercent").asLong())
                .as("rounding, not a second hidden cell, protects the 3")
                .isZero();
        assertThat(row.get("suppressed").asBoolean()).isTrue();
        assertThat(row.get("note").asString()).isEqualTo("fewer than 5");
    }

    @Test
    void theServicesListAndBadParameters() throws Exception {
        HttpResponse<String> services = get("/api/v1/figures/services", BOARD);
        HttpResponse<String> badQuarter = get("/api/v1/figures?quarter=2026-Q9", BOARD);
        HttpResponse<String> badExpectation = get("/api/v1/figures?expectation=seven", BOARD);

        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(services.body()).contains("\"code\":\"SHORT_BREAKS\"");
        assertThat(badQuarter.statusCode()).isEqualTo(400);
        assertThat(badQuarter.body()).contains("2026-Q4");
        assertThat(badExpectation.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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
