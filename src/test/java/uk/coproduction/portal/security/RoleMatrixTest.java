package uk.coproduction.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route half of the role matrix: for every route Vaadin registered and each kind of visitor, whether the
 * portal's own navigation access control lets them in, against the table below. A route missing from the table
 * fails the test, so every new page has to say who may open it here too.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class RoleMatrixTest extends SpringBrowserlessTest {

    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERYONE = Set.copyOf(RoleMatrixReport.WHO);
    private static final Set<String> ANY_STAFF = Set.copyOf(Roles.ALL);
    private static final Set<String> COMMISSIONER = Set.of(Roles.COMMISSIONER);
    private static final Set<String> COMMISSIONER_ADMIN = Set.of(Roles.COMMISSIONER, Roles.ADMIN);
    private static final Set<String> COMMISSIONER_ADVOCATE = Set.of(Roles.COMMISSIONER, Roles.ADVOCATE);
    private static final Set<String> ADVOCATE = Set.of(Roles.ADVOCATE);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    private static final Set<String> SAFEGUARDING = Set.of(Roles.SAFEGUARDING_LEAD);
    private static final Set<String> PROVIDER = Set.of(Roles.PROVIDER);
    /** Aggregates only (suppressed figures, no words, no reference codes). */
    private static final Set<String> AGGREGATES = Set.of(Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN);

    /** Who may open each route. Add a row for every new route. */
    private static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        for (String open : List.of(
                "",
                "accessibility",
                "feedback",
                "feedback/age",
                "feedback/area",
                "feedback/change",
                "feedback/check",
                "feedback/question/:number",
                "feedback/reply",
                "feedback/sent",
                "feedback/service",
                "feedback/who",
                "feedback/about-you",
                "frontline",
                "frontline/thanks",
                "help",
                "help/safe",
                "my-data",
                "privacy",
                "settings",
                "track",
                "you-said-we-did",
                "you-said-we-did/:code",
                "login")) {
            EXPECTED.put(open, EVERYONE);
        }
        EXPECTED.put("staff", ANY_STAFF);
        EXPECTED.put("staff/inbox", COMMISSIONER);
        EXPECTED.put("staff/feedback/:id", COMMISSIONER);
        EXPECTED.put("staff/replies", COMMISSIONER);
        EXPECTED.put("staff/import", COMMISSIONER);
        EXPECTED.put("staff/services", COMMISSIONER_ADMIN);
        EXPECTED.put("staff/services/:code", COMMISSIONER_ADMIN);
        EXPECTED.put("staff/plans", COMMISSIONER_ADMIN);
        EXPECTED.put("staff/plans/:code", COMMISSIONER_ADMIN);
        EXPECTED.put("staff/activities", COMMISSIONER_ADVOCATE);
        EXPECTED.put("staff/activities/new", COMMISSIONER_ADVOCATE);
        EXPECTED.put("staff/activities/:id", COMMISSIONER_ADVOCATE);
        EXPECTED.put("staff/advocacy", ADVOCATE);
        EXPECTED.put("staff/advocacy/new", ADVOCATE);
        EXPECTED.put("staff/advocacy/:id/reply", ADVOCATE);
        EXPECTED.put("staff/safeguarding", SAFEGUARDING);
        EXPECTED.put("staff/safeguarding/:id", SAFEGUARDING);
        EXPECTED.put("staff/themes", ADMIN);
        EXPECTED.put("staff/advocates", ADMIN);
        EXPECTED.put("staff/audit", ADMIN);
        EXPECTED.put("staff/erasure-requests", ADMIN);
        EXPECTED.put("staff/provider", PROVIDER);
        EXPECTED.put("staff/dashboard", AGGREGATES);
        EXPECTED.put("staff/dashboard/services", AGGREGATES);
        EXPECTED.put("staff/dashboard/outcomes", AGGREGATES);
        EXPECTED.put("staff/dashboard/recommissioning", AGGREGATES);
        EXPECTED.put("staff/export", AGGREGATES);
        EXPECTED.put("staff/packs", AGGREGATES);
        EXPECTED.put("staff/reviews/:id/report", COMMISSIONER);
        EXPECTED.put("staff/dashboard/representation", AGGREGATES);
        EXPECTED.put("staff/population", ADMIN);
        EXPECTED.put("staff/outcomes/edit", ADMIN);
        EXPECTED.put("campaign/:token", EVERYONE);
        EXPECTED.put("staff/campaigns", COMMISSIONER_ADMIN);
        EXPECTED.put("staff/outbox", ADMIN);
        EXPECTED.put("staff/settings", ANY_STAFF);
        EXPECTED.put("staff/admin/services", ADMIN);
        EXPECTED.put("staff/admin/organisations", ADMIN);
        EXPECTED.put("staff/accounts", ADMIN);
        EXPECTED.put("staff/accounts/:id", ADMIN);
        EXPECTED.put("staff/new-password", ANY_STAFF);
        EXPECTED.put("staff/held-for-review", COMMISSIONER);
        EXPECTED.put("staff/reviews", COMMISSIONER);
        EXPECTED.put("staff/reviews/:id", COMMISSIONER);
        EXPECTED.put("staff/reviews/gathered", ADVOCATE);
        for (String review : List.of(
                "review/:token", "review/:token/question/:number", "review/:token/send", "review/:token/sent")) {
            EXPECTED.put(review, EVERYONE);
        }
    }

    @Autowired
    NavigationAccessControl accessControl;

    @Test
    void everyRouteLetsInExactlyTheRolesTheMatrixNames() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .sorted(Comparator.comparing(RouteData::getTemplate))
                .toList();
        Set<String> registered =
                new TreeSet<>(routes.stream().map(RouteData::getTemplate).toList());
        assertThat(registered)
                .as("routes registered but missing from the matrix (add a row to EXPECTED)")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet())
                .as("rows in the matrix for routes that no longer exist")
                .isSubsetOf(registered);

        List<String> rows = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (RouteData route : routes) {
            Set<String> expected = EXPECTED.get(route.getTemplate());
            List<String> row = new ArrayList<>();
            for (String who : RoleMatrixReport.WHO) {
                boolean allowed = mayEnter(route, who);
                row.add(allowed ? "enter" : "—");
                if (allowed != expected.contains(who)) {
                    wrong.add("/" + route.getTemplate() + " as " + who + ": " + (allowed ? "let in" : "refused"));
                }
            }
            rows.add("`/" + route.getTemplate() + "`");
            cells.add(row);
        }
        RoleMatrixReport.write(
                "1-routes",
                "Routes: who may open each page",
                "Checked by `RoleMatrixTest` with the portal's own Vaadin navigation access control, for every "
                        + "registered route (" + routes.size() + " routes × " + RoleMatrixReport.WHO.size()
                        + " visitors). \"enter\" = let in; \"—\" = sent to sign in (anonymous) or refused.",
                RoleMatrixReport.table("route", rows, cells));
        assertThat(wrong).as("routes whose access differs from the matrix").isEmpty();
    }

    /** Pages that show identifiable feedback, people's details or staff administration. */
    private static final Set<String> IDENTIFIABLE = Set.of(
            "staff/inbox",
            "staff/feedback/:id",
            "staff/replies",
            "staff/import",
            "staff/services/:code",
            "staff/activities/:id",
            "staff/advocacy",
            "staff/advocacy/new",
            "staff/advocacy/:id/reply",
            "staff/safeguarding",
            "staff/safeguarding/:id",
            "staff/advocates",
            "staff/audit",
            "staff/erasure-requests",
            "staff/accounts",
            "staff/accounts/:id",
            "staff/held-for-review");

    @Test
    void noStaffPageIsOpenToAnonymousPeopleAndNoIdentifiablePageToProvidersOrBoardMembers() {
        EXPECTED.forEach((route, who) -> {
            if (route.equals("staff") || route.startsWith("staff/")) {
                assertThat(who).as(route).doesNotContain(ANONYMOUS);
            }
            if (IDENTIFIABLE.contains(route)) {
                assertThat(who).as(route).doesNotContain(Roles.PROVIDER, Roles.BOARD);
            }
        });
        assertThat(EXPECTED.keySet()).containsAll(IDENTIFIABLE);
    }

    private boolean mayEnter(RouteData route, String who) {
        Principal principal = who.equals(ANONYMOUS)
                ? null
                : UsernamePasswordAuthenticationToken.authenticated("matrix." + who, null, List.of());
        String path = route.getTemplate().replaceAll(":[a-zA-Z]+", "1");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String part : route.getTemplate().split("/")) {
            if (part.startsWith(":")) {
                parameters.put(part.substring(1), "1");
            }
        }
        NavigationContext context = new NavigationContext(
                VaadinService.getCurrent().getRouter(),
                route.getNavigationTarget(),
                new Location(path),
                new RouteParameters(parameters),
                principal,
                role -> role.equals(who),
                false);
        return accessControl.checkAccess(context, false).decision() == AccessCheckDecision.ALLOW;
    }
}
