package uk.coproduction.portal.advocacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.CaseloadItem;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;

import java.util.List;

/**
 * An advocate's caseload: what they sent on people's behalf, newest first, where each is, and any reply, with the
 * Easy Read reply to print and take back to the person.
 */
@Route(value = "staff/advocacy", layout = StaffLayout.class)
@Menu(title = "nav.workspace.advocacy.caseload", order = 700)
@RolesAllowed(Roles.ADVOCATE)
public class CaseloadView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter: the reference code of what was just sent. */
    static final String SENT = "sent";

    private final AdvocacyService advocacy;

    CaseloadView(AdvocacyService advocacy) {
        this.advocacy = advocacy;
        addClassNames("page", "page-wide", "advocacy-caseload");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<CaseloadItem> items = advocacy.caseload();
        add(new H1(getTranslation("advocacy.caseload.title")));
        // Only a code from this advocate's own caseload is shown as "sent".
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SENT)
                .flatMap(code -> items.stream()
                        .filter(i -> i.referenceCode().equals(code))
                        .findFirst())
                .ifPresent(this::sentPanel);
        add(new Paragraph(new RouterLink(getTranslation("advocacy.caseload.new"), OnBehalfView.class)));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("advocacy.caseload.empty")));
            return;
        }
        add(table(items));
    }

    private void sentPanel(CaseloadItem sent) {
        Span code = new Span(sent.referenceCode());
        code.addClassName("reference-code");
        Div panel = new Div(
                new H2(getTranslation("advocacy.sent.title")),
                new Paragraph(getTranslation("advocacy.sent.code-intro")),
                code,
                new Paragraph(getTranslation("advocacy.sent.next")));
        panel.addClassNames("reference-box", "advocacy-sent");
        panel.getElement().setAttribute("role", "status");
        add(panel);
    }

    private NativeTable table(List<CaseloadItem> items) {
        NativeTable table = new NativeTable();
        table.addClassName("advocacy-table");
        table.setCaptionText(getTranslation("advocacy.caseload.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "advocacy.caseload.column.reference",
            "advocacy.caseload.column.service",
            "advocacy.caseload.column.sent",
            "advocacy.caseload.column.status",
            "advocacy.caseload.column.reply"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (CaseloadItem item : items) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell reference = row.addHeaderCell();
            reference.setText(item.referenceCode());
            reference.getElement().setAttribute("scope", "row");
            row.add(
                    new NativeTableCell(
                            item.serviceName() == null
                                    ? getTranslation("advocacy.caseload.service-unknown")
                                    : item.serviceName()),
                    new NativeTableCell(DisplayDates.date(item.submittedAt(), getLocale())),
                    new NativeTableCell(
                            getTranslation("advocacy.status." + item.status().name())),
                    reply(item));
        }
        return table;
    }

    private NativeTableCell reply(CaseloadItem item) {
        if (!item.hasReply()) {
            return new NativeTableCell(getTranslation("advocacy.caseload.no-reply"));
        }
        CaseloadItem.Reply last = item.replies().getLast();
        RouterLink open = new RouterLink(
                getTranslation("advocacy.caseload.open-reply", item.referenceCode()),
                ReplyToTakeBackView.class,
                new RouteParameters("id", String.valueOf(item.feedbackId())));
        return new NativeTableCell(
                new Paragraph(
                        getTranslation("advocacy.caseload.replied-on", DisplayDates.date(last.sentAt(), getLocale()))),
                new Paragraph(last.body()),
                open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("advocacy.caseload.page-title");
    }
}
