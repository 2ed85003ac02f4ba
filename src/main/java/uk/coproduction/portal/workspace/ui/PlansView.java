package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.plans.PlanAdministration;
import uk.coproduction.portal.plans.PlanListItem;
import uk.coproduction.portal.plans.PlanPages;
import uk.coproduction.portal.security.StaffDirectory;

import java.util.List;

/** The commissioning plans, each leading to its page of actions and the voices behind them. */
@Route(value = "staff/plans", layout = StaffLayout.class)
@Menu(title = "nav.workspace.plans", order = 210)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
public class PlansView extends Div implements HasDynamicTitle {

    PlansView(PlanPages pages, PlanAdministration administration, StaffDirectory staff) {
        addClassNames("page", "page-wide");
        add(new H1(getTranslation("workspace.plans.title")), new Paragraph(getTranslation("workspace.plans.intro")));
        List<PlanListItem> plans = pages.plans();
        for (PlanListItem plan : plans) {
            H2 title = new H2(new RouterLink(plan.title(), PlanView.class, new RouteParameters("code", plan.code())));
            Section section = new Section(
                    title,
                    new Paragraph(getTranslation(
                            "workspace.plans.summary",
                            plan.shortName(),
                            plan.period(),
                            getTranslation("team." + plan.team().name()),
                            plan.actions(),
                            plan.linkedFeedback())));
            section.addClassName("chain-plan");
            add(section);
        }
        if (staff.requireCurrentStaff().hasRole(Roles.ADMIN)) {
            add(new NewPlanYearForm(administration, plans));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.plans.page-title");
    }
}
