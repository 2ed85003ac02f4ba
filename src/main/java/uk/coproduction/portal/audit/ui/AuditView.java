package uk.coproduction.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.audit.AuditEvent;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.audit.ChainCheck;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The audit log for administrators: who did what, when, newest first. It can be searched, exported as CSV and its hash
 * chain checked (decision 0038), never changed.
 */
@Route(value = "staff/audit", layout = StaffLayout.class)
@Menu(title = "nav.workspace.audit", order = 640)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Div implements HasDynamicTitle {

    private final AuditSearch search;
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final TextField objectType = new TextField();
    private final TextField objectId = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ErrorSummary errors = new ErrorSummary();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Paragraph chainResult = new Paragraph();
    private final Div download = new Div();
    private AuditQuery query = AuditQuery.ALL;

    AuditView(AuditSearch search) {
        this.search = search;
        addClassName("page");
        actor.setLabel(getTranslation("audit.filter.actor"));
        action.setLabel(getTranslation("audit.filter.action"));
        objectType.setLabel(getTranslation("audit.filter.object-type"));
        objectId.setLabel(getTranslation("audit.filter.object-id"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        Button searchButton = new Button(getTranslation("audit.search"), e -> searchAgain());
        searchButton.addThemeVariants(ButtonVariant.PRIMARY);
        Div filters = new Div(actor, action, objectType, objectId, from, to, searchButton);
        filters.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");

        grid.addColumn(AuditEvent::seq)
                .setHeader(getTranslation("audit.column.entry"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> DisplayDates.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::actor)
                .setHeader(getTranslation("audit.column.who"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::action)
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.objectId() == null ? e.objectType() : e.objectType() + " " + e.objectId())
                .setHeader(getTranslation("audit.column.object"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.details() == null ? "" : e.details())
                .setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(1);
        grid.setItems(q -> search.search(query, q.getOffset(), q.getLimit()).stream(), q -> (int) search.count(query));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");

        Button export = new Button(getTranslation("audit.export"), e -> export());
        Button checkChain = new Button(getTranslation("audit.chain.check"), e -> checkChain());
        chainResult.setId("audit-chain-result");
        chainResult.getElement().setAttribute("role", "status");
        Div actions = new Div(export, checkChain);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        add(
                new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")),
                errors,
                filters,
                count,
                actions,
                download,
                chainResult,
                grid);
        showCount();
    }

    private void searchAgain() {
        if (!takeFilters()) {
            return;
        }
        grid.getDataProvider().refreshAll();
        showCount();
    }

    /** Reads the filter fields; false (with the problem shown at its field) when they cannot be used. */
    private boolean takeFilters() {
        errors.clear();
        to.setInvalid(false);
        from.setInvalid(false);
        download.removeAll();
        AuditQuery wanted = new AuditQuery(
                actor.getValue(),
                action.getValue(),
                objectType.getValue(),
                objectId.getValue(),
                from.getValue(),
                to.getValue());
        try {
            search.count(wanted);
        } catch (InvalidInputException invalid) {
            showProblem(invalid);
            return false;
        }
        query = wanted;
        return true;
    }

    private void showProblem(InvalidInputException invalid) {
        InvalidInputException.Problem problem = invalid.problems().getFirst();
        DatePicker field = "from".equals(problem.field()) ? from : to;
        String message = getTranslation(problem.messageKey());
        field.setErrorMessage(message);
        field.setInvalid(true);
        errors.add(message, field);
        errors.show();
    }

    /** The lines the filters find (as they are typed now, so what is downloaded is what the fields say). */
    private void export() {
        if (!takeFilters()) {
            return;
        }
        grid.getDataProvider().refreshAll();
        showCount();
        byte[] csv;
        try {
            csv = search.exportCsv(query);
        } catch (InvalidInputException invalid) {
            showProblem(invalid);
            return;
        }
        String fileName = "audit-log-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv";
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(
                        event -> new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv", csv.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("audit.export.download", fileName));
        download.add(link);
    }

    private void checkChain() {
        ChainCheck result = search.checkChain();
        chainResult.setText(
                result.intact()
                        ? getTranslation("audit.chain.intact", result.intactUpTo(), result.entriesChecked())
                        : getTranslation(
                                "audit.chain.broken",
                                result.brokenAt(),
                                getTranslation("audit.chain.problem."
                                        + result.requireProblem().name()),
                                result.intactUpTo()));
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("audit.count", search.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
