package uk.coproduction.portal.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.FrontendDependencyUrlResolver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.ui.Dependency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.Application;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, residents' pages: a public page downloads no staff stylesheet (decision 0049). Every stylesheet in
 * {@code META-INF/resources/styles/} is a staff one unless it is named here as public, so a new stylesheet is kept off
 * the public pages until someone decides otherwise. What a page loads is what Vaadin queues for the browser: the app
 * shell's stylesheets (in every page's HTML) and the {@code @StyleSheet}s of the route, its layouts and every
 * component on it.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class PublicPagesStyleSheetsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    /** Stylesheets a public page may load: the shared one, and the ones of public views. */
    private static final Set<String> PUBLIC_STYLESHEETS =
            Set.of("portal.css", "yousaid.css", "frontline.css", "equality.css");

    private static Set<String> staffStylesheets() throws IOException {
        Set<String> staff = allStylesheets();
        staff.removeAll(PUBLIC_STYLESHEETS);
        return staff;
    }

    private static String fileName(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Set<String> allStylesheets() throws IOException {
        Set<String> all = new TreeSet<>();
        for (Resource css :
                new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/styles/*.css")) {
            all.add(Objects.requireNonNull(css.getFilename()));
        }
        return all;
    }

    /**
     * Vaadin adds a component's {@code @StyleSheet}s to the tab's dependencies when it writes the response that first
     * carries the component (UidlWriter); a browserless test writes no response, so this does the same for every
     * component on the page.
     */
    private static void addDependenciesOf(Component component) {
        UI.getCurrent().getInternals().addComponentDependencies(component.getClass());
        component.getChildren().forEach(PublicPagesStyleSheetsTest::addDependenciesOf);
    }

    /** The portal's stylesheets this browser tab has been given so far (Vaadin's list of the tab's dependencies). */
    private static Set<String> stylesheetsSent() throws IOException {
        addDependenciesOf(UI.getCurrent());
        Set<String> names = new TreeSet<>();
        for (String name : allStylesheets()) {
            String url = FrontendDependencyUrlResolver.resolveToContextRoot("styles/" + name);
            if (UI.getCurrent().getInternals().getDependencyList().getDependencyByUrl(url, Dependency.Type.STYLESHEET)
                    != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** A route template with every parameter filled in, e.g. {@code you-said-we-did/:code} to {@code you-said-we-did/1}. */
    private static String aLocation(String template) {
        return Arrays.stream(template.split("/"))
                .filter(segment -> !(segment.startsWith(":") && (segment.contains("?") || segment.contains("*"))))
                .map(segment -> segment.startsWith(":") ? "1" : segment)
                .reduce((a, b) -> a + "/" + b)
                .orElse("");
    }

    private static boolean isPublic(RouteData route) {
        return route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)
                && !route.getParentLayouts().contains(StaffLayout.class);
    }

    @Test
    void theAppShellLoadsNoStaffStylesheetOnAnyPage() throws IOException {
        Set<String> shell = new TreeSet<>();
        for (StyleSheet sheet : Application.class.getAnnotationsByType(StyleSheet.class)) {
            shell.add(fileName(sheet.value()));
        }
        assertThat(staffStylesheets()).as("the staff stylesheets found").contains("workspace.css", "dashboard.css");
        assertThat(shell)
                .as("stylesheets in every page's HTML (Application's @StyleSheet)")
                .doesNotContainAnyElementsOf(staffStylesheets());
    }

    @Test
    void noPublicRouteLoadsAStaffStylesheet() throws IOException {
        Set<String> staff = staffStylesheets();
        List<RouteData> publicRoutes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(PublicPagesStyleSheetsTest::isPublic)
                .toList();
        assertThat(publicRoutes)
                .extracting(RouteData::getTemplate)
                .as("the public routes visited")
                .contains("", "feedback", "you-said-we-did", "frontline", "login");

        Map<String, Set<String>> staffSheetsByRoute = new LinkedHashMap<>();
        List<String> visited = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RouteData route : publicRoutes) {
            String location = aLocation(route.getTemplate());
            UI.getCurrent().navigate(location);
            visited.add(location);
            Set<String> loaded = new TreeSet<>(stylesheetsSent());
            loaded.removeAll(seen);
            seen.addAll(loaded);
            loaded.retainAll(staff);
            if (!loaded.isEmpty()) {
                staffSheetsByRoute.put("/" + location, loaded);
            }
        }
        assertThat(visited).hasSizeGreaterThan(10);
        assertThat(staffSheetsByRoute)
                .as("staff stylesheets loaded on public pages")
                .isEmpty();
    }

    /** The check above can fail: a staff page does load the staff stylesheets, and this test sees them. */
    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aStaffPageLoadsTheStaffStylesheets() throws IOException {
        UI.getCurrent().navigate("staff");
        assertThat(stylesheetsSent()).containsAll(staffStylesheets());
    }
}
