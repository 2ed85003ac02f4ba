package uk.coproduction.portal.security;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import uk.coproduction.portal.PortalTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Deny by default: every route and layout says who may open it, and staff pages refuse anonymous people. */
@PortalTest
class RouteAccessTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @LocalServerPort
    int port;

    @Test
    void everyRouteAndLayoutDeclaresWhoMayOpenIt() {
        List<Class<?>> routes = routesAndLayouts();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(routes).allSatisfy(route -> assertThat(ACCESS_ANNOTATIONS.stream().filter(route::isAnnotationPresent))
                .as("access annotations on %s", route.getName()).hasSize(1));
    }

    @Test
    void anAnonymousPersonIsSentToSignInFromEveryStaffRouteOverPlainHttp() throws Exception {
        List<Class<?>> staffRoutes = routesAndLayouts().stream()
                .filter(c -> c.isAnnotationPresent(Route.class) && !c.isAnnotationPresent(AnonymousAllowed.class)).toList();
        assertThat(staffRoutes).isNotEmpty();
        for (Class<?> route : staffRoutes) {
            HttpResponse<String> response = get(path(route));
            assertThat(response.statusCode()).as("GET %s", path(route)).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("GET %s", path(route)).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void everyPublicRouteOpensWithoutSigningIn() throws Exception {
        List<Class<?>> publicRoutes = routesAndLayouts().stream()
                .filter(c -> c.isAnnotationPresent(Route.class) && c.isAnnotationPresent(AnonymousAllowed.class)).toList();
        for (Class<?> route : publicRoutes) {
            assertThat(get(path(route)).statusCode()).as("GET %s", path(route)).isEqualTo(200);
        }
    }

    @Test
    void theHealthEndpointIsOpenAndReportsTheDatabase() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}");
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String path(Class<?> route) {
        return "/" + route.getAnnotation(Route.class).value().replaceAll(":[a-zA-Z]+", "1");
    }

    private static List<Class<?>> routesAndLayouts() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        return scanner.findCandidateComponents("uk.coproduction.portal").stream()
                .<Class<?>>map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
