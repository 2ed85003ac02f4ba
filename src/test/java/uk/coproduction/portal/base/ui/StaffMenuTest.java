package uk.coproduction.portal.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff menu each role sees: the same links, in the same order, as when the layout listed them by hand
 * (the lists below were read off that layout), now that the views declare their own entries.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class StaffMenuTest extends SpringBrowserlessTest {

    /** Stands for the safeguarding lead's "N new safeguarding concerns" link, whose count varies. */
    private static final String CONCERNS = "<new concerns>";

    private static final List<String> FIGURES = List.of(
            "Dashboard",
            "All services",
            "Evidence packs",
            "Outcomes",
            "Re-commissioning",
            "Who we are not hearing from",
            "Export");

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerSeesTheWorkspaceTheFiguresAndActivities() {
        assertThat(menu())
                .containsExactlyElementsOf(join(
                        List.of(
                                "Inbox",
                                "Replies to approve",
                                "Held for review",
                                "Import paper forms",
                                "Services",
                                "Plans",
                                "Reviews",
                                "Campaign links"),
                        FIGURES,
                        List.of("Activities", "Your settings")));
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = Roles.ADMIN)
    void anAdministratorSeesServicesPlansTheFiguresAndTheAdministration() {
        assertThat(menu())
                .containsExactlyElementsOf(join(
                        List.of("Services", "Plans", "Campaign links"),
                        FIGURES,
                        List.of(
                                "Services register",
                                "Themes",
                                "Advocates",
                                "Staff accounts",
                                "Audit log",
                                "Requests to delete",
                                "Outcome figures",
                                "Population figures",
                                "Outbox",
                                "Your settings")));
    }

    @Test
    @WithMockUser(username = TestAccounts.BOARD, roles = Roles.BOARD)
    void aBoardMemberSeesOnlyTheFigures() {
        assertThat(menu()).containsExactlyElementsOf(join(FIGURES, List.of("Your settings")));
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateSeesActivitiesAndTheirCaseload() {
        assertThat(menu())
                .containsExactly(
                        "Activities", "Caseload", "Send on someone's behalf", "Answers for a review", "Your settings");
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void aSafeguardingLeadSeesTheQueueAndHowManyConcernsAreNew() {
        assertThat(menu()).containsExactly("Safeguarding", CONCERNS, "Your settings");
    }

    @Test
    @WithMockUser(username = TestAccounts.PROVIDER, roles = Roles.PROVIDER)
    void aProviderSeesFeedbackAboutTheirServices() {
        assertThat(menu()).containsExactly("Feedback about your services", "Your settings");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theEntryForThePageOpenIsMarkedAsTheCurrentPageAndNoOther() {
        UI.getCurrent().navigate("staff/dashboard/services");
        assertThat(current()).containsExactly("All services");
        UI.getCurrent().navigate("staff/inbox");
        assertThat(current()).containsExactly("Inbox");
        UI.getCurrent().navigate("staff");
        assertThat(current()).isEmpty();
    }

    @Test
    void noLayoutInBaseNamesAFeaturesView() throws IOException {
        Path layouts = Path.of("src/main/java/uk/coproduction/portal/base/ui");
        try (Stream<Path> files = Files.list(layouts)) {
            Map<String, List<String>> named = new TreeMap<>();
            for (Path file : files.toList()) {
                Matcher views = FEATURE_VIEW.matcher(Files.readString(file));
                List<String> found = views.results().map(MatchResult::group).toList();
                if (!found.isEmpty()) {
                    named.put(file.getFileName().toString(), found);
                }
            }
            assertThat(named)
                    .as("feature views named in base/ui (link by path or @Menu instead)")
                    .isEmpty();
        }
    }

    /** A class in a feature's ui package other than base's own. */
    private static final Pattern FEATURE_VIEW =
            Pattern.compile("uk\\.coproduction\\.portal\\.(?!base\\.)[a-z.]+\\.ui\\.[A-Z]\\w*View\\b");

    private List<String> menu() {
        UI.getCurrent().navigate("staff");
        return menuLinks().map(StaffMenuTest::label).toList();
    }

    private List<String> current() {
        return menuLinks()
                .filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(StaffMenuTest::label)
                .toList();
    }

    private Stream<Component> menuLinks() {
        Nav nav = find(Nav.class).all().stream()
                .filter(candidate -> candidate.getClassNames().contains("portal-nav"))
                .findFirst()
                .orElseThrow();
        return nav.getChildren();
    }

    private static String label(Component link) {
        String text = ((RouterLink) link).getText();
        return text.matches("(No|\\d+) new safeguarding concerns?") ? CONCERNS : text;
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
