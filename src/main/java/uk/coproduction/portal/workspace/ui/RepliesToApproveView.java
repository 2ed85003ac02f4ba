package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.AwaitingReply;
import uk.coproduction.portal.feedback.FeedbackReplyService;

import java.util.List;

/** Replies about the team's jointly commissioned services that wait for a second commissioner's approval. */
@Route(value = "staff/replies", layout = StaffLayout.class)
@Menu(title = "nav.workspace.replies", order = 110)
@RolesAllowed(Roles.COMMISSIONER)
public class RepliesToApproveView extends Div implements HasDynamicTitle {

    private static final int PREVIEW_LENGTH = 90;

    RepliesToApproveView(FeedbackReplyService replies) {
        addClassNames("page", "page-wide");
        add(
                new H1(getTranslation("workspace.replies.title")),
                new Paragraph(getTranslation("workspace.replies.intro")));
        List<AwaitingReply> waiting = replies.awaitingApproval();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.replies.none")));
            return;
        }
        Grid<AwaitingReply> grid = new Grid<>();
        grid.addComponentColumn(r -> new RouterLink(
                        r.referenceCode(),
                        FeedbackDetailView.class,
                        new RouteParameters("id", String.valueOf(r.feedbackId()))))
                .setHeader(getTranslation("workspace.replies.column.feedback"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(AwaitingReply::serviceName)
                .setHeader(getTranslation("workspace.replies.column.service"))
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.mine() ? getTranslation("workspace.replies.yours", r.author()) : r.author())
                .setHeader(getTranslation("workspace.replies.column.author"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(r -> DisplayDates.date(r.draftedAt(), getLocale()))
                .setHeader(getTranslation("workspace.replies.column.drafted"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> preview(r.body()))
                .setHeader(getTranslation("workspace.replies.column.reply"))
                .setWidth("18rem")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("workspace.replies.title"));
        grid.setAllRowsVisible(true);
        grid.setItems(waiting);
        add(grid);
    }

    private static String preview(String body) {
        return body.length() <= PREVIEW_LENGTH
                ? body
                : body.substring(0, PREVIEW_LENGTH).strip() + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.replies.page-title");
    }
}
