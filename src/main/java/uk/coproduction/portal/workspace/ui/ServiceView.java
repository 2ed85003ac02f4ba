package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.activities.ui.ServiceActivitiesSection;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.outcomes.ui.IndicatorHistoryPanel;
import uk.coproduction.portal.packs.ui.PacksView;
import uk.coproduction.portal.plans.ui.ChangeCard;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.reporting.ServicePageFigures;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.ui.FiguresByChannel;
import uk.coproduction.portal.reporting.ui.FiguresList;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSummary;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ui.ReplySettingsForm;
import uk.coproduction.portal.workspace.ServicePage;
import uk.coproduction.portal.workspace.ServicePages;

import java.util.List;

/**
 * A service's page: its details, headline figures, feedback, themes heard, the plan actions its feedback is linked to,
 * the changes made, and coproduction activities.
 */
@Route(value = "staff/services/:code", layout = StaffLayout.class)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
public class ServiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServicePages pages;
    private final ServiceCatalogue catalogue;
    private final ActivityService activityService;
    private final HeadlineFigures headlineFigures;
    private final boolean commissioner;
    private final boolean administrator;
    private final OutcomeHistories histories;
    private final ReviewService reviews;
    private ServicePage page;

    ServiceView(
            ServicePages pages,
            ServiceCatalogue catalogue,
            ActivityService activityService,
            StaffDirectory staff,
            HeadlineFigures headlineFigures,
            OutcomeHistories histories,
            ReviewService reviews) {
        this.histories = histories;
        this.reviews = reviews;
        this.pages = pages;
        this.catalogue = catalogue;
        this.activityService = activityService;
        this.headlineFigures = headlineFigures;
        this.commissioner = staff.requireCurrentStaff().hasRole(Roles.COMMISSIONER);
        this.administrator = staff.requireCurrentStaff().hasRole(Roles.ADMIN);
        addClassNames("page", "page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Unknown or another team's service: both look the same.
        page = pages.page(event.getRouteParameters().get("code").orElse("")).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(
                new H1(page.name()),
                new Paragraph(page.description()),
                details(),
                figures(),
                outcomes(),
                feedback(),
                themes(),
                actions(),
                changes(),
                activities(),
                packLink());
        if (commissioner) {
            add(reviewsSection());
        }
    }

    /** The service's reviews, and opening a new one (decision 0047); a commissioner who covers it only. */
    private Section reviewsSection() {
        Section section = section(
                "workspace.service.reviews",
                new Paragraph(new Anchor(
                        "staff/reviews/new?service=" + page.id(), getTranslation("workspace.service.reviews.open"))));
        List<ReviewSummary> all;
        try {
            all = reviews.reviewsOf(page.id());
        } catch (AccessDeniedException notTheirs) {
            // Another organisation's single-agency service of the same team: figures yes, reviews no.
            return section(
                    "workspace.service.reviews", new Paragraph(getTranslation("workspace.service.reviews.not-yours")));
        }
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("workspace.service.reviews.none")));
        }
        UnorderedList list = new UnorderedList();
        all.forEach(review -> list.add(new ListItem(
                new Anchor("staff/reviews/" + review.id(), review.title()),
                new Span(" \u2013 "
                        + getTranslation(
                                "workspace.reviews.state." + review.state().name())))));
        section.add(list);
        return section;
    }

    private Section packLink() {
        return section(
                "pack.page.title",
                new Paragraph(getTranslation("pack.page.link.service")),
                PacksView.link(getTranslation("pack.page.link"), "service", page.code()));
    }

    private Section details() {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "workspace.service.commissioner", page.commissioner());
        term(
                list,
                "workspace.service.provider",
                page.provider() == null ? getTranslation("workspace.service.no-provider") : page.provider());
        term(list, "workspace.service.client-group", page.clientGroup());
        term(
                list,
                "workspace.service.areas",
                page.areas().isEmpty()
                        ? getTranslation("workspace.service.no-areas")
                        : String.join(", ", page.areas()));
        term(
                list,
                "workspace.service.stage",
                getTranslation("workspace.stage." + page.cycleStage().name()));
        term(
                list,
                "workspace.service.contract-end",
                page.contractEnd() == null
                        ? getTranslation("workspace.service.no-contract-end")
                        : DisplayDates.date(page.contractEnd(), getLocale()));
        term(
                list,
                "workspace.service.reply-within",
                getTranslation("workspace.service.working-days", page.replyWithinDays()));
        term(
                list,
                "workspace.service.joint",
                getTranslation(
                        page.jointlyCommissioned() ? "workspace.service.joint.yes" : "workspace.service.joint.no"));
        term(
                list,
                "workspace.service.team",
                getTranslation("team." + page.team().name()));
        Section details = section("workspace.service.details", list);
        if (administrator) {
            details.add(new ReplySettingsForm(
                    catalogue,
                    page.code(),
                    page.replyWithinDays(),
                    page.jointlyCommissioned(),
                    () -> UI.getCurrent().refreshCurrentRoute(false)));
        }
        return details;
    }

    private Section figures() {
        return section(
                "workspace.service.figures",
                new FiguresList(page.figures()),
                new FiguresByChannel(headlineFigures.forServiceByChannel(page.id())),
                new Paragraph(getTranslation("workspace.figures.explained")));
    }

    /** The trend of the service's outcome indicators, beside its figures and feedback (decision 0037). */
    private Section outcomes() {
        var trends = histories.forService(page.id(), getLocale());
        if (trends.isEmpty()) {
            return section(
                    "outcomes.history.section.service", new Paragraph(getTranslation("outcomes.history.none.service")));
        }
        Section section = section(
                "outcomes.history.section.service",
                new Paragraph(getTranslation("outcomes.history.section.service-intro")));
        section.addClassName("outcome-histories");
        trends.forEach(h -> section.add(new IndicatorHistoryPanel(h, false)));
        return section;
    }

    private Section feedback() {
        if (page.feedback().isEmpty()) {
            return section(
                    "workspace.service.feedback", new Paragraph(getTranslation("workspace.service.no-feedback")));
        }
        Grid<ServicePage.FeedbackRow> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("workspace.service.feedback.grid.label"));
        grid.addComponentColumn(this::reference).setHeader(getTranslation("inbox.column.reference"));
        grid.addColumn(f -> DisplayDates.date(f.submittedAt(), getLocale()))
                .setHeader(getTranslation("inbox.column.given"));
        grid.addColumn(f -> getTranslation("status." + f.status())).setHeader(getTranslation("inbox.column.status"));
        grid.addColumn(f -> f.replyBy() == null ? "" : DisplayDates.date(f.replyBy(), getLocale()))
                .setHeader(getTranslation("workspace.service.feedback.reply-by"));
        grid.addComponentColumn(this::overdue).setHeader(getTranslation("workspace.service.feedback.overdue"));
        grid.addColumn(f -> getTranslation(
                        f.mainService() ? "workspace.service.feedback.main" : "workspace.service.feedback.also"))
                .setHeader(getTranslation("workspace.service.feedback.how"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(page.feedback());
        Section section = section("workspace.service.feedback", grid);
        if (page.moreFeedback()) {
            section.add(new Paragraph(getTranslation(
                    "workspace.service.feedback.more", page.feedback().size())));
        }
        return section;
    }

    private Component reference(ServicePage.FeedbackRow row) {
        // Only staff who may open the item get its code, and then as a link to it (decision 0017).
        return commissioner && row.referenceCode() != null
                ? new RouterLink(
                        row.referenceCode(),
                        FeedbackDetailView.class,
                        new RouteParameters("id", String.valueOf(row.id())))
                : new Span(getTranslation("workspace.feedback.code-not-yours"));
    }

    private Component overdue(ServicePage.FeedbackRow row) {
        Span overdue = new Span(row.overdue() ? getTranslation("workspace.service.feedback.is-overdue") : "");
        if (row.overdue()) {
            overdue.addClassName("chain-overdue");
        }
        if (row.receivedLate()) {
            overdue.add(ReceivedLate.badge(getTranslation("workspace.received-late")));
        }
        return overdue;
    }

    private Section themes() {
        if (page.themes().isEmpty()) {
            return section("workspace.service.themes", new Paragraph(getTranslation("workspace.service.no-themes")));
        }
        UnorderedList list = new UnorderedList();
        page.themes()
                .forEach(t -> list.add(new ListItem(getTranslation(
                        "workspace.service.theme",
                        t.theme(),
                        FiguresList.count(this, SmallNumbers.count(t.items()))))));
        return section("workspace.service.themes", list);
    }

    private Section actions() {
        if (page.actions().isEmpty()) {
            return section("workspace.service.actions", new Paragraph(getTranslation("workspace.service.no-actions")));
        }
        UnorderedList list = new UnorderedList();
        for (ServicePageFigures.LinkedAction action : page.actions()) {
            list.add(new ListItem(
                    new RouterLink(action.label(), PlanView.class, new RouteParameters("code", action.planCode())),
                    new Span(" "
                            + getTranslation(
                                    "workspace.service.action-items",
                                    getTranslation("workspace.plan.status." + action.status()),
                                    FiguresList.count(this, SmallNumbers.count(action.items()))))));
        }
        return section("workspace.service.actions", list);
    }

    private Section changes() {
        Section section = section("workspace.service.changes");
        if (page.changes().isEmpty()) {
            section.add(new Paragraph(getTranslation("workspace.service.no-changes")));
        }
        page.changes().forEach(c -> section.add(new ChangeCard(c, true)));
        return section;
    }

    private Section activities() {
        return new ServiceActivitiesSection(activityService.forService(page.id()), commissioner);
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("workspace.services.page-title")
                : getTranslation("workspace.service.page-title", page.name());
    }
}
