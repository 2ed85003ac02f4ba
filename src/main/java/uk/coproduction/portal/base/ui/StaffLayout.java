package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.coproduction.portal.activities.ui.ActivitiesView;
import uk.coproduction.portal.advocacy.ui.AdvocatesAdminView;
import uk.coproduction.portal.advocacy.ui.CaseloadView;
import uk.coproduction.portal.advocacy.ui.OnBehalfView;
import uk.coproduction.portal.feedback.ui.InboxView;
import uk.coproduction.portal.plans.ui.PlansView;
import uk.coproduction.portal.feedback.ui.RepliesToApproveView;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.safeguarding.ui.SafeguardingQueueView;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.ui.StaffHomeView;
import uk.coproduction.portal.services.ui.ServicesView;
import uk.coproduction.portal.themes.ui.ThemesView;

import java.util.Objects;

/**
 * The frame of every staff page: who is signed in, what they can open, and signing out. Staff routes name it
 * ({@code layout = StaffLayout.class}); see decision 0005.
 */
@PermitAll
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final PageArrival announcer = new PageArrival();

    public StaffLayout(StaffDirectory staffDirectory, AuthenticationContext authenticationContext,
                       uk.coproduction.portal.safeguarding.SafeguardingService safeguarding) {
        addClassNames("portal-shell", "staff-shell");

        RouterLink home = new RouterLink(getTranslation("staff.app-name"), StaffHomeView.class);
        home.addClassName("portal-brand");
        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        if (authenticationContext.hasRole(Roles.COMMISSIONER)) {
            nav.add(new RouterLink(getTranslation("nav.inbox"), InboxView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.replies"), RepliesToApproveView.class));
            nav.add(new RouterLink(getTranslation("held.nav"), uk.coproduction.portal.feedback.ui.HeldForReviewView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.import"), uk.coproduction.portal.imports.ui.CsvImportView.class));
        }
        if (authenticationContext.hasAnyRole(Roles.COMMISSIONER, Roles.ADMIN)) {
            nav.add(new RouterLink(getTranslation("nav.workspace.services"), ServicesView.class),
                    new RouterLink(getTranslation("nav.workspace.plans"), PlansView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.campaigns"), uk.coproduction.portal.campaigns.ui.CampaignsView.class));
        }
        if (authenticationContext.hasAnyRole(Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN)) {
            nav.add(new RouterLink(getTranslation("nav.evidence.dashboard"), uk.coproduction.portal.evidence.ui.DashboardView.class));
            nav.add(new RouterLink(getTranslation("nav.evidence.overview"), uk.coproduction.portal.evidence.ui.ServicesOverviewView.class));
            nav.add(new RouterLink(getTranslation("nav.evidence.packs"), uk.coproduction.portal.evidence.packs.ui.PacksView.class));
            nav.add(new RouterLink(getTranslation("outcomes.nav.dashboard"), uk.coproduction.portal.outcomes.ui.OutcomesDashboardView.class));
            nav.add(new RouterLink(getTranslation("outcomes.nav.recommissioning"), uk.coproduction.portal.recommissioning.ui.RecommissioningView.class));
            nav.add(new RouterLink(getTranslation("representation.nav.view"), uk.coproduction.portal.representation.ui.RepresentationView.class));
            nav.add(new RouterLink(getTranslation("export.nav"), uk.coproduction.portal.exports.ui.ExportView.class));
        }
        if (authenticationContext.hasAnyRole(Roles.COMMISSIONER, Roles.ADVOCATE)) {
            nav.add(new RouterLink(getTranslation("nav.workspace.activities"), ActivitiesView.class));
        }
        if (authenticationContext.hasRole(Roles.SAFEGUARDING_LEAD)) {
            nav.add(new RouterLink(getTranslation("nav.safeguarding"), SafeguardingQueueView.class));
            nav.add(new uk.coproduction.portal.safeguarding.ui.SafeguardingAlert(safeguarding));
        }
        if (authenticationContext.hasRole(Roles.ADMIN)) {
            nav.add(new RouterLink(getTranslation("workspace.register.nav"), uk.coproduction.portal.services.ui.ServiceRegisterView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.themes"), ThemesView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.advocates"), AdvocatesAdminView.class));
            nav.add(new RouterLink(getTranslation("staff.accounts.nav"), uk.coproduction.portal.security.ui.StaffAccountsView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.audit"), uk.coproduction.portal.audit.ui.AuditView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.erasure"), uk.coproduction.portal.privacy.ui.ErasureRequestsView.class));
            nav.add(new RouterLink(getTranslation("outcomes.nav.edit"), uk.coproduction.portal.outcomes.ui.OutcomesEditView.class));
            nav.add(new RouterLink(getTranslation("representation.nav.population"), uk.coproduction.portal.representation.ui.PopulationView.class));
            nav.add(new RouterLink(getTranslation("staff.outbox.nav"), uk.coproduction.portal.mail.ui.OutboxView.class));
        }
        if (authenticationContext.hasRole(Roles.ADVOCATE)) {
            nav.add(new RouterLink(getTranslation("nav.workspace.advocacy.caseload"), CaseloadView.class));
            nav.add(new RouterLink(getTranslation("nav.workspace.advocacy.new"), OnBehalfView.class));
        }
        if (authenticationContext.hasRole(Roles.PROVIDER)) {
            nav.add(new RouterLink(getTranslation("nav.provider.feedback"), uk.coproduction.portal.feedback.ui.ProviderFeedbackView.class));
        }
        nav.add(new RouterLink(getTranslation("staff.settings.nav"), uk.coproduction.portal.notifications.ui.StaffSettingsView.class));
        Span who = new Span(staffDirectory.currentStaff()
                .map(s -> getTranslation("staff.signed-in-as", s.displayName())).orElse(""));
        who.addClassName("staff-who");
        Button signOut = new Button(getTranslation("staff.sign-out"), e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        SkipLink skip = new SkipLink(getTranslation("nav.skip"));
        Header header = new Header(skip, home, nav, who, signOut);
        header.addClassName("portal-header");

        main.addClassName("portal-main");
        main.setId("main-content");
        add(header, main, announcer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        announcer.arrived();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }
}
