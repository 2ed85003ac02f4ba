package uk.coproduction.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.services.Team;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous people over plain HTTP, with no cookies and no browser: no staff route, nor a disguised spelling of one,
 * answers with staff content. Staff content means the staff pages' own words, staff names, or feedback that is in
 * the database.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class AnonymousOverHttpTest extends SpringBrowserlessTest {

    private static final String SECRET_WORDS = "zebracrossing matrix words";

    /** Words that only staff pages show (from translations.properties) and the names of test staff. */
    private static final List<String> STAFF_CONTENT = List.of(
            "Feedback inbox",
            "Safeguarding queue",
            "Feedback about your services",
            "Replies to approve",
            "Sign out",
            "Your roles",
            "Chris Children",
            "Pat Provider",
            "Sasha Safe",
            SECRET_WORDS);

    @LocalServerPort
    int port;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    private String referenceCode;

    @BeforeEach
    void thereIsStaffDataToLeak() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        referenceCode = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), SECRET_WORDS))
                .referenceCode();
    }

    @Test
    void anAnonymousPersonGetsNoStaffContentFromAnyStaffRouteOrDisguisedSpellingOfOne() throws Exception {
        List<String> staffPaths = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(AnonymousOverHttpTest::path)
                .sorted()
                .toList();
        assertThat(staffPaths).contains("/staff", "/staff/inbox", "/staff/provider", "/staff/feedback/1");
        List<String> disguised = List.of(
                "/staff/",
                "/staff/inbox/",
                "/staff/inbox?page=1",
                "/STAFF/inbox",
                "/staff;jsessionid=abc/inbox",
                "/staff/%2e%2e/staff/inbox",
                "/./staff/inbox",
                "//staff/inbox",
                "/staff/inbox%00",
                "/staff/feedback/" + referenceCode);

        List<List<String>> rows = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (String path :
                Stream.concat(staffPaths.stream(), disguised.stream()).toList()) {
            HttpResponse<String> response = get(path);
            String location = response.headers().firstValue("Location").orElse("");
            String outcome;
            if (response.statusCode() == 302) {
                assertThat(location).as("GET %s redirects", path).endsWith("/login");
                HttpResponse<String> login = get(
                        URI.create("http://localhost:" + port).resolve(location).getPath());
                assertThat(login.statusCode())
                        .as("sign-in page after GET %s", path)
                        .isEqualTo(200);
                leaks.addAll(staffContentIn(path + " → " + location, login.body()));
                outcome = "302 → /login (sign-in page, no staff content)";
            } else {
                assertThat(response.statusCode()).as("GET %s is refused", path).isIn(400, 401, 403, 404);
                outcome = response.statusCode() + " (refused)";
            }
            leaks.addAll(staffContentIn(path, response.body()));
            rows.add(List.of("`" + path + "`", outcome));
        }
        StringBuilder md = new StringBuilder("| path (anonymous, no cookies) | response |\n|---|---|\n");
        rows.forEach(r ->
                md.append("| ").append(r.get(0)).append(" | ").append(r.get(1)).append(" |\n"));
        RoleMatrixReport.write(
                "3-http",
                "Anonymous over plain HTTP",
                "Checked by `AnonymousOverHttpTest` with java.net.http.HttpClient against the running portal, no "
                        + "cookies, redirects not followed (then the sign-in page fetched): " + rows.size()
                        + " paths, every registered staff route and disguised spellings. Each body (and the sign-in "
                        + "page it leads to) was searched for staff pages' words, staff names, and the words and "
                        + "reference code of feedback in the database.",
                md.toString());
        assertThat(leaks).as("staff content answered to an anonymous person").isEmpty();
    }

    @Test
    void whatTheBrowserFetchesNextForAStaffPageIsTheSignInPageNeverTheStaffPage() throws Exception {
        // A Vaadin page's words come in the JSON of its start-up request (v-r=init), not in the first HTML: fetch
        // that too, in a fresh cookie jar as a browser on its first visit would. The sign-in page's own words show
        // this is where content would appear, so a staff page's words would be found there.
        assertThat(initialContent("login")).contains("Staff sign in");
        List<String> staffLocations = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(route -> path(route).substring(1))
                .sorted()
                .toList();
        List<String> leaks = new ArrayList<>();
        for (String location : staffLocations) {
            String content = initialContent(location);
            assertThat(content)
                    .as("start-up of /%s shows the sign-in page", location)
                    .contains("Staff sign in");
            leaks.addAll(staffContentIn("/" + location + " (v-r=init)", content));
        }
        assertThat(leaks).isEmpty();
        RoleMatrixReport.write(
                "4-http-init",
                "Anonymous over plain HTTP: the page's start-up request",
                "Checked by `AnonymousOverHttpTest`: for each of the " + staffLocations.size() + " staff routes, the "
                        + "Vaadin start-up and navigation requests (`/?v-r=init&location=…`, then the `ui-navigate` "
                        + "event over `/?v-r=uidl`) an anonymous browser makes next render the sign-in page (\"Staff sign in\") and none of the staff words, staff names or feedback "
                        + "searched for.",
                "");
    }

    /**
     * What an anonymous browser's first visit to {@code location} renders: the start-up request (v-r=init), then
     * the navigation event the Vaadin client sends (v-r=uidl), in one fresh cookie jar. Returns both responses.
     */
    private String initialContent(String location) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            String base = "http://localhost:" + port + "/";
            HttpResponse<String> init = client.send(
                    HttpRequest.newBuilder(URI.create(
                                    base + "?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(init.statusCode()).as("start-up of /%s", location).isEqualTo(200);
            Matcher key =
                    Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
            assertThat(key.find())
                    .as("security key in the start-up of /%s", location)
                    .isTrue();
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}
                    """.formatted(key.group(1), location);
            HttpResponse<String> uidl = client.send(
                    HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(navigate))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(uidl.statusCode()).as("navigation to /%s", location).isEqualTo(200);
            return init.body() + "\n" + uidl.body();
        }
    }

    private List<String> staffContentIn(String where, String body) {
        List<String> found = new ArrayList<>();
        for (String word :
                Stream.concat(STAFF_CONTENT.stream(), Stream.of(referenceCode)).toList()) {
            if (body.contains(word)) {
                found.add(where + " shows \"" + word + "\"");
            }
        }
        return found;
    }

    private static String path(RouteData route) {
        return "/" + route.getTemplate().replaceAll(":[a-zA-Z]+", "1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
