package uk.coproduction.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.ui.StaffLayout;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default: every route Vaadin registered, and every layout around it, says who may open it,
 * and staff pages refuse anonymous people over plain HTTP.
 */
@PortalTest
class RouteAccessTest extends SpringBrowserlessTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @LocalServerPort
    int port;

    @Test
    void everyRegisteredRouteAndItsLayoutsDeclareWhoMayOpenThem() {
        List<RouteData> routes = registeredRoutes();
        assertThat(routes)
                .extracting(RouteData::getTemplate)
                .contains("", "feedback", "track", "login", "staff", "staff/inbox", "staff/feedback/:id");
        List<Class<?>> targetsAndLayouts = routes.stream()
                .<Class<?>>flatMap(route ->
                        Stream.concat(Stream.of(route.getNavigationTarget()), route.getParentLayouts().stream()))
                .distinct()
                .toList();
        assertThat(targetsAndLayouts)
                .allSatisfy(view -> assertThat(ACCESS_ANNOTATIONS.stream().filter(view::isAnnotationPresent))
                        .as("access annotations on %s", view.getName())
                        .hasSize(1));
    }

    @Test
    void everyStaffPageOpensInTheStaffFrameAndNoPublicPageDoes() {
        // The staff frame is named on each staff route: an automatic @Layout("/staff") ties with the
        // public "/" layout in Vaadin's layout lookup, so which frame a staff page got depended on start-up order.
        assertThat(registeredRoutes()).allSatisfy(route -> {
            boolean staffPage =
                    route.getTemplate().equals("staff") || route.getTemplate().startsWith("staff/");
            if (staffPage) {
                assertThat(route.getParentLayouts())
                        .as("frame of %s", route.getTemplate())
                        .containsExactly(StaffLayout.class);
            } else {
                assertThat(route.getParentLayouts())
                        .as("frame of %s", route.getTemplate())
                        .doesNotContain(StaffLayout.class);
            }
        });
    }

    @Test
    void anAnonymousPersonIsSentToSignInFromEveryStaffRouteOverPlainHttp() throws Exception {
        List<String> staffPaths = registeredRoutes().stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(RouteAccessTest::path)
                .toList();
        assertThat(staffPaths).contains("/staff", "/staff/inbox", "/staff/feedback/1");
        for (String path : staffPaths) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as("GET %s", path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            assertThat(response.body()).as("GET %s", path).doesNotContain("Feedback inbox");
        }
    }

    @Test
    void everyPublicRouteOpensWithoutSigningIn() throws Exception {
        List<String> publicPaths = registeredRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(RouteAccessTest::path)
                .toList();
        assertThat(publicPaths).contains("/", "/feedback", "/track", "/login");
        for (String path : publicPaths) {
            assertThat(get(path).statusCode()).as("GET %s", path).isEqualTo(200);
        }
    }

    @Test
    void theSignInPageIsThePortalsOwnNotSpringSecuritysGeneratedOne() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContain("Please sign in").doesNotContain("default-ui.css");
    }

    @Test
    void theHealthEndpointIsOpenAndReportsTheDatabaseButNothingElseIsExposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}");
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    private static List<RouteData> registeredRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes();
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
