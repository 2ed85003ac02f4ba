package uk.coproduction.portal.feedback.ui;

import uk.coproduction.portal.base.ui.StaffLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.security.Roles;

import java.util.Set;

/** A commissioner's inbox: feedback for their team's services, newest first. */
@Route(value = "staff/inbox", layout = StaffLayout.class)
@RolesAllowed(Roles.COMMISSIONER)
public class InboxView extends Div implements HasDynamicTitle {

    private static final int PREVIEW_LENGTH = 90;

    private final FeedbackTriageService triage;
    private final Select<FeedbackStatus> statusFilter = new Select<>();
    private final Grid<InboxItem> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    InboxView(FeedbackTriageService triage) {
        this.triage = triage;
        addClassNames("page", "page-wide");

        statusFilter.setLabel(getTranslation("inbox.filter.status"));
        statusFilter.setItems(FeedbackStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("inbox.filter.any-status"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.filter.any-status")
                : getTranslation("status." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(item -> {
                    RouterLink open = new RouterLink(item.referenceCode(), FeedbackDetailView.class,
                            new RouteParameters("id", String.valueOf(item.id())));
                    open.addClassName("inbox-open-link");
                    return open;
                })
                .setHeader(getTranslation("inbox.column.reference")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(item -> DisplayDates.date(item.submittedAt(), getLocale()))
                .setHeader(getTranslation("inbox.column.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.serviceName() == null ? getTranslation("inbox.service-unknown") : item.serviceName())
                .setHeader(getTranslation("inbox.column.service")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(item -> getTranslation("group." + item.respondentGroup().name()))
                .setHeader(getTranslation("inbox.column.from")).setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(item -> statusBadge(item.status()))
                .setHeader(getTranslation("inbox.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> preview(item.comment())).setHeader(getTranslation("inbox.column.words"))
                .setWidth("18rem").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("inbox.grid.label"));
        grid.setItems(query -> triage.inbox(selectedStatuses(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) triage.countInbox(selectedStatuses()));
        grid.addClassName("inbox-grid");

        add(new H1(getTranslation("inbox.title")), statusFilter, count, grid);
        updateCount();
    }

    private Span statusBadge(FeedbackStatus status) {
        Span badge = new Span(getTranslation("status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase());
        return badge;
    }

    private String preview(String comment) {
        if (comment == null) {
            return "";
        }
        return comment.length() <= PREVIEW_LENGTH ? comment : comment.substring(0, PREVIEW_LENGTH).strip() + "…";
    }

    private Set<FeedbackStatus> selectedStatuses() {
        return statusFilter.getValue() == null ? Set.of() : Set.of(statusFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("inbox.count", triage.countInbox(selectedStatuses())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.page-title");
    }
}
