package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import uk.coproduction.portal.advocacy.ui.CaseloadView;
import uk.coproduction.portal.advocacy.ui.OnBehalfView;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.reporting.ui.FiguresList;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.safeguarding.ui.SafeguardingAlert;
import uk.coproduction.portal.safeguarding.ui.SafeguardingQueueView;
import uk.coproduction.portal.security.SignInAttempts;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where staff land after signing in: who they are and what they can open. */
@Route(value = "staff", layout = StaffLayout.class)
@PermitAll
public class StaffHomeView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    StaffHomeView(
            StaffDirectory staffDirectory,
            HeadlineFigures figures,
            SafeguardingService safeguarding,
            SignInAttempts signIns) {
        addClassName("page");
        StaffIdentity me = staffDirectory.requireCurrentStaff();
        add(new H1(getTranslation("staff.home.title", me.displayName())));
        signIns.beforeMyLatestSignIn(me.username()).ifPresent(failed -> {
            // Told here as well as by e-mail: not every account has an address, and e-mail may be down (decision 0018).
            Paragraph notice = new Paragraph(getTranslation(
                    "staff.home.failed-sign-ins",
                    failed.count(),
                    failed.lastAt() == null ? "" : WHEN.format(failed.lastAt())));
            notice.getElement().setAttribute("role", "status");
            notice.addClassName("sign-in-warning");
            add(notice);
        });
        String roles = me.roles().stream()
                .sorted()
                .map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "));
        add(new Paragraph(getTranslation("staff.home.roles", roles)));
        if (me.team() != null) {
            add(new Paragraph(getTranslation(
                    "staff.home.team", getTranslation("team." + me.team().name()))));
        }
        if (me.hasRole(Roles.SAFEGUARDING_LEAD)) {
            add(new Paragraph(new SafeguardingAlert(safeguarding)));
        }
        UnorderedList tools = new UnorderedList();
        if (me.hasRole(Roles.COMMISSIONER)) {
            tools.add(new ListItem(new RouterLink(getTranslation("staff.home.inbox"), InboxView.class)));
        }
        if (me.hasRole(Roles.COMMISSIONER) || me.hasRole(Roles.ADMIN)) {
            tools.add(
                    new ListItem(new RouterLink(getTranslation("workspace.home.services"), ServicesView.class)),
                    new ListItem(new RouterLink(getTranslation("workspace.home.plans"), PlansView.class)));
        }
        if (me.hasRole(Roles.SAFEGUARDING_LEAD)) {
            tools.add(new ListItem(
                    new RouterLink(getTranslation("staff.home.safeguarding"), SafeguardingQueueView.class)));
        }
        if (me.hasRole(Roles.ADVOCATE)) {
            tools.add(
                    new ListItem(new RouterLink(getTranslation("advocacy.home.caseload"), CaseloadView.class)),
                    new ListItem(new RouterLink(getTranslation("advocacy.home.new"), OnBehalfView.class)));
        }
        if (me.hasRole(Roles.PROVIDER)) {
            tools.add(new ListItem(
                    new RouterLink(getTranslation("access.home.provider.link"), ProviderFeedbackView.class)));
            add(new Paragraph(getTranslation("access.home.provider")));
        }
        if (me.hasRole(Roles.BOARD)) {
            // Board members see aggregates and evidence packs only (decision 0009); their pages add menu links.
            add(new Paragraph(getTranslation("access.home.board")));
        }
        if (tools.getChildren().findAny().isPresent()) {
            add(tools);
        } else if (!me.hasRole(Roles.BOARD)) {
            add(new Paragraph(getTranslation("staff.home.no-tools")));
        }
        if (me.hasRole(Roles.COMMISSIONER)) {
            add(new Section(
                    new H2(getTranslation("workspace.home.my-figures")),
                    new Paragraph(getTranslation("workspace.home.my-figures.intro")),
                    new FiguresList(figures.forMe())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.home.page-title");
    }
}
